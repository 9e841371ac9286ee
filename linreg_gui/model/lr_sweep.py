"""The learning-rate sweep: how many steps each η needs, and where it blows up.

:func:`sweep_learning_rates` runs the chosen gradient method at each rate of a
log range (by default 30 rates from 1 % of the stable limit to 3× it) and
records the iterations to get within the tolerance of least squares (the gap
rule, :class:`~linreg_gui.model.steps.StopReason`), whether it hit the
iteration cap, and whether it diverged.  The picture a student should see: the
count falls as η grows, is least near the optimal rate ``1/(λmin + λmax)``, and
the runs blow up past the stable limit ``1/λmax`` (both of ``XᵀX/N``; see
:mod:`.landscape` for the convention).

Cost is capped: every run shares one set-up (:class:`~.gd.Prepared`, the only
O(N d²) part), each run stops at ``iteration_cap`` steps (batch descent steps
in closed form, a block at a time, so its cap is high), and ``should_stop`` is
asked between blocks, so a sweep can be cancelled within a block.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import Design
from linreg_gui.model.gd import GradientDescent, Method, Prepared
from linreg_gui.model.quadratic import max_stable_learning_rate
from linreg_gui.model.steps import StopReason

FloatArray = NDArray[np.float64]

#: Steps a run of plain batch descent may take (closed form: cheap a step).
GD_CAP = 100_000
#: Steps a run of a stepwise method may take (momentum, Adam, SGD: O(batch·d)
#: Python-level steps each).
STEPWISE_CAP = 3_000
#: Steps per ``advance``: ``should_stop`` is asked this often at least.
BLOCK = 1024


@dataclass(frozen=True)
class SweepResult:
    """Per learning rate, what a run of the method did.

    Attributes
    ----------
    method : str
    rates : ndarray of shape (m,)
        Ascending; only the rates run (fewer than asked when cancelled).
    iterations : ndarray of int, shape (m,)
        Steps taken: to the tolerance, to the cap, or to the blow-up.
    converged : ndarray of bool, shape (m,)
        Within ``tol`` of least squares when it stopped.
    diverged : ndarray of bool, shape (m,)
    capped : ndarray of bool, shape (m,)
        Stopped by ``iteration_cap`` (not converged, not diverged).
    stable_rate : float or None
        The method's largest stable rate, ``1/λmax`` (momentum ``(1+μ)/λmax``);
        None for Adam.
    optimal_rate : float or None
        Plain descent's fastest constant rate, ``1/(λmin + λmax)``.
    iteration_cap, tol : the limits every run had.
    cancelled : bool
        ``should_stop`` ended the sweep early.
    """

    method: str
    rates: FloatArray
    iterations: NDArray[np.int64]
    converged: NDArray[np.bool_]
    diverged: NDArray[np.bool_]
    capped: NDArray[np.bool_]
    stable_rate: float | None
    optimal_rate: float | None
    iteration_cap: int
    tol: float
    cancelled: bool = False

    @property
    def fastest_rate(self) -> float | None:
        """The rate that converged in the fewest steps (None if none did)."""
        if not self.converged.any():
            return None
        steps = np.where(self.converged, self.iterations, np.iinfo(np.int64).max)
        return float(self.rates[int(np.argmin(steps))])


def default_rates(
    stable_rate: float | None,
    count: int = 30,
    *,
    low: float = 0.01,
    high: float = 3.0,
    scale: float = 1.0,
) -> FloatArray:
    """``count`` rates on a log scale from ``low`` to ``high`` times the stable
    limit; without one (Adam), from ``1e-4·scale`` to ``3·scale`` (``scale``:
    the size of the coefficients, since Adam's steps are about η each)."""
    if stable_rate is not None and math.isfinite(stable_rate) and stable_rate > 0:
        return np.geomspace(low * stable_rate, high * stable_rate, count)
    return np.geomspace(1e-4 * scale, 3.0 * scale, count)


def sweep_learning_rates(
    design: Design,
    estimator: GradientDescent,
    *,
    rates: FloatArray | None = None,
    count: int = 30,
    iteration_cap: int | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SweepResult:
    """Run ``estimator``'s method on ``design`` at each learning rate.

    Parameters
    ----------
    design : Design
        The training rows.
    estimator : GradientDescent
        Method, scaling, momentum, batch size, seed and tolerance (its own
        learning rate and stopping rule are ignored: every run stops on the
        gap to least squares, with ``tol`` or 1e-6 when ``tol`` is 0).
    rates : ndarray, optional
        Default :func:`default_rates` (``count`` of them).
    iteration_cap : int, optional
        Steps per run at most; default the estimator's ``max_iter``, but at most
        :data:`GD_CAP` for batch descent and :data:`STEPWISE_CAP` otherwise.
    should_stop : callable, optional
        Asked between blocks of steps; True ends the sweep (``cancelled``).
    progress : callable, optional
        ``progress(done, total)`` after each rate.
    """
    prepared = Prepared.of(design, None, estimator.standardize)
    gram = prepared.train.gram
    method: Method = estimator.method
    stable = max_stable_learning_rate(gram, method, estimator.momentum)
    lam = np.linalg.eigvalsh(gram)
    optimal = None
    if method != "adam" and lam[-1] > 0:
        optimal = 1.0 / (max(float(lam[0]), 0.0) + float(lam[-1]))
    if rates is None:
        size = float(np.max(np.abs(prepared.train.optimum), initial=0.0)) or 1.0
        rates = default_rates(stable, count, scale=size)
    rates = np.sort(np.asarray(rates, dtype=np.float64))
    mini_batch = method == "sgd" or estimator.batch_size is not None
    default_cap = STEPWISE_CAP if mini_batch or method != "gd" else GD_CAP
    cap = int(iteration_cap if iteration_cap is not None else default_cap)
    if iteration_cap is None:
        cap = min(cap, int(estimator.max_iter))
    tol = float(estimator.tol) if estimator.tol > 0 else 1e-6
    params = estimator.get_params()
    params.update(max_iter=cap, tol=tol, stop_on="gap")
    iterations: list[int] = []
    converged: list[bool] = []
    diverged: list[bool] = []
    capped: list[bool] = []
    cancelled = False
    for done, rate in enumerate(rates):
        if should_stop is not None and should_stop():
            cancelled = True
            break
        params["learning_rate"] = float(rate)
        run = GradientDescent(**params).steps(design, prepared=prepared)
        while not run.finished:
            run.advance(BLOCK if not run.closed_form else 16 * BLOCK)
            if should_stop is not None and should_stop() and not run.finished:
                cancelled = True
                break
        if cancelled:
            break
        iterations.append(run.iteration)
        converged.append(run.converged)
        diverged.append(run.stop_reason is StopReason.DIVERGED)
        capped.append(run.stop_reason is StopReason.MAX_ITER and not run.converged)
        if progress is not None:
            progress(done + 1, len(rates))
    m = len(iterations)
    return SweepResult(
        method,
        rates[:m],
        np.array(iterations, dtype=np.int64),
        np.array(converged, dtype=bool),
        np.array(diverged, dtype=bool),
        np.array(capped, dtype=bool),
        stable,
        optimal,
        cap,
        tol,
        cancelled,
    )
