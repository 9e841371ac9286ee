"""The command line: R-style text, the JSON contract, exit status 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.cli import main
from tests.nist import read


@pytest.fixture
def line_csv(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 2, 60)
    y = 4 + 3 * x + rng.normal(size=60)
    z = rng.normal(size=60)
    path = tmp_path / "line.csv"
    rows = "\n".join(
        f"{float(a)!r},{float(c)!r},{float(b)!r}"
        for a, b, c in zip(x, y, z, strict=True)
    )
    path.write_text("x,z,y\n" + rows + "\n")
    return path


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    assert main(["fit", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_json_has_every_documented_field(
    line_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, str(line_csv))
    for key in (
        "n_samples",
        "method",
        "coefficients",
        "r2",
        "adj_r2",
        "mse",
        "rmse",
        "mae",
        "residual_std_error",
        "f_statistic",
        "iterations",
        "converged",
        "warnings",
    ):
        assert key in data, key
    assert data["n_samples"] == 60
    assert data["method"] == "ols"
    names = [c["name"] for c in data["coefficients"]]
    assert names == ["(Intercept)", "x"]  # defaults: first numeric x, last numeric y
    for coefficient in data["coefficients"]:
        assert set(coefficient) == {
            "name",
            "estimate",
            "std_error",
            "t_value",
            "p_value",
            "ci_low",
            "ci_high",
        }
    assert data["iterations"] is None and data["converged"] is None


def test_polynomial_terms_and_nulls_for_gradient_descent(
    line_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, str(line_csv), "--degree", "3")
    assert [c["name"] for c in data["coefficients"]] == [
        "(Intercept)",
        "x",
        "x^2",
        "x^3",
    ]
    gd = run_json(
        capsys,
        str(line_csv),
        "--method",
        "gd",
        "--lr",
        "0.1",
        "--iters",
        "50",
        "--tol",
        "0",
    )
    assert gd["iterations"] == 50 and gd["converged"] is False
    assert gd["residual_std_error"] is None and gd["f_statistic"] is None
    assert all(c["std_error"] is None for c in gd["coefficients"])
    assert gd["warnings"] == []


def test_matches_certified_norris(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cert = read("Norris")
    path = tmp_path / "norris.csv"
    path.write_text(
        "y,x\n"
        + "\n".join(
            f"{float(a)!r},{float(b)!r}"
            for a, b in zip(cert.y, cert.X[:, 0], strict=True)
        )
    )
    data = run_json(capsys, str(path), "--x", "x", "--y", "y")
    got = [c["estimate"] for c in data["coefficients"]]
    np.testing.assert_allclose(got, cert.estimates, rtol=1e-12)
    assert data["r2"] == pytest.approx(cert.r2, rel=1e-12)


def test_several_x_weights_split_and_no_intercept(
    line_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(
        capsys,
        str(line_csv),
        "--x",
        "x",
        "--x",
        "z",
        "--y",
        "y",
        "--test-size",
        "0.25",
        "--seed",
        "3",
    )
    assert [c["name"] for c in data["coefficients"]] == ["(Intercept)", "x", "z"]
    assert data["n_samples"] == 45 and data["test"]["n_samples"] == 15
    no_int = run_json(capsys, str(line_csv), "--no-intercept")
    assert [c["name"] for c in no_int["coefficients"]] == ["x"]


def test_human_output_looks_like_r(
    line_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fit", str(line_csv)]) == 0
    out = capsys.readouterr().out
    for text in (
        "Coefficients:",
        "Estimate",
        "Std. Error",
        "Pr(>|t|)",
        "Residual standard error",
        "Multiple R-squared",
        "F-statistic",
    ):
        assert text in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["fit", "{missing}"], "no such file"),
        (["fit", "{csv}", "--x", "nope"], "no column named 'nope'"),
        (["fit", "{csv}", "--method", "gd", "--lr", "50"], "largest stable rate"),
        (["fit", "{csv}", "--lr", "abc"], "invalid float value"),
        (["fit", "{csv}", "--degree", "11"], "degree"),
        (["fit", "{csv}", "--method", "warp"], "invalid choice"),
        (["fit", "{csv}", "--test-size", "1.5"], "test fraction"),
        (["fit", "{bad}"], "line 3"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    args: list[str],
    needle: str,
    line_csv: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n3,4,5\n")
    args = [
        a.format(missing=tmp_path / "missing.csv", csv=line_csv, bad=bad) for a in args
    ]
    with pytest.raises(SystemExit) as stopped:
        status = main(args)
        raise SystemExit(status)
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert needle in lines[0]
    assert "Traceback" not in captured.err


def test_entry_points_run_as_processes(line_csv: Path) -> None:
    for command in (
        [sys.executable, "-m", "linreg_gui", "fit", str(line_csv), "--json"],
        [sys.executable, "-m", "linreg_gui.cli", "fit", str(line_csv), "--json"],
    ):
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        assert json.loads(out)["n_samples"] == 60


def test_a_closed_pipe_ends_quietly(line_csv: Path) -> None:
    """`linreg fit ... | head -1`: the reader leaves early; no error is printed."""
    command = [sys.executable, "-m", "linreg_gui", "fit", str(line_csv), "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the program writes anything
    with process.stderr:
        error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert error == ""


def test_compare_shows_the_filip_lesson(capsys: pytest.CaptureFixture[str]) -> None:
    path = (
        Path(__file__).parents[2] / "linreg_gui" / "assets" / "examples" / "filip.csv"
    )
    assert main(["compare", str(path), "--degree", "10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    digits = {m["method"]: m["digits_agreeing_with_ols"] for m in data["methods"]}
    assert digits["normal"] < 2 and digits["lstsq"] < 2


def test_gradient_runs_say_why_they_stopped_and_how_far_they_are(
    line_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ols = run_json(capsys, str(line_csv))
    assert ols["stop_reason"] is None and ols["gap_to_optimum"] is None
    args = (str(line_csv), "--method", "gd", "--lr", "0.3", "--iters", "20000")
    gap = run_json(capsys, *args)  # the default rule: stop within tol of OLS
    assert gap["stop_reason"] == "gap" and gap["converged"] is True
    assert set(gap["gap_to_optimum"]) == {"coef", "loss"}
    assert 0 <= gap["gap_to_optimum"]["coef"] <= 1e-6
    assert 0 <= gap["gap_to_optimum"]["loss"] <= 1e-6
    loss = run_json(capsys, *args, "--stop-on", "loss")
    assert loss["stop_reason"] == "loss" and loss["converged"] is False
    assert loss["gap_to_optimum"]["coef"] > 1e-6
    assert main(["fit", *args, "--stop-on", "loss"]) == 0
    text = capsys.readouterr().out
    assert "Stopped:   loss change below the tolerance, after" in text
    assert "from the least-squares answer" in text
    assert "Converged: no (needs every coefficient and the loss within 1e-06" in text
    assert text.index("Converged:") < text.index("Warnings:")
    assert main(["fit", *args[:-1], "1", "--tol", "0"]) == 0
    assert "after 1 iteration\n" in capsys.readouterr().out


def test_one_iteration_is_one_iteration(tmp_path: Path) -> None:
    from linreg_gui.cli import main

    path = tmp_path / "line.csv"
    path.write_text("x,y\n0,1\n1,3\n2,5.1\n3,6.9\n")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["fit", str(path), "--method", "gd", "--lr", "0.01", "--iters", "1"])
    assert "1 iteration," in out.getvalue()
    assert "1 iterations" not in out.getvalue()


def test_a_negative_seed_is_bad_input_not_an_internal_error(tmp_path: Path) -> None:
    path = tmp_path / "line.csv"
    path.write_text("x,y\n" + "\n".join(f"{i},{2 * i + 1}" for i in range(20)) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "linreg_gui", "fit", str(path), "--seed", "-1",
         "--test-size", "0.2"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 2
    assert "random seed must be a whole number" in done.stderr
    assert "internal error" not in done.stderr


# ---------------------------------------------------------------- session files


def save_lesson(path: Path, csv: Path, choices: object, **changes: object) -> Path:
    """A session of ``csv`` with ``choices`` (and rows left out, edits)."""
    from linreg_gui.model.io import load_table
    from linreg_gui.model.session import Session
    from linreg_gui.model.session_file import SessionFile, save_session

    original = load_table(csv)
    session = Session(original, frozenset(), choices)  # type: ignore[arg-type]
    for row, column, value in changes.get("edits", ()):  # type: ignore[attr-defined]
        session = session.with_value(row, column, value)
    session = session.with_excluded(changes.get("excluded", ()))  # type: ignore[arg-type]
    save_session(path, SessionFile.capture(session, original))
    return path


def gd_choices() -> object:
    from linreg_gui.model.fitting import FitSettings
    from linreg_gui.model.session import Choices

    settings = FitSettings(
        method="momentum", learning_rate=0.05, max_iter=300, tol=0.0, momentum=0.5
    )
    return Choices(("z",), "x", 2, True, settings)


def test_a_session_fits_as_its_csv_with_the_same_flags(
    line_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lesson = save_lesson(tmp_path / "lesson.linreg", line_csv, gd_choices())
    from_session = run_json(capsys, str(lesson))
    flags = ["--x", "z", "--y", "x", "--degree", "2", "--method", "momentum"]
    flags += ["--lr", "0.05", "--iters", "300", "--tol", "0", "--momentum", "0.5"]
    from_csv = run_json(capsys, str(line_csv), *flags)
    assert from_session == from_csv
    assert from_session["iterations"] == 300
    assert [c["name"] for c in from_session["coefficients"]] == [
        "(Intercept)",
        "z",
        "z^2",
    ]


def test_flags_given_override_the_session(
    line_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lesson = save_lesson(tmp_path / "lesson.linreg", line_csv, gd_choices())
    overridden = run_json(capsys, str(lesson), "--method", "ols", "--degree", "1")
    plain = run_json(capsys, str(line_csv), "--x", "z", "--y", "x")
    assert overridden == plain
    # A flag given at its default value still overrides (here the iterations).
    fewer = run_json(capsys, str(lesson), "--iters", "1000", "--tol", "1e-6")
    assert fewer["iterations"] != 300
    # Other columns: the session's degree (2) still applies to them.
    other_y = run_json(capsys, str(lesson), "--y", "y", "--x", "x", "--method", "ols")
    assert other_y == run_json(
        capsys, str(line_csv), "--method", "ols", "--degree", "2"
    )


def test_a_session_keeps_its_rows_left_out_and_its_edits(
    line_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from linreg_gui.model.session import Choices

    lesson = save_lesson(
        tmp_path / "lesson.linreg",
        line_csv,
        Choices(("x",), "y"),
        excluded=(0, 7),
        edits=((3, "y", 100.0),),
    )
    lines = line_csv.read_text().splitlines()
    header, rows = lines[0], lines[1:]
    x, z, _ = rows[3].split(",")
    rows[3] = f"{x},{z},100.0"
    kept = [row for index, row in enumerate(rows) if index not in (0, 7)]
    same = tmp_path / "same.csv"
    same.write_text("\n".join([header, *kept]) + "\n")
    from_session = run_json(capsys, str(lesson), "--method", "ols")
    assert from_session == run_json(capsys, str(same), "--method", "ols")
    assert from_session["n_samples"] == 58
    assert main(["compare", str(lesson), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_a_damaged_session_is_bad_input(
    line_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from linreg_gui.model.session import Choices

    lesson = save_lesson(tmp_path / "lesson.linreg", line_csv, Choices(("x",), "y"))
    data = json.loads(lesson.read_text())
    data["version"] = 7
    lesson.write_text(json.dumps(data))
    assert main(["fit", str(lesson)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("linreg: lesson.linreg: this session was saved by a newer")
    assert err.count("\n") == 1


def read_history(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[0].split(","), [line.split(",") for line in lines[1:]]


def test_history_writes_every_kth_iteration_and_the_last(
    line_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "history.csv"
    data = run_json(
        capsys,
        str(line_csv),
        "--method",
        "gd",
        "--lr",
        "0.05",
        "--iters",
        "2345",
        "--tol",
        "0",
        "--history",
        str(out),
        "--every",
        "500",
    )
    header, rows = read_history(out)
    assert header == ["iteration", "loss", "test_loss", "(Intercept)", "x"]
    assert [int(r[0]) for r in rows] == [0, 500, 1000, 1500, 2000, 2345]
    assert all(r[2] == "" for r in rows)  # no test split
    assert [float(v) for v in rows[0][3:]] == [0.0, 0.0]
    last = [float(v) for v in rows[-1][3:]]
    assert last == [c["estimate"] for c in data["coefficients"]]
    assert float(rows[-1][1]) == pytest.approx(data["mse"], rel=1e-9)
    losses = [float(r[1]) for r in rows]
    assert losses == sorted(losses, reverse=True)  # batch descent only goes down


def test_history_has_test_loss_with_a_split_and_stops_with_the_run(
    line_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "h.csv"
    data = run_json(
        capsys,
        str(line_csv),
        "--method",
        "momentum",
        "--lr",
        "0.02",
        "--iters",
        "100000",
        "--test-size",
        "0.25",
        "--history",
        str(out),
        "--every",
        "7",
    )
    _, rows = read_history(out)
    iterations = [int(r[0]) for r in rows]
    assert iterations[-1] == data["iterations"] < 100_000  # stopped on the gap
    assert all(i % 7 == 0 for i in iterations[:-1])
    assert float(rows[-1][2]) == pytest.approx(data["test"]["mse"], rel=1e-9)


def test_history_needs_a_gradient_method(
    line_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "h.csv"
    assert main(["fit", str(line_csv), "--history", str(out)]) == 2
    assert "--history logs a gradient run" in capsys.readouterr().err
    code = main(
        ["fit", str(line_csv), "--method", "gd", "--history", str(out), "--every", "0"]
    )
    assert code == 2 and "--every" in capsys.readouterr().err
