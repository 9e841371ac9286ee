"""linreg-gui: watch linear regression learn.

The package root imports nothing heavy: no Qt, no pandas.  The maths lives in
:mod:`linreg_gui.model`, the window in :mod:`linreg_gui.app`.
"""

__version__ = "0.1.0"
