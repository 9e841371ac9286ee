"""What the solver panel says: a line per method and a tooltip per knob.

The explanations are the lesson as much as the knobs are: each says what the
method computes, in the formulas the tutorials use.
"""

from __future__ import annotations

#: One line per method that says what it computes.
EXPLANATIONS: dict[str, str] = {
    "ols": (
        "Minimises Σ(y − ŷ)² in one step by a QR factorisation of X: accurate "
        "even when columns are nearly collinear."
    ),
    "normal": (
        "θ = (XᵀX)⁻¹Xᵀy, the lecture-notes formula. Forming XᵀX squares the "
        "condition number, so ill-conditioned data lose digits."
    ),
    "lstsq": (
        "NumPy's SVD solver: np.linalg.lstsq(X, y). Tiny singular values count as "
        "zero, which hides a nearly singular X."
    ),
    "polyfit": (
        "np.polyfit(x, y, degree): least squares for a polynomial in one x, "
        "always with an intercept."
    ),
    "ridge": (
        "Minimises Σ(y − ŷ)² + α·Σw²: a larger α shrinks the weights toward 0. "
        "The intercept is not penalised."
    ),
    "lasso": (
        "Minimises Σ(y − ŷ)²/2N + α·Σ|w|: a large enough α sets weights exactly "
        "to 0, so it selects features."
    ),
    "gd": (
        "w ← w − η·∂L/∂w with the full-data gradient ∂L/∂w = −2/N·Σx(y − ŷ); "
        "b takes the same step with −2/N·Σ(y − ŷ)."
    ),
    "sgd": (
        "The same step w ← w − η·∂L/∂w, but each gradient comes from a random "
        "mini-batch of rows: cheaper, noisier steps."
    ),
    "momentum": (
        "v ← μ·v − η·∇L, then w ← w + v: the velocity builds up along steady "
        "directions and damps the zig-zag."
    ),
    "adam": (
        "Divides each step by a running RMS of the gradient (β₁ = 0.9, "
        "β₂ = 0.999), so steps are about η whatever the data's scale."
    ),
}

LR_TIP = (
    "The learning rate η: each step moves the coefficients by η times the "
    "gradient.\nToo small and the line crawls; too large and each step overshoots "
    "until the run explodes.\nChanging it during a run takes effect from the next "
    "step."
)
LR_UNSTABLE_TIP = (
    "Above the stable limit ({limit}): this run will explode.\nEach step "
    "overshoots the minimum by more than the last, so the loss grows without "
    "bound.\nChoose a value below {limit}."
)


DEGREE_TIP = (
    "Polynomial degree: 1 fits a line, 2 a parabola (b + w₁x + w₂x²), and so on.\n"
    "High degrees follow the training points ever closer and predict new ones "
    "worse (overfitting).\nNeeds a single x column."
)
INTERCEPT_TIP = (
    "Include the constant b in ŷ = b + w·x.\nWithout it the line is forced "
    "through the origin (0, 0)."
)
STANDARDIZE_TIP = (
    "Rescale each feature to mean 0 and standard deviation 1 before fitting.\n"
    "Gradient descent then converges much faster, and a penalty treats every "
    "feature alike.\nCoefficients are still reported in your data's units."
)
