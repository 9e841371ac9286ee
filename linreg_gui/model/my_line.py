"""My Line: the student's own line ŷ = b + w·x, scored against least squares.

The lesson "least squares minimises the sum of squared residuals" is taught by
letting the student try first.  While a line is dragged its SSR must follow
the mouse at 10⁶ rows, so nothing here passes over the rows after set-up:
:class:`LineScore` keeps a :class:`~linreg_gui.model.landscape.Landscape`
(one O(N) pass for its sufficient statistics, centred and scaled), and the
SSR of any line is then O(1).  For one x with an intercept that is

    SSR(b, w) = SSR* + Sxx·(w - ŵ)² + Σw·(ȳ - b - w·x̄)²,

a sum of squares of differences taken in the user's units, so a line far
from the origin (NIST Pontius's x of 10⁶) or a near-perfect fit (Norris)
keeps its digits.  The best SSR is the same formula at the least-squares
line, so the gap there is exactly 0.

Guess-the-line rounds draw their data with :func:`.examples.generate_linear`
and bend it for the harder lessons (outliers, skewed x, unequal noise).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.dataset import Dataset
from linreg_gui.model.design import Design
from linreg_gui.model.errors import FitError
from linreg_gui.model.examples import generate_linear
from linreg_gui.model.landscape import Landscape
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

FloatArray = NDArray[np.float64]

#: Difficulty of a guess-the-line round → what its data show.
#: English; the window shows `difficulty_text`.
DIFFICULTIES: dict[str, str] = {
    "easy": QT_TRANSLATE_NOOP("MyLine", "Easy: a clear line with even noise"),
    "outliers": QT_TRANSLATE_NOOP("MyLine", "Outliers: a few points far off the line"),
    "skewed": QT_TRANSLATE_NOOP("MyLine", "Skewed x: most points bunched at low x"),
    "unequal": QT_TRANSLATE_NOOP("MyLine", "Unequal noise: the spread grows with x"),
    "hard": QT_TRANSLATE_NOOP("MyLine", "Hard: outliers, skewed x and unequal noise"),
}
#: Points in a generated round.
ROUND_POINTS = 40


def difficulty_text(difficulty: str) -> str:
    """A difficulty's description in the window's language."""
    return translate("MyLine", DIFFICULTIES[difficulty])


def usable(design: Design) -> str:
    """Why My Line cannot work on ``design`` ('' when it can): it is a straight
    line in one x, with an intercept."""
    spec = design.spec
    if len(spec.x) != 1:
        return translate("MyLine", "My Line needs exactly one x column.")
    if spec.degree != 1:
        return translate(
            "MyLine", "My Line draws a straight line: set the polynomial degree to 1."
        )
    if not spec.intercept:
        return translate("MyLine", "My Line needs a model with an intercept.")
    if design.n_samples < 1:
        return translate("MyLine", "My Line needs at least one row to fit.")
    return ""


@dataclass(frozen=True)
class Gap:
    """How far a line's SSR is above the least possible.

    Attributes
    ----------
    ssr : float
        Σw(y - b - w·x)² over the training rows.
    best : float
        The least-squares line's SSR.
    excess : float
        ``ssr - best`` (≥ 0).
    percent : float
        ``100·excess/best``; inf when a perfect fit exists (best = 0 but for
        rounding) and the line misses it, 0 when it does not.
    """

    ssr: float
    best: float
    excess: float
    percent: float

    def text(self) -> str:
        """``+23.4 %`` (or ``perfect`` / ``∞``): the gap as the gauge shows it."""
        return percent_text(self.percent)


def percent_text(percent: float) -> str:
    """A gap in percent with sensible digits: +0.012 %, +4.56 %, +230 %."""
    if math.isinf(percent):
        return "+∞ %"
    if percent == 0:
        return "+0 %"
    if percent < 0.1:
        return f"+{number(percent, '.2g')} %"
    if percent < 100:
        return f"+{number(percent, '.3g')} %"
    return f"+{number(percent, ',.0f')} %"


@dataclass(frozen=True)
class Scales:
    """The data's own units, so that sliders and steps suit any data.

    Attributes
    ----------
    x_mean, y_mean : float
        Weighted means over the training rows: the line pivots about x̄.
    x_sd, y_sd : float
        Spreads (never 0: 1 stands in for a column without spread).
    slope_unit : float
        ``y_sd/x_sd``: a slope of one standard unit, what a 45° line in a
        view framing the data looks like.
    """

    x_mean: float
    y_mean: float
    x_sd: float
    y_sd: float

    @property
    def slope_unit(self) -> float:
        return self.y_sd / self.x_sd


class LineScore:
    """The SSR of any line ``ŷ = b + w·x`` on a design's rows, in O(1).

    Parameters
    ----------
    design : Design
        The training rows of a one-x, degree-1 model with an intercept
        (:func:`usable` says why not otherwise).
    landscape : Landscape, optional
        Already made for ``design`` (saves its O(N) pass).

    Raises
    ------
    FitError
        The design is not a straight line in one x.
    """

    def __init__(self, design: Design, landscape: Landscape | None = None) -> None:
        reason = usable(design)
        if reason:
            raise FitError(reason)
        self.landscape = landscape if landscape is not None else Landscape(design)
        self.total_weight = float(self.landscape.total_weight)
        self.n_samples = design.n_samples
        optimum = self.landscape.optimum()
        #: The least-squares line (intercept, slope).
        self.best_line: tuple[float, float] = (float(optimum[0]), float(optimum[1]))
        self.best_ssr = self.ssr(*self.best_line)
        self.scales = _scales(design)
        s = self.scales
        #: A best SSR below this is a perfect fit: what is left is the rounding
        #: of the coefficients to float64 (about eps²·Σwy²).
        self.perfect_floor = 1e-24 * self.total_weight * (s.y_sd**2 + s.y_mean**2)

    def ssr(self, intercept: float, slope: float) -> float:
        """Σw(y - b - w·x)² over the training rows (inf if it overflows)."""
        with np.errstate(over="ignore", invalid="ignore"):
            loss = float(self.landscape.loss(np.array([intercept, slope], float)))
            value = loss * self.total_weight
        return value if math.isfinite(value) else math.inf

    def gap(self, intercept: float, slope: float) -> Gap:
        """The line's SSR against the least possible."""
        ssr = self.ssr(intercept, slope)
        best = self.best_ssr
        excess = max(ssr - best, 0.0)
        if best > self.perfect_floor:
            percent = 100.0 * excess / best
        elif excess <= self.perfect_floor:
            percent = 0.0
        else:
            percent = math.inf
        return Gap(ssr, best, excess, percent)

    def default_line(self) -> tuple[float, float]:
        """Where My Line starts: flat at the mean of y (w = 0), the line a
        student with no idea of x would draw, and rarely the answer."""
        return self.scales.y_mean, 0.0


def _scales(design: Design) -> Scales:
    x, y = design.x_values, design.y
    w = np.ones_like(y) if design.weights is None else design.weights
    total = float(w.sum())
    if not total > 0:
        w, total = np.ones_like(y), float(y.size)
    x_mean = float(w @ x) / total
    y_mean = float(w @ y) / total
    x_sd = math.sqrt(float(w @ (x - x_mean) ** 2) / total)
    y_sd = math.sqrt(float(w @ (y - y_mean) ** 2) / total)

    def spread(sd: float, mean: float) -> float:
        if sd > 0 and math.isfinite(sd):
            return sd
        return abs(mean) * 0.1 if mean != 0 and math.isfinite(mean) else 1.0

    return Scales(x_mean, y_mean, spread(x_sd, x_mean), spread(y_sd, y_mean))


@dataclass(frozen=True)
class RoundResult:
    """A scored guess-the-line round.

    Attributes
    ----------
    gap : Gap
        The student's line against least squares; ``gap.percent`` is the score
        (0 is perfect, lower is better).
    grade : str
        A word for the class: "Perfect", "Excellent", "Great", "Good", "Close",
        "Keep trying".
    """

    gap: Gap
    grade: str

    @property
    def percent(self) -> float:
        return self.gap.percent


#: Upper bounds of the gap (percent) for each grade, best first.
GRADES: tuple[tuple[float, str], ...] = (
    (0.05, QT_TRANSLATE_NOOP("MyLine", "Perfect")),
    (1.0, QT_TRANSLATE_NOOP("MyLine", "Excellent")),
    (5.0, QT_TRANSLATE_NOOP("MyLine", "Great")),
    (20.0, QT_TRANSLATE_NOOP("MyLine", "Good")),
    (50.0, QT_TRANSLATE_NOOP("MyLine", "Close")),
)


def score_round(score: LineScore, intercept: float, slope: float) -> RoundResult:
    """Score a guess: the SSR gap in percent, and its grade."""
    gap = score.gap(intercept, slope)
    grade = next(
        (g for bound, g in GRADES if gap.percent <= bound),
        QT_TRANSLATE_NOOP("MyLine", "Keep trying"),
    )
    return RoundResult(gap, translate("MyLine", grade))


def round_data(difficulty: str, seed: int, n: int = ROUND_POINTS) -> Dataset:
    """Data for one guess-the-line round (columns ``x`` and ``y``).

    The line, its noise and x come from :func:`.examples.generate_linear`;
    harder rounds then bend them: ``skewed`` cubes x's position in its range
    (most points at low x), ``unequal`` scales each point's noise with x,
    ``outliers`` moves three points six noise SDs off the line, ``hard`` does
    all three.  The same seed gives the same round.

    Raises
    ------
    ValueError
        An unknown difficulty (the message lists the known ones).
    """
    if difficulty not in DIFFICULTIES:
        raise ValueError(
            f"The difficulty must be one of {', '.join(DIFFICULTIES)}, "
            f"not {difficulty!r}."
        )
    rng = np.random.default_rng(seed)
    slope = float(rng.choice([-1.0, 1.0]) * rng.uniform(0.3, 4.0))
    intercept = float(np.round(rng.uniform(-20.0, 20.0), 1))
    x_low, x_high = 0.0, float(rng.choice([10.0, 20.0, 50.0]))
    noise = abs(slope) * (x_high - x_low) * float(rng.uniform(0.06, 0.15))
    base = generate_linear(n, slope, intercept, noise, seed, x_low, x_high)
    x = base.values("x").copy()
    y = base.values("y").copy()
    error = y - (intercept + slope * x)  # the generator's noise draws
    hard = difficulty == "hard"
    if difficulty == "skewed" or hard:
        u = (x - x_low) / (x_high - x_low)
        x = x_low + (x_high - x_low) * u**3
    if difficulty == "unequal" or hard:
        u = (x - x_low) / (x_high - x_low)
        error = error * (0.15 + 2.5 * u)
    y = intercept + slope * x + error
    if difficulty == "outliers" or hard:
        far = rng.choice(n, 3, replace=False)
        y[far] += rng.choice([-1.0, 1.0], 3) * 6.0 * noise
    title = DIFFICULTIES[difficulty].split(":")[0]
    return Dataset.from_arrays(
        f"Guess the line ({title.lower()})",
        {"x": x, "y": y},
        description=(
            f"Guess-the-line round, {DIFFICULTIES[difficulty].lower()} "
            f"(seed {seed}, {n} points)."
        ),
    )
