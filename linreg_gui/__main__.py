"""``python -m linreg_gui [FILE]`` opens the window; ``python -m linreg_gui fit ...``
runs the command line (the same as the ``linreg`` command)."""

import sys


def _dispatch() -> int:
    from linreg_gui.model.sklearn_child import CHILD_COMMAND

    if sys.argv[1:2] == [CHILD_COMMAND]:  # Compare Solvers' scikit-learn process
        from linreg_gui.model.sklearn_child import child_main

        return child_main(nicer=True)
    from linreg_gui.cli import COMMANDS

    if len(sys.argv) > 1 and sys.argv[1] in COMMANDS:
        from linreg_gui.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from linreg_gui.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_dispatch())
