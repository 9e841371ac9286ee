"""Export a fit as a short, plain Python script a student can run and change.

The script reads the rows the app used, fits them with ``np.linalg.lstsq``, runs
the tutorials' gradient-descent loop when the method was iterative, prints the
coefficients the app found, and asks scikit-learn for its answer, printing how
many digits agree.  It is the "check that scikit-learn agrees", and a bridge from
the app to a notebook.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from linreg_gui import __version__
from linreg_gui.model.fitting import (
    ITERATIVE_METHODS,
    METHOD_TITLES,
    FitResult,
    FitSettings,
    Problem,
)

Emit = Callable[[str], None]


def _columns(problem: Problem) -> list[str]:
    spec = problem.spec
    names = [*spec.x, spec.y]
    if spec.weights:
        names.append(spec.weights)
    return names


def data_csv(problem: Problem, dataset_values: dict[str, np.ndarray]) -> str:
    """The training rows of the selected columns as CSV, every digit kept."""
    rows = problem.train.rows
    names = _columns(problem)
    lines = [",".join(_csv_name(n) for n in names)]
    columns = [dataset_values[n][rows] for n in names]
    for i in range(rows.size):
        lines.append(",".join(repr(float(c[i])) for c in columns))
    return "\n".join(lines) + "\n"


def _csv_name(name: str) -> str:
    if any(ch in name for ch in ',"\n'):
        return '"' + name.replace('"', '""') + '"'
    return name


def _floats(values: np.ndarray) -> str:
    return "[" + ", ".join(repr(float(v)) for v in values) + "]"


def python_script(
    problem: Problem,
    settings: FitSettings,
    result: FitResult | None,
    script_file: str,
    data_file: str,
    data_name: str = "",
) -> str:
    """A runnable script reproducing ``result`` (or the method's setup if None).

    Long on purpose: a template, one source line per generated line.
    """
    spec = problem.spec
    method = settings.method
    title = METHOD_TITLES[method]
    intercept = spec.intercept
    lines: list[str] = []
    add = lines.append
    formula = f"{spec.y} ~ " + " + ".join(problem.design.term_names)
    add('"""Reproduce a linreg-gui fit with NumPy, and check it with scikit-learn.')
    add("")
    add(f"Data:   {data_name or data_file} ({problem.train.n_samples} training rows)")
    add(f"Model:  {formula}{'' if intercept else '  (no intercept)'}")
    add(f"Method: {title}")
    add(f"Made by linreg-gui {__version__}.  Run it: python {script_file}")
    add('"""')
    add("")
    add("import numpy as np")
    add("import pandas as pd")
    add("")
    add(f"data = pd.read_csv({data_file!r})")
    if spec.degree > 1:
        add(f"x = data[{spec.x[0]!r}].to_numpy()")
        add(
            f"X = np.column_stack([x**k for k in range(1, {spec.degree} + 1)])  # x, x², …"
        )
    else:
        add(f"X = data[{list(spec.x)!r}].to_numpy()")
    add(f"y = data[{spec.y!r}].to_numpy()")
    weighted = spec.weights is not None
    if weighted:
        add(f"weights = data[{spec.weights!r}].to_numpy()")
    add("N = len(y)")
    add("")
    add("# 1. Least squares with lstsq (QR/SVD): stable where inv(XᵀX) is not.")
    if intercept:
        add("A = np.column_stack([np.ones(N), X])  # a column of ones for b")
    else:
        add("A = X  # no intercept: the line goes through the origin")
    if weighted:
        add("root = np.sqrt(weights)")
        add("theta, *_ = np.linalg.lstsq(A * root[:, None], y * root, rcond=None)")
    else:
        add("theta, *_ = np.linalg.lstsq(A, y, rcond=None)")
    add('print("least squares (lstsq):", theta)')
    add("")
    if method in ITERATIVE_METHODS:
        _gradient_descent(add, settings, intercept)
    if result is not None:
        add("# 3. What linreg-gui found")
        app = (
            np.concatenate([[result.intercept], result.coef])
            if intercept
            else result.coef
        )
        add(f"app = np.array({_floats(app)})")
        add('print("linreg-gui:           ", app)')
        add("")
    _sklearn(add, settings, spec.intercept, weighted, result is not None)
    return "\n".join(lines) + "\n"


def _gradient_descent(add: Emit, settings: FitSettings, intercept: bool) -> None:
    """The tutorials' shape: a small gradient-descent class with ``fit`` and
    ``predict``, batch descent on the mean squared error, the loss logged every
    k epochs.  Long on purpose: a template, one source line per generated line."""
    lr = settings.learning_rate
    every = max(1, settings.max_iter // 10)
    if settings.method == "gd":
        add("# 2. Gradient descent, as the tutorials write it: the steps the app took.")
    else:
        add(
            "# 2. Plain batch gradient descent, as the tutorials write it.  The app used"
        )
        add(
            f"#    {METHOD_TITLES[settings.method]}: other steps, the same destination."
        )
    add("class LinearRegressionGD:")
    add(
        '    """y ≈ X·w + b, fitted by gradient descent on the mean squared error."""'
        if intercept
        else '    """y ≈ X·w (no intercept), fitted by gradient descent on the MSE."""'
    )
    add("")
    add("    def __init__(self, learning_rate=0.01, epochs=1000, log_every=100):")
    add("        self.learning_rate = learning_rate")
    add("        self.epochs = epochs")
    add("        self.log_every = log_every")
    add("")
    add("    def fit(self, X, y):")
    add("        N, d = X.shape")
    add("        self.w = np.zeros(d)")
    add("        self.b = 0.0")
    add("        self.losses = []  # (epoch, loss) every log_every epochs")
    add("        for epoch in range(self.epochs):")
    add("            y_hat = self.predict(X)")
    add("            dw = -2 / N * X.T @ (y - y_hat)  # ∂L/∂w")
    if intercept:
        add("            db = -2 / N * np.sum(y - y_hat)  # ∂L/∂b")
    add("            self.w -= self.learning_rate * dw  # w ← w − η·∂L/∂w")
    if intercept:
        add("            self.b -= self.learning_rate * db  # b ← b − η·∂L/∂b")
    add("            if epoch % self.log_every == 0:")
    add("                loss = np.mean((y - y_hat) ** 2)")
    add("                self.losses.append((epoch, loss))")
    add('                print(f"epoch {epoch:6d}: loss {loss:.6g}")')
    add("        return self")
    add("")
    add("    def predict(self, X):")
    add(
        "        return X @ self.w + self.b"
        if intercept
        else "        return X @ self.w"
    )
    add("")
    add("")
    if settings.standardize:
        add("mean, scale = X.mean(axis=0), X.std(axis=0)")
        add(
            "Z = (X - mean) / scale  # standardised features: the learning rate is easy"
        )
    else:
        add("Z = X")
    add(
        f"model = LinearRegressionGD(learning_rate={lr!r}, "
        f"epochs={settings.max_iter}, log_every={every}).fit(Z, y)"
    )
    add("w, b = model.w, model.b")
    if settings.standardize:
        add("w = w / scale  # back to the original units")
        if intercept:
            add("b = b - mean @ w")
    add(
        'print("gradient descent:     ", np.r_[b, w])'
        if intercept
        else 'print("gradient descent:     ", w)'
    )
    add("")


def _sklearn(
    add: Emit, settings: FitSettings, intercept: bool, weighted: bool, has_app: bool
) -> None:
    method = settings.method
    add("# 4. Does scikit-learn agree?")
    add("try:")
    if method == "ridge":
        model = f"Ridge(alpha={settings.alpha!r}, fit_intercept={intercept})"
        import_name = "Ridge"
    elif method == "lasso":
        model = f"Lasso(alpha={settings.alpha!r}, fit_intercept={intercept}, tol=1e-10, max_iter=100_000)"
        import_name = "Lasso"
    else:
        model = f"LinearRegression(fit_intercept={intercept})"
        import_name = "LinearRegression"
    penalised = method in ("ridge", "lasso")
    add(f"    from sklearn.linear_model import {import_name}")
    add("except ImportError:")
    add('    print("scikit-learn is not installed: pip install scikit-learn")')
    add("else:")
    if penalised and settings.standardize:
        add("    mean, scale = X.mean(axis=0), X.std(axis=0)")
        add(
            f"    model = {model}.fit((X - mean) / scale, y{', sample_weight=weights' if weighted else ''})"
        )
        add("    coef = model.coef_ / scale")
        add(
            "    sk = np.r_[model.intercept_ - mean @ coef, coef]"
            if intercept
            else "    sk = coef"
        )
    else:
        add(
            f"    model = {model}.fit(X, y{', sample_weight=weights' if weighted else ''})"
        )
        add(
            "    sk = np.r_[model.intercept_, model.coef_]"
            if intercept
            else "    sk = model.coef_"
        )
    add('    print("scikit-learn:         ", sk)')
    reference = "app" if has_app else "theta"
    add(
        f"    error = np.max(np.abs(sk - {reference}) / np.maximum(np.abs({reference}), 1e-300))"
    )
    add("    digits = min(15.0, -np.log10(error)) if error > 0 else 15.0")
    add(
        f'    print(f"scikit-learn and {"linreg-gui" if has_app else "lstsq"} agree to {{digits:.1f}} significant digits")'
    )


def suggested_names(data_name: str) -> tuple[str, str]:
    """``(script file, data file)`` names from a data set's name."""
    stem = "".join(
        ch if ch.isalnum() else "_" for ch in data_name.rsplit(".", 1)[0]
    ).strip("_")
    stem = (stem or "fit")[:40] + "_fit"
    return f"{stem}.py", f"{stem}_data.csv"
