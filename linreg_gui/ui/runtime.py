"""Process-wide settings that keep the window responsive beside its workers.

The window shares one interpreter (one GIL) with its loader, analysis, run and
comparison threads.  Two defaults of that interpreter cost the window dearly:

* the GIL switch interval: after each Qt call the GUI thread asks for the GIL
  back and waits up to the interval for a busy worker to yield, so a paint of
  many calls waited 5 ms × calls (random user actions, 6 seeds × 100 at a
  250 ms limit: 4 seeds stalled at the default 5 ms, none at 1 ms);
* PySide6's feature import hook reads the source of every module imported
  anywhere (``inspect.getsource``) to see whether it selects ``__feature__``
  options: 0.4 s of pure Python while Compare Solvers imports scikit-learn in
  the background.  linreg-gui selects none, so the scan is switched off.
"""

from __future__ import annotations

import sys

#: How long a thread may hold the GIL while another waits for it (Python's
#: default is 5 ms).
GIL_SWITCH_INTERVAL_S = 0.001


def tune_runtime() -> None:
    """Apply both settings (idempotent; call once the Qt modules are imported)."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _selects_no_feature


def _selects_no_feature(module: object) -> bool:
    """What PySide6 asks of each imported module: does it select ``__feature__``
    options?  No module linreg-gui imports does."""
    return False
