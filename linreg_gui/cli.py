"""The command line: fit a file and print R-style output or JSON.

    linreg fit data.csv --x height --y weight
    linreg fit Filip.dat --degree 10 --json
    linreg compare Filip.dat --degree 10
    linreg fit lesson.linreg --json      (a saved session: its data and settings)

Bad input (a file that cannot be read, an unknown column, an invalid setting, a
diverging run) exits with status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

COMMANDS = ("fit", "compare")

_EXIT_BAD_INPUT = 2
_EXIT_INTERNAL = 1


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            _EXIT_BAD_INPUT,
            f"{self.prog}: error: {message} (see '{self.prog} --help')\n",
        )


def build_parser() -> argparse.ArgumentParser:
    """Long on purpose: the option table, read top to bottom as ``--help`` prints it."""
    from linreg_gui import __version__
    from linreg_gui.model.fitting import METHOD_TITLES

    parser = _Parser(
        prog="linreg",
        description="Fit linear regression models to a CSV, TSV or spreadsheet file.",
    )
    parser.add_argument("--version", action="version", version=f"linreg {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "file",
            help="CSV, TSV, semicolon, .xlsx or .ods file, or a .linreg session "
            "(its data, rows and settings; options given here override them)",
        )
        sub.add_argument(
            "--x",
            action="append",
            default=[],
            metavar="COL",
            help="predictor column (repeat for several); default: first numeric column",
        )
        sub.add_argument(
            "--y", metavar="COL", help="response column; default: last numeric column"
        )
        sub.add_argument(
            "--degree",
            type=int,
            default=1,
            metavar="N",
            help="polynomial degree 1-10 for a single x (default 1)",
        )
        sub.add_argument(
            "--no-intercept",
            action="store_true",
            help="fit through the origin (R² is then uncentred, as R reports it)",
        )
        sub.add_argument(
            "--weights", metavar="COL", help="column of case weights (weighted fit)"
        )
        sub.add_argument(
            "--json", action="store_true", help="print one JSON object instead of text"
        )

    fit = commands.add_parser("fit", help="fit one model and print its summary")
    common(fit)
    methods = ", ".join(f"{k} ({v})" for k, v in METHOD_TITLES.items())
    fit.add_argument(
        "--method",
        choices=list(METHOD_TITLES),
        default="ols",
        metavar="NAME",
        help=f"one of: {methods}. Default: ols",
    )
    fit.add_argument("--alpha", type=float, default=1.0, help="ridge/lasso penalty α")
    fit.add_argument(
        "--lr", type=float, default=0.01, metavar="F", help="learning rate η (0.01)"
    )
    fit.add_argument(
        "--iters", type=int, default=1000, metavar="N", help="max iterations (1000)"
    )
    fit.add_argument(
        "--tol",
        type=float,
        default=1e-6,
        metavar="T",
        help="converged means every coefficient and the loss within T of least "
        "squares (relative); also the stopping rule's tolerance "
        "(0: run exactly --iters steps)",
    )
    fit.add_argument(
        "--stop-on",
        choices=["gap", "gradient", "loss"],
        default="gap",
        help="stop when within T of the least-squares answer (gap, the default), "
        "or by a textbook rule: gradient norm below T times its start, or "
        "relative loss change below T",
    )
    fit.add_argument(
        "--batch-size", type=int, metavar="B", help="rows per update (sgd: 32)"
    )
    fit.add_argument(
        "--momentum", type=float, default=0.9, metavar="MU", help="momentum μ (0.9)"
    )
    fit.add_argument(
        "--scale",
        action="store_true",
        help="standardise features for the solver (coefficients stay in your units)",
    )
    fit.add_argument(
        "--test-size", type=float, default=0.0, metavar="F", help="test fraction"
    )
    fit.add_argument("--seed", type=int, default=0, metavar="S", help="random seed")
    fit.add_argument(
        "--history",
        metavar="OUT.csv",
        help="gradient methods: write the training log to this CSV (iteration, "
        "loss, test_loss and every coefficient in your units) as the run goes",
    )
    fit.add_argument(
        "--every",
        type=int,
        default=1000,
        metavar="K",
        help="with --history: a row at iterations 0, K, 2K, … and the last (1000)",
    )

    fit.add_argument(
        "--diagnostics",
        metavar="OUT.csv",
        help="write per-row least-squares diagnostics to this CSV: row (1-based), "
        "fitted, residual, leverage, studentized_residual, cooks_distance",
    )

    compare = commands.add_parser(
        "compare",
        help="fit with every closed-form method and show how many digits agree",
    )
    common(compare)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _guard_stdio()
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(arguments)
    args.given = _given_options(arguments)
    from linreg_gui.model.errors import LinregError

    try:
        if args.command == "fit":
            return _run_fit(args)
        return _run_compare(args)
    except LinregError as error:
        print(f"linreg: {error}", file=sys.stderr)
        return _EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("linreg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`linreg fit ... | head`): stop quietly, as Unix
        # tools do, and keep Python from complaining when it flushes at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for such a pipe
    except Exception as error:  # the CLI must never show a traceback
        print(
            f"linreg: internal error: {type(error).__name__}: {error}", file=sys.stderr
        )
        return _EXIT_INTERNAL


def _given_options(arguments: Sequence[str]) -> frozenset[str]:
    """The options the command line sets itself, which a session's values yield
    to: the same parser, parsed again with every default suppressed."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                for option in sub._actions:
                    option.default = argparse.SUPPRESS
    return frozenset(vars(parser.parse_args(arguments))) - {"command", "file"}


def _load(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The data, the model, the rows left out, and a session's settings (None
    for a plain data file)."""
    from linreg_gui.model.fitting import resolve_spec
    from linreg_gui.model.io import load_table
    from linreg_gui.model.session_file import is_session_path

    if is_session_path(args.file):
        return _load_session(args)
    dataset = load_table(args.file)
    spec = resolve_spec(
        dataset,
        tuple(args.x),
        args.y,
        degree=args.degree,
        intercept=not args.no_intercept,
        weights=args.weights,
    )
    return dataset, spec, frozenset(), None


def _load_session(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """A session file's data (edits made), model and rows left out; the columns,
    degree and intercept given on the command line win."""
    from linreg_gui.model.fitting import resolve_spec
    from linreg_gui.model.session_file import load_session

    session = load_session(args.file).session()
    dataset, choices = session.dataset, session.choices
    given = args.given
    x = tuple(args.x) if "x" in given else choices.x
    y = args.y if "y" in given else choices.y
    degree = args.degree if "degree" in given else choices.degree
    spec = resolve_spec(
        dataset,
        x,
        y,
        degree=degree if len(x) == 1 else 1,
        intercept=choices.intercept and "no_intercept" not in given,
        weights=args.weights,
    )
    return dataset, spec, session.excluded, choices.settings


#: ``linreg fit`` options and the FitSettings fields they set.
_SETTING_OPTIONS = {
    "method": "method",
    "alpha": "alpha",
    "lr": "learning_rate",
    "iters": "max_iter",
    "tol": "tol",
    "stop_on": "stop_on",
    "batch_size": "batch_size",
    "momentum": "momentum",
    "scale": "standardize",
    "test_size": "test_size",
    "seed": "random_state",
}


def _over_session(args: argparse.Namespace, session, settings):  # type: ignore[no-untyped-def]
    """A session's settings, with the options given on the command line."""
    from dataclasses import replace

    given = {
        field: getattr(settings, field)
        for dest, field in _SETTING_OPTIONS.items()
        if dest in args.given
    }
    return replace(session, **given)


def _run_fit(args: argparse.Namespace) -> int:
    from linreg_gui.model.fitting import FitSettings, fit, prepare_dataset

    dataset, spec, excluded, session_settings = _load(args)
    settings = FitSettings(
        method=args.method,
        alpha=args.alpha,
        learning_rate=args.lr,
        max_iter=args.iters,
        tol=args.tol,
        stop_on=args.stop_on,
        batch_size=args.batch_size,
        momentum=args.momentum,
        standardize=args.scale,
        test_size=args.test_size,
        random_state=args.seed,
    )
    if session_settings is not None:
        settings = _over_session(args, session_settings, settings)
    settings.validate()
    problem = prepare_dataset(
        dataset,
        spec,
        test_size=settings.test_size,
        random_state=settings.random_state,
        exclude=excluded,
    )
    if args.history is None:
        result = fit(problem, settings)
    else:
        result = _fit_with_history(problem, settings, args.history, args.every)
    if args.diagnostics is not None:
        _write_diagnostics(problem.train, args.diagnostics)
    if args.json:
        print(json.dumps(result.to_json_dict(), indent=2))
    else:
        from linreg_gui.model.report import summary_text

        text = summary_text(dataset.name, problem, settings, result)
        if result.stop_reason is not None:
            # Beside the fit statistics, before any warnings.
            head, warnings, tail = text.partition("\n\nWarnings:")
            text = f"{head}\n\n{_stop_lines(result, settings.tol)}{warnings}{tail}"
        print(text)
    return 0


def _write_diagnostics(design, path: str) -> None:  # type: ignore[no-untyped-def]
    """One CSV row per training row: the least-squares fit's influence
    measures (R's influence.measures, statsmodels' OLSInfluence)."""
    from linreg_gui.model.diagnostics import row_diagnostics
    from linreg_gui.model.errors import FitError

    lines = row_diagnostics(design).csv_lines()
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write("\n".join(lines) + "\n")
    except OSError as error:
        raise FitError(
            f"Cannot write the diagnostics to {path}: {error.strerror}."
        ) from None


def _fit_with_history(problem, settings, path: str, every: int):  # type: ignore[no-untyped-def]
    """Fit, writing the training log to ``path`` as the run goes: only the rows
    on the stride are ever formatted, so memory stays bounded at any --iters."""
    from linreg_gui.model.errors import FitError
    from linreg_gui.model.fitting import ITERATIVE_METHODS, fit

    if settings.method not in ITERATIVE_METHODS:
        raise FitError(
            f"--history logs a gradient run; method '{settings.method}' has no "
            f"iterations (use one of {', '.join(ITERATIVE_METHODS)})."
        )
    if every < 1:
        raise FitError(f"--every must be 1 or more, not {every}.")
    try:
        out = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as error:
        raise FitError(
            f"Cannot write the history to {path}: {error.strerror}."
        ) from None
    with out:
        writer = _HistoryWriter(out, problem.train.coefficient_names, every)
        try:
            return fit(problem, settings, observe=writer.add)
        finally:
            writer.close()


class _HistoryWriter:
    """CSV rows ``iteration, loss, test_loss, <coefficients>`` at iterations 0,
    K, 2K, … and the last one seen (also when the run blows up)."""

    def __init__(self, out, names: Sequence[str], every: int) -> None:  # type: ignore[no-untyped-def]
        import csv

        self._csv = csv.writer(out, lineterminator="\n")
        self._csv.writerow(["iteration", "loss", "test_loss", *names])
        self._intercept = bool(names) and names[0] == "(Intercept)"
        self._every = every
        self._last: list[str] | None = None
        self._last_written = -1

    def add(self, block) -> None:  # type: ignore[no-untyped-def]
        rows = (block.iterations % self._every == 0).nonzero()[0]
        for i in rows:
            self._csv.writerow(self._row(block, int(i)))
        if len(rows):
            self._last_written = int(block.iterations[rows[-1]])
        if len(block):
            self._last = self._row(block, len(block) - 1)

    def close(self) -> None:
        if self._last is not None and int(self._last[0]) != self._last_written:
            self._csv.writerow(self._last)

    def _row(self, block, i: int) -> list[str]:  # type: ignore[no-untyped-def]
        test = "" if block.test_losses is None else repr(float(block.test_losses[i]))
        intercept = [repr(float(block.intercepts[i]))] if self._intercept else []
        return [
            str(int(block.iterations[i])),
            repr(float(block.losses[i])),
            test,
            *intercept,
            *(repr(float(c)) for c in block.coefs[i]),
        ]


def _stop_lines(result, tol: float) -> str:  # type: ignore[no-untyped-def]
    """Why a gradient run stopped, how far it is from least squares, and the verdict."""
    from linreg_gui.model.steps import StopReason, gap_text, iterations_text

    reason = StopReason(result.stop_reason)
    lines = [f"Stopped:   {reason.text}, after {iterations_text(result.iterations)}"]
    if result.gap_to_optimum is not None:
        lines.append(f"Gap:       {gap_text(result.gap_to_optimum)}")
    rule = f"every coefficient and the loss within {tol:g} of least squares, relative"
    lines.append(
        f"Converged: yes ({rule})"
        if result.converged
        else f"Converged: no (needs {rule})"
    )
    return "\n".join(lines)


def _run_compare(args: argparse.Namespace) -> int:
    from linreg_gui.model.compare import compare_methods
    from linreg_gui.model.fitting import prepare_dataset

    dataset, spec, excluded, _ = _load(args)
    problem = prepare_dataset(dataset, spec, exclude=excluded)
    comparison = compare_methods(problem)
    if args.json:
        print(json.dumps(comparison.to_json_dict(), indent=2))
    else:
        from linreg_gui.model.report import comparison_text

        print(comparison_text(dataset.name, problem, comparison))
    return 0


def _guard_stdio() -> None:
    """A windowed build has no console: give print() somewhere harmless to write."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    sys.exit(main())
