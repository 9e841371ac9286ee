"""What the solver panel says: a line per method and a tooltip per knob.

The explanations are the lesson as much as the knobs are: each says what the
method computes, in the formulas the tutorials use.
"""

from __future__ import annotations

from linreg_gui.model.fitting import METHOD_TITLES
from linreg_gui.model.text import QT_TRANSLATE_NOOP, translate


def method_title(method: str) -> str:
    """A method's title in the window's language.

    ``METHOD_TITLES`` marks the titles for translation in the model's
    ``"Fitting"`` context (the command line and exported files keep English).
    """
    return translate("Fitting", METHOD_TITLES.get(method, method))


def explanation(method: str) -> str:
    """What ``method`` computes, in the window's language (``""`` if unknown)."""
    text = EXPLANATIONS.get(method, "")
    return translate("SolverTexts", text) if text else ""


def tip(text: str) -> str:
    """One of the tooltips below in the window's language."""
    return translate("SolverTexts", text)


#: One line per method that says what it computes.
EXPLANATIONS: dict[str, str] = {
    "ols": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "Minimises Σ(y − ŷ)² in one step by a QR factorisation of X: accurate "
            "even when columns are nearly collinear.",
        )
    ),
    "normal": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "θ = (XᵀX)⁻¹Xᵀy, the lecture-notes formula. Forming XᵀX squares the "
            "condition number, so ill-conditioned data lose digits.",
        )
    ),
    "lstsq": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "NumPy's SVD solver: np.linalg.lstsq(X, y). Tiny singular values count as "
            "zero, which hides a nearly singular X.",
        )
    ),
    "polyfit": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "np.polyfit(x, y, degree): least squares for a polynomial in one x, "
            "always with an intercept.",
        )
    ),
    "ridge": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "Minimises Σ(y − ŷ)² + α·Σw²: a larger α shrinks the weights toward 0. "
            "The intercept is not penalised.",
        )
    ),
    "lasso": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "Minimises Σ(y − ŷ)²/2N + α·Σ|w|: a large enough α sets weights exactly "
            "to 0, so it selects features.",
        )
    ),
    "gd": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "w ← w − η·∂L/∂w with the full-data gradient ∂L/∂w = −2/N·Σx(y − ŷ); "
            "b takes the same step with −2/N·Σ(y − ŷ).",
        )
    ),
    "sgd": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "The same step w ← w − η·∂L/∂w, but each gradient comes from a random "
            "mini-batch of rows: cheaper, noisier steps.",
        )
    ),
    "momentum": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "v ← μ·v − η·∇L, then w ← w + v: the velocity builds up along steady "
            "directions and damps the zig-zag.",
        )
    ),
    "adam": (
        QT_TRANSLATE_NOOP(
            "SolverTexts",
            "Divides each step by a running RMS of the gradient (β₁ = 0.9, "
            "β₂ = 0.999), so steps are about η whatever the data's scale.",
        )
    ),
}

LR_TIP = QT_TRANSLATE_NOOP(
    "SolverTexts",
    "The learning rate η: each step moves the coefficients by η times the "
    "gradient.\nToo small and the line crawls; too large and each step overshoots "
    "until the run explodes.\nChanging it during a run takes effect from the next "
    "step.",
)
LR_UNSTABLE_TIP = QT_TRANSLATE_NOOP(
    "SolverTexts",
    "Above the stable limit ({limit}): this run will explode.\nEach step "
    "overshoots the minimum by more than the last, so the loss grows without "
    "bound.\nChoose a value below {limit}.",
)


DEGREE_TIP = QT_TRANSLATE_NOOP(
    "SolverTexts",
    "Polynomial degree: 1 fits a line, 2 a parabola (b + w₁x + w₂x²), and so on.\n"
    "High degrees follow the training points ever closer and predict new ones "
    "worse (overfitting).\nNeeds a single x column.",
)
INTERCEPT_TIP = QT_TRANSLATE_NOOP(
    "SolverTexts",
    "Include the constant b in ŷ = b + w·x.\nWithout it the line is forced "
    "through the origin (0, 0).",
)
STANDARDIZE_TIP = QT_TRANSLATE_NOOP(
    "SolverTexts",
    "Rescale each feature to mean 0 and standard deviation 1 before fitting.\n"
    "Gradient descent then converges much faster, and a penalty treats every "
    "feature alike.\nCoefficients are still reported in your data's units.",
)
