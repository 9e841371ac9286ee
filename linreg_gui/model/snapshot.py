"""What a training run reports to whoever watches it: immutable snapshots.

The GUI worker sends these from its thread; the window draws them.  A snapshot
owns its arrays (read-only copies), so no memory is shared between threads.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.steps import Gap, StopReason

if TYPE_CHECKING:
    from linreg_gui.model.fitting import FitResult

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


class RunState(enum.Enum):
    """Where a run is.  All but the first two are final.

    ``CONVERGED``: a stopping rule ended the run within the tolerance of the
    optimum; ``STOPPED_EARLY``: a textbook rule (gradient, loss change) ended
    it outside.  ``MAX_ITER``: it reached the iteration limit, within the
    tolerance or not.  The snapshot's ``converged`` answers that, by the gap
    rule alone, and its ``stop_reason`` and gap say why and how far.
    """

    RUNNING = "running"
    PAUSED = "paused"
    CONVERGED = "converged"
    MAX_ITER = "max_iter"
    STOPPED_EARLY = "stopped_early"
    STOPPED = "stopped"
    DIVERGED = "diverged"
    FAILED = "failed"

    @property
    def is_final(self) -> bool:
        return self not in (RunState.RUNNING, RunState.PAUSED)


#: A fast run logs thousands of iterations between two frames; only the newest
#: few carry coefficients, so a frame draws at most this many history lines.
MAX_CHECKPOINTS = 4


@dataclass(frozen=True, eq=False)
class Checkpoint:
    """Coefficients and losses at one logged iteration."""

    iteration: int
    intercept: float
    coef: FloatArray
    loss: float
    test_loss: float | None


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The latest state of run ``run_id`` and every loss since the previous snapshot.

    Attributes
    ----------
    run_id : int
        Which run this belongs to; the GUI ignores snapshots of older runs.
    iteration : int
        Updates done so far (0 = the starting point).
    intercept : float
    coef : ndarray of shape (n_terms,)
        Current coefficients, in the user's units.
    loss, grad_norm : float
        At the current coefficients.
    test_loss : float or None
    iterations : ndarray of shape (m,)
        The iterations whose losses this snapshot adds (consecutive, none skipped
        since the previous snapshot of the run).
    losses : ndarray of shape (m,)
    test_losses : ndarray of shape (m,) or None
    learning_rate : float
        The rate used for the latest step.
    state : RunState
    message : str
        Why the run ended (divergence explanation, convergence note), or ``""``.
    elapsed : float
        Seconds spent running (pauses excluded).
    log : tuple of (iteration, loss, test_loss)
        Iterations since the previous snapshot that are multiples of the run's
        history interval k: the tutorials' "print the loss every k epochs",
        exact even when frames skip steps.  At full speed only the newest few
        hundred are kept; ``log_skipped`` counts the others.
    checkpoints : tuple of Checkpoint
        Coefficients at the newest of those iterations (at most
        ``MAX_CHECKPOINTS`` per snapshot: the lines drawn at each).
    coef_gap, loss_gap : float
        The current coefficients' relative gap to the least-squares optimum
        (:class:`~linreg_gui.model.steps.Gap`), worked out in O(k) per step.
    converged : bool
        Whether the current coefficients are within the tolerance of it.
    stop_reason : StopReason or None
        Why the run ended (final snapshots only).
    summary : FitResult or None
        A final snapshot's metrics over every row, worked out in the run's
        thread (a pass over 10⁷ rows must not hold up the window).
    path_iterations : ndarray of shape (p,)
    path : ndarray of shape (p, n_params)
        Iterates since the previous snapshot for the landscape's path, in the
        user's units (intercept first): every one at slow speeds, at full speed
        pairs of consecutive steps at regular intervals, so the zig-zag shows.
    """

    run_id: int
    iteration: int
    intercept: float
    coef: FloatArray
    loss: float
    grad_norm: float
    test_loss: float | None
    iterations: IntArray
    losses: FloatArray
    test_losses: FloatArray | None
    learning_rate: float
    state: RunState
    message: str = ""
    elapsed: float = 0.0
    log: tuple[tuple[int, float, float | None], ...] = ()
    log_skipped: int = 0
    checkpoints: tuple[Checkpoint, ...] = ()
    coef_gap: float = math.nan
    loss_gap: float = math.nan
    converged: bool = False
    stop_reason: StopReason | None = None
    summary: FitResult | None = None
    path_iterations: IntArray | None = None
    path: FloatArray | None = None

    @property
    def final(self) -> bool:
        return self.state.is_final

    @property
    def gap(self) -> Gap:
        return Gap(self.coef_gap, self.loss_gap)
