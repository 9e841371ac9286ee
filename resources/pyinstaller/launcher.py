"""Entry point of the PyInstaller bundle (see build.spec).

The same dispatch as ``python -m linreg_gui``: ``linreg-gui [FILE]`` opens the
window, ``linreg-gui fit ...`` runs the command line.  A file of its own rather
than ``linreg_gui/__main__.py`` so that PyInstaller does not put the package
folder itself on the bundle's module path.
"""

import sys

from linreg_gui.__main__ import _dispatch

if __name__ == "__main__":
    sys.exit(_dispatch())
