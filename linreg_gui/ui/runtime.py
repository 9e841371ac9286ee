"""Process-wide settings that keep the window responsive beside its workers.

The window shares one interpreter (one GIL) with its loader, analysis, run and
comparison threads.  Two defaults of that interpreter cost the window dearly:

* the GIL switch interval: after each Qt call the GUI thread asks for the GIL
  back and waits up to the interval for a busy worker to yield, so a paint of
  many calls waited 5 ms × calls (random user actions, 6 seeds × 100 at a
  250 ms limit: 4 seeds stalled at the default 5 ms, none at 1 ms);
* PySide6's feature import hook reads the source of every module imported
  anywhere (``inspect.getsource``) to see whether it selects ``__feature__``
  options: 0.4 s of pure Python for scikit-learn's import alone (now in a
  child process), a share of every other import in the window's workers.
  linreg-gui selects none, so the scan is switched off.

And one default costs it its life: Python collects garbage in whichever thread
happens to allocate.  A worker that collected a cycle holding Qt objects
deleted them from its own thread: the process deadlocked (the loader waiting
for the GIL inside ``QObject::~QObject``, the GUI thread for a Qt mutex inside
``QMenu::~QMenu``), and a collection in the GUI thread while a worker imported
SciPy ended in SIGSEGV.  So automatic collection is off, and the GUI thread
collects on a timer, generation by generation, as pyqtgraph's own
``GarbageCollector`` does for the same reason.

A full collection scans every object the process holds: with the window up
(Qt, pyqtgraph, NumPy, pandas, SciPy: about 120,000 objects) it took the GUI
thread 140-200 ms each time.  Once the window shows its first analysis, what
exists lives as long as the process (modules, classes, the window's widgets),
so :func:`freeze_startup_objects` moves it out of the collector's sight
(``gc.freeze``); later full collections scan only what came after.
"""

from __future__ import annotations

import gc
import sys
import time

#: How long a thread may hold the GIL while another waits for it (Python's
#: default is 5 ms).
GIL_SWITCH_INTERVAL_S = 0.001


#: How often the GUI thread looks at the collector's counts (ms).
COLLECT_EVERY_MS = 250

#: The shortest time between two full collections (seconds).
FULL_EVERY_S = 30.0

#: The longest young garbage waits, however few objects it holds (seconds).
YOUNG_EVERY_S = 1.0

#: The collector's timer, which lives as long as the application.
COLLECTOR_TIMER = "GuiThreadGarbageCollector"

#: The heartbeat workers read to give way to the window (as long-lived).
HEARTBEAT_TIMER = "GuiThreadHeartbeat"

_collector: object | None = None


def tune_runtime() -> None:
    """Apply the settings (idempotent; call once a QApplication exists)."""
    global _collector
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    if _collector is None:
        _collector = _GuiThreadCollector()
        _start_heartbeat()
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _selects_no_feature


def _start_heartbeat() -> None:
    """The GUI thread's heartbeat, which workers read to give way to it
    (:mod:`linreg_gui.workers.give_way`); it lives as long as the application."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from linreg_gui.workers import give_way

    timer = QTimer(QCoreApplication.instance())
    timer.setObjectName(HEARTBEAT_TIMER)
    timer.setInterval(give_way.BEAT_MS)
    timer.timeout.connect(give_way.beat)
    timer.start()
    give_way.beat()
    give_way.install_import_hook()


def _selects_no_feature(module: object) -> bool:
    """What PySide6 asks of each imported module: does it select ``__feature__``
    options?  No module linreg-gui imports does."""
    return False


_frozen = False


def freeze_startup_objects() -> None:
    """Keep the collector from ever scanning what exists now (once per process).

    Called when the window has shown its first analysis.  Anything in a
    reference cycle that dies later is never freed, so it is done once, when
    nearly everything alive belongs to the process for good (the example's
    small data set is the exception).
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


class _GuiThreadCollector:
    """Garbage collection in the GUI thread only, on a timer.

    Each tick collects the oldest generation whose count passed Python's own
    threshold, four times a second at most; a full collection, which scans
    the whole heap, at most every :data:`FULL_EVERY_S` seconds.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QCoreApplication, QTimer

        self.thresholds = gc.get_threshold()
        self.last_full = self.last_young = time.monotonic()
        gc.disable()
        self.timer = QTimer(QCoreApplication.instance())
        self.timer.setObjectName(COLLECTOR_TIMER)
        self.timer.setInterval(COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        if gc.isenabled():  # something switched it back on: off again
            gc.disable()
        counts = gc.get_count()
        now = time.monotonic()
        if counts[2] > self.thresholds[2] and now - self.last_full >= FULL_EVERY_S:
            # A full pass scans the whole heap (0.1 s with SciPy and
            # scikit-learn loaded): at most every FULL_EVERY_S, as Python's
            # own rule (only when a quarter of the heap is new) keeps it rare.
            self.last_full = now
            gc.collect(2)
        elif counts[1] > self.thresholds[1]:
            gc.collect(1)
        elif counts[0] > self.thresholds[0] or (
            counts[0] and now - self.last_young >= YOUNG_EVERY_S
        ):
            # Also the few young objects of a quiet second: a cycle holding a
            # large array (a closed file's data) is not kept waiting for 700
            # more allocations that an idle window may never make.
            gc.collect(0)
        else:
            return
        self.last_young = now
