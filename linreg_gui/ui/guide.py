"""The quick guide shown by Help ▸ Quick Guide."""

from __future__ import annotations

from linreg_gui.model.text import QT_TRANSLATE_NOOP, translate

#: The guide's heading, its steps (one list item each) and its last line, in
#: pieces a translator can take one at a time.
HEADING = QT_TRANSLATE_NOOP("Guide", "Watch a line learn")
STEPS = (
    QT_TRANSLATE_NOOP(
        "Guide",
        "<b>Data.</b> An example is loaded. Open your own CSV, TSV, Excel or "
        "OpenDocument file with <i>File ▸ Open</i> (Ctrl+O), or drag it onto the "
        "window. Pick the response <i>y</i> and one or more predictors <i>x</i> on "
        "the left.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "<b>Run.</b> Press <i>Run</i> (F5). Gradient descent starts from the flat "
        "line ŷ = 0·x + 0 and takes steps w ← w − η·∂L/∂w down the mean squared "
        "error L = (1/N)·Σ(y − ŷ)². The loss curve on the right falls as the line "
        "settles on the dashed least-squares answer. <i>Step</i> (F10) takes one "
        "step at a time; <i>Stop</i> (Esc) ends the run; <i>Reset</i> (Ctrl+R) "
        "starts over.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "<b>Learning rate.</b> The solver panel shows the largest stable learning "
        "rate for your data. Go above it and the run explodes (it stops and tells "
        "you why); go far below and it crawls. <i>Standardise features</i> fixes "
        "the crawl.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "<b>Beyond a line.</b> Raise the polynomial degree, add predictors, try "
        "ridge and lasso, hold back a test set, and read R² in the results.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "<b>Outliers.</b> Click a point to leave it out of the fit (it turns "
        "hollow) and watch the least-squares line move; click it again to put it "
        "back. The <i>Residuals</i> tab rings points more than two standard "
        "deviations off the line; click one there to leave it out too. Try the odd "
        "point in <i>Anscombe III</i>.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "<b>Why the solver matters.</b> <i>Run ▸ Compare Solvers</i> fits the data "
        "with QR, inv(XᵀX), lstsq and polyfit. Try it on the NIST Filip example.",
    ),
)
FOOTER = QT_TRANSLATE_NOOP("Guide", "Nothing here needs a network connection.")


def guide_html() -> str:
    """The guide as rich text, in the window's language."""
    steps = "\n".join(f"<li>{translate('Guide', step)}</li>" for step in STEPS)
    return (
        f"<h3>{translate('Guide', HEADING)}</h3>\n<ol>\n{steps}\n</ol>\n"
        f"<p>{translate('Guide', FOOTER)}</p>\n"
    )
