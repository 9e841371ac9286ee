"""Plain-text reports of a fit, laid out like R's ``summary(lm)``.

Used by the command line and by the window's "Copy summary".  No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from linreg_gui.model.compare import Comparison
from linreg_gui.model.fitting import (
    ITERATIVE_METHODS,
    METHOD_TITLES,
    FitResult,
    FitSettings,
    Problem,
)
from linreg_gui.model.steps import iterations_text


def format_number(value: float | None, digits: int = 7) -> str:
    """A number for a table cell: ``NA`` for missing, ``Inf`` for infinite."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "NA"
    if math.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    return f"{value:.{digits}g}"


def format_p(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "NA"
    if value < 2e-16:
        return "< 2e-16"
    return f"{value:.3g}"


def significance_stars(p: float | None) -> str:
    if p is None or math.isnan(p):
        return ""
    for limit, stars in ((0.001, "***"), (0.01, "**"), (0.05, "*"), (0.1, ".")):
        if p < limit:
            return stars
    return ""


def table(rows: Sequence[Sequence[str]], right_align_from: int = 1) -> list[str]:
    """Columns padded to a common width; text columns left-, numbers right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if i < right_align_from else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def model_formula(problem: Problem) -> str:
    spec = problem.spec
    terms = " + ".join(problem.design.term_names)
    formula = f"{spec.y} ~ {terms}"
    return formula if spec.intercept else f"{formula} - 1  (no intercept)"


def summary_text(
    data_name: str, problem: Problem, settings: FitSettings, result: FitResult
) -> str:
    """The whole report: data, model, method, coefficient table, fit statistics.

    Long on purpose: laid out line by line like R's ``summary(lm)``.
    """
    lines = [f"Data:    {data_name}: {problem.design.n_samples} rows used"]
    if problem.n_dropped:
        lines[-1] += f", {problem.n_dropped} dropped for missing values"
    lines.append(f"Model:   {model_formula(problem)}")
    lines.append(f"Method:  {_method_line(settings, result)}")
    if problem.test is not None:
        lines.append(
            f"Split:   {problem.train.n_samples} training rows, "
            f"{problem.test.n_samples} test rows (seed {settings.random_state})"
        )
    lines.append("")
    lines.append("Coefficients:")
    inf = result.inference
    if inf is not None:
        rows = [
            ["", "Estimate", "Std. Error", "t value", "Pr(>|t|)", "", "2.5 %", "97.5 %"]
        ]
        for c in inf.coefficients:
            rows.append(
                [
                    c.name,
                    format_number(c.estimate),
                    format_number(c.std_error, 4),
                    format_number(c.t_value, 4),
                    format_p(c.p_value),
                    significance_stars(c.p_value),
                    format_number(c.ci_low, 5),
                    format_number(c.ci_high, 5),
                ]
            )
        lines += table(rows)
        lines.append("---")
        lines.append("Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1")
        lines.append("")
        lines.append(
            f"Residual standard error: {format_number(inf.residual_std_error, 5)} "
            f"on {inf.df_resid} degrees of freedom"
        )
    else:
        rows = [["", "Estimate"]]
        rows += [[c.name, format_number(c.estimate, 10)] for c in result.coefficients]
        lines += table(rows)
        lines.append("")
    train = result.train
    r2_label = "R-squared" if problem.spec.intercept else "R-squared (uncentred)"
    lines.append(
        f"Multiple {r2_label}: {format_number(train.r2, 6)},  "
        f"Adjusted R-squared: {format_number(train.adj_r2, 6)}"
    )
    if inf is not None and inf.f_statistic is not None:
        lines.append(
            f"F-statistic: {format_number(inf.f_statistic, 5)} on {inf.df_model} and "
            f"{inf.df_resid} DF,  p-value: {format_p(inf.f_p_value)}"
        )
    lines.append(
        f"MSE: {format_number(train.mse, 6)}   RMSE: {format_number(train.rmse, 6)}   "
        f"MAE: {format_number(train.mae, 6)}"
    )
    if result.test is not None:
        test = result.test
        lines.append(
            f"Test set ({test.n_samples} rows):  "
            f"R-squared: {format_number(test.r2, 6)}   "
            f"MSE: {format_number(test.mse, 6)}   "
            f"RMSE: {format_number(test.rmse, 6)}   "
            f"MAE: {format_number(test.mae, 6)}"
        )
    if result.user_condition_number is not None:
        cond = format_number(result.user_condition_number, 3)
        lines.append(f"Condition number of [1, X]: {cond}")
    if result.warnings:
        lines.append("")
        lines.append("Warnings:")
        lines += [f"  - {w}" for w in result.warnings]
    return "\n".join(lines)


def _method_line(settings: FitSettings, result: FitResult) -> str:
    title = METHOD_TITLES[settings.method]
    details: list[str] = []
    if settings.method in ("ridge", "lasso"):
        details.append(f"α = {settings.alpha:g}")
    if settings.method == "lasso" and result.iterations is not None:
        state = "converged" if result.converged else "not converged"
        sweeps = "sweep" if result.iterations == 1 else "sweeps"
        details.append(f"{result.iterations:,} {sweeps}, {state}")
    if settings.method in ITERATIVE_METHODS:
        details.append(f"η = {settings.learning_rate:g}")
        if result.iterations is not None:
            state = "converged" if result.converged else "not converged"
            details.append(f"{iterations_text(result.iterations)}, {state}")
    if settings.standardize and settings.method in (
        *ITERATIVE_METHODS,
        "ridge",
        "lasso",
    ):
        details.append("features standardised inside; coefficients in original units")
    return f"{title} ({'; '.join(details)})" if details else title


def _digits(value: float | None) -> str:
    return "NA" if value is None else f"{value:.1f}"


def comparison_text(data_name: str, problem: Problem, comparison: Comparison) -> str:
    """Coefficients by method, with the digits each shares with the QR solver."""
    lines = [
        f"Data:   {data_name}: {problem.design.n_samples} rows",
        f"Model:  {model_formula(problem)}",
        f"Condition number of [1, X]: {format_number(comparison.condition_number, 3)}"
        "  (inv(XᵀX) squares it)",
        "",
    ]
    shown = [o for o in comparison.outcomes if o.params is not None]
    header = ["", *[o.method for o in shown]]
    rows = [header]
    for i, name in enumerate(comparison.names):
        rows.append([name, *[format_number(float(o.params[i]), 15) for o in shown]])  # type: ignore[index]
    rows.append(["digits agreeing with ols", *[_digits(o.digits) for o in shown]])
    lines += table(rows)
    notes = [
        f"  - {o.method}: {text}"
        for o in comparison.outcomes
        for text in ((o.error,) if o.error else o.warnings)
    ]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines)
