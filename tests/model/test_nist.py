"""Certified accuracy on the NIST StRD linear least-squares suite, default OLS path."""

from __future__ import annotations

import pytest

from linreg_gui.model.compare import agreeing_digits, compare_methods
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.fitting import FitSettings, fit, prepare
from tests.nist import MODELS, lre, read

#: Digits the issue requires, per dataset.
REQUIRED = {
    "Norris": 10,
    "Pontius": 10,
    "NoInt1": 10,
    "NoInt2": 10,
    "Filip": 10,
    "Longley": 10,
    "Wampler1": 8,
    "Wampler2": 8,
    "Wampler3": 8,
    "Wampler4": 8,
    "Wampler5": 7,
}


def problem_for(name: str):  # type: ignore[no-untyped-def]
    cert = read(name)
    degree, intercept = MODELS[name]
    columns = {"y": cert.y}
    if degree is None:
        xs = tuple(f"x{i + 1}" for i in range(cert.X.shape[1]))
        for i, col in enumerate(xs):
            columns[col] = cert.X[:, i]
        spec = DesignSpec(xs, "y", 1, intercept)
    else:
        columns["x"] = cert.X[:, 0]
        spec = DesignSpec(("x",), "y", degree, intercept)
    return cert, prepare(columns, spec)


@pytest.mark.parametrize("name", list(REQUIRED))
def test_certified_values(name: str) -> None:
    cert, problem = problem_for(name)
    result = fit(problem, FitSettings(method="ols"))
    assert result.inference is not None
    digits = REQUIRED[name]
    estimates = [c.estimate for c in result.coefficients]
    std_errors = [c.std_error for c in result.coefficients]
    assert len(estimates) == len(cert.estimates)
    for i, (got, want) in enumerate(zip(estimates, cert.estimates, strict=True)):
        assert lre(got, want) >= digits, f"{name} B{i}: {got!r} vs {want!r}"
    for i, (got, want) in enumerate(zip(std_errors, cert.std_errors, strict=True)):
        assert got is not None
        assert lre(got, want) >= digits, f"{name} SD(B{i}): {got!r} vs {want!r}"
    assert lre(result.inference.residual_std_error, cert.residual_sd) >= digits
    assert lre(result.train.r2, cert.r2) >= digits


def test_filip_shows_where_textbook_methods_fail() -> None:
    """The lesson: inv(XᵀX) and plain lstsq get no digits on Filip, and lstsq says
    nothing unless asked for its rank."""
    cert, problem = problem_for("Filip")
    comparison = compare_methods(problem)
    by_method = {o.method: o for o in comparison.outcomes}
    assert by_method["ols"].digits == 15.0
    assert by_method["lstsq"].digits is not None and by_method["lstsq"].digits < 2
    assert any("rank 10 of 11" in w for w in by_method["lstsq"].warnings)
    assert by_method["normal"].digits is not None and by_method["normal"].digits < 2
    assert 1e15 < comparison.condition_number < 3e15
    # scikit-learn (SVD with a cut-off) loses Filip too, and says so.
    assert by_method["sklearn"].digits is not None
    assert by_method["sklearn"].digits < 2
    assert "nearly dependent" in by_method["sklearn"].warnings[0]
    ols = by_method["ols"].params
    assert ols is not None
    assert (
        min(agreeing_digits(e, c) for e, c in zip(ols, cert.estimates, strict=True))
        >= 10
    )
