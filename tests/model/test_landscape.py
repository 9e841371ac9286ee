"""The loss landscape against brute force: exact rationals, direct sums, the
project's own ridge and lasso."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from linreg_gui.model.design import Design, DesignSpec, build_design
from linreg_gui.model.landscape import (
    Landscape,
    coefficient_path,
    contour_levels,
    penalised_solution,
    penalty_region,
)
from linreg_gui.model.quadratic import gram_matrix, max_stable_learning_rate
from linreg_gui.model.solvers import Lasso, Ridge
from tests.nist import MODELS, read


def nist_design(name: str) -> Design:
    certified = read(name)
    degree, intercept = MODELS[name]
    if degree is None:
        names = tuple(f"x{j}" for j in range(certified.X.shape[1]))
        columns = {n: certified.X[:, j] for j, n in enumerate(names)}
        spec = DesignSpec(names, "y", 1, intercept)
    else:
        columns = {"x": certified.X[:, 0]}
        spec = DesignSpec(("x",), "y", degree, intercept)
    columns["y"] = certified.y
    return build_design(columns, spec)[0]


def exact_loss(design: Design, beta: np.ndarray) -> Fraction:
    """The training MSE at float coefficients, in exact rational arithmetic."""
    n0 = int(design.intercept)
    coef = [Fraction(float(v)) for v in beta]
    total = Fraction(0)
    for r in range(design.n_samples):
        fitted = coef[0] if n0 else Fraction(0)
        for j in range(design.n_terms):
            fitted += coef[j + n0] * Fraction(float(design.X[r, j]))
        total += (Fraction(float(design.y[r])) - fitted) ** 2
    return total / design.n_samples


def random_design(n: int = 80, d: int = 3, seed: int = 0, **spec: object) -> Design:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)) * [1.0, 10.0, 0.1][:d] + [5.0, -200.0, 3.0][:d]
    X[:, -1] += 0.5 * X[:, 0]  # correlated terms: a tilted landscape
    y = 2.0 + X @ rng.normal(size=d) + rng.normal(size=n)
    names = tuple(f"x{j}" for j in range(d))
    columns = {name: X[:, j] for j, name in enumerate(names)} | {"y": y}
    if "weights" in spec:
        columns["w"] = rng.uniform(0.5, 2.0, n)
    return build_design(columns, DesignSpec(names, "y", **spec))[0]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name", ["Norris", "Longley", "Wampler1", "Wampler2", "Wampler4", "Pontius"]
)
def test_grid_is_exact_to_1e_12_on_nist_data(name: str) -> None:
    """Large offsets (Longley's years), perfect fits (Wampler1, 2), raw powers:
    every grid value within 1e-12 of the exact loss at those coefficients."""
    design = nist_design(name)
    landscape = Landscape(design)
    optimum = landscape.optimum()
    pairs = [(0, 1), (1, 2)] if design.n_params > 2 else [(0, 1)]
    for i, j in pairs:
        xs = optimum[i] * np.array([0.9, 0.999, 1.0, 1.0001, 1.2])
        ys = optimum[j] * np.array([0.95, 1.0, 1.001, 1.1])
        at = optimum * 1.0001  # the others held off the optimum: a slice
        z = landscape.grid(i, j, xs, ys, at=at)
        assert z.shape == (4, 5)
        for r, c in [(0, 0), (1, 1), (1, 2), (2, 3), (3, 4)]:
            point = at.copy()
            point[i], point[j] = xs[c], ys[r]
            exact = exact_loss(design, point)
            error = abs(Fraction(float(z[r, c])) - exact) / exact
            assert error < 1e-12, (name, i, j, r, c, float(error))
            assert float(landscape.loss(point)) == pytest.approx(z[r, c], rel=1e-13)


def test_standardised_grid_matches_direct_sums_and_maps_back() -> None:
    design = random_design(weights="w")
    landscape = Landscape(design)
    basis = design.standardized_basis()
    A = np.column_stack([np.ones(design.n_samples), basis.matrix])
    w = design.weights
    assert w is not None
    theta = landscape.optimum(standardized=True)
    xs = theta[1] + np.linspace(-2, 2, 7)
    ys = theta[3] + np.linspace(-1, 3, 6)
    z = landscape.grid(1, 3, xs, ys, standardized=True)
    for r, y_value in enumerate(ys):
        for c, x_value in enumerate(xs):
            point = theta.copy()
            point[1], point[3] = x_value, y_value
            direct = w @ (design.y - A @ point) ** 2 / w.sum()
            assert z[r, c] == pytest.approx(direct, rel=1e-11)
            user = landscape.to_user(point, standardized=True)
            assert float(landscape.loss(user)) == pytest.approx(direct, rel=1e-11)
            np.testing.assert_allclose(
                landscape.to_coordinates(user, standardized=True), point, rtol=1e-12
            )


def test_gradient_is_the_textbook_gradient_in_each_basis() -> None:
    design = random_design()
    landscape = Landscape(design)
    A = np.column_stack([np.ones(design.n_samples), design.X])
    beta = np.array([1.0, -0.5, 0.25, 2.0])
    textbook = -2 / design.n_samples * A.T @ (design.y - A @ beta)
    np.testing.assert_allclose(landscape.gradient(beta), textbook, rtol=1e-9)
    basis = design.standardized_basis()
    S = np.column_stack([np.ones(design.n_samples), basis.matrix])
    theta = landscape.to_coordinates(beta, standardized=True)
    std = -2 / design.n_samples * S.T @ (design.y - S @ theta)
    np.testing.assert_allclose(
        landscape.gradient(theta, standardized=True), std, rtol=1e-9, atol=1e-12
    )


def test_curvature_rates_follow_the_apps_convention() -> None:
    """The stable rate is 1/λmax of XᵀX/N (what the run and its message use),
    the optimal 1/(λmin + λmax): the MSE's Hessian is 2XᵀX/N."""
    design = random_design()
    landscape = Landscape(design)
    for standardized in (False, True):
        basis = design.working_basis(standardized)
        gram = gram_matrix(basis.matrix, None, True)
        lam = np.linalg.eigvalsh(gram)
        curvature = landscape.curvature(standardized)
        assert curvature.stable_rate == pytest.approx(
            max_stable_learning_rate(gram, "gd"), rel=1e-10
        )
        assert curvature.optimal_rate == pytest.approx(1 / (lam[0] + lam[-1]), 1e-8)
        assert curvature.condition_number == pytest.approx(lam[-1] / lam[0], 1e-6)
    raw, std = landscape.curvature(), landscape.curvature(True)
    assert raw.condition_number > 1e3 > std.condition_number


def test_one_x_standardised_landscape_is_round() -> None:
    x = np.linspace(1000, 1100, 50)
    design, _ = build_design({"x": x, "y": 3 * x + 7}, DesignSpec(("x",), "y"))
    landscape = Landscape(design)
    assert landscape.curvature(True).condition_number == pytest.approx(1.0)
    assert landscape.curvature().condition_number > 1e9


def test_window_holds_optimum_start_and_path() -> None:
    design = random_design(d=2)
    landscape = Landscape(design)
    path = np.array([[3.0, 0.2, 9.0], [-40.0, 1.0, 1.0]])
    window = landscape.window(0, 2, path=path)
    optimum = landscape.optimum()
    for point in [optimum, np.zeros(3), *path]:
        assert window.contains(point[0], point[2])
    descent = landscape.window(0, 1, contain_descent=True)
    # a batch-GD run below the stable rate never leaves it
    from linreg_gui.model.gd import GradientDescent

    curvature = landscape.curvature()
    run = GradientDescent(
        learning_rate=0.9 * curvature.stable_rate, max_iter=3000, tol=0
    ).steps(design)
    while not run.finished:
        block = run.advance(1000)
        for b, w in zip(block.intercepts, block.coefs[:, 0], strict=True):
            assert descent.contains(b, w)
    xs, ys = descent.axes(20, 10)
    z = landscape.grid(0, 1, xs, ys)
    levels = contour_levels(landscape, z, 8)
    assert len(levels) == 8 and np.all(np.diff(levels) > 0)


@pytest.mark.parametrize("standardize", [False, True])
def test_penalised_paths_match_the_projects_ridge_and_lasso(standardize: bool) -> None:
    design = random_design(weights="w")
    landscape = Landscape(design)
    for alpha in (0.01, 1.0, 30.0):
        ridge = Ridge(alpha=alpha, standardize=standardize).fit(design).params_
        np.testing.assert_allclose(
            penalised_solution(landscape, "ridge", alpha, standardize=standardize),
            ridge,
            rtol=1e-8,
            atol=1e-9,
        )
    for alpha in (0.001, 0.05, 0.5):
        lasso = Lasso(alpha=alpha, standardize=standardize, tol=1e-12).fit(design)
        ours = penalised_solution(landscape, "lasso", alpha, standardize=standardize)
        np.testing.assert_allclose(ours, lasso.params_, rtol=1e-6, atol=1e-7)
    path = coefficient_path(landscape, "lasso", standardize=standardize, count=20)
    assert path.coefs.shape == (20, 4) and np.all(np.diff(path.alphas) > 0)
    np.testing.assert_allclose(path.coefs[-1, 1:], 0.0, atol=1e-12)  # all zeroed
    ridge_path = coefficient_path(landscape, "ridge", standardize=standardize)
    shrink = np.abs(ridge_path.coefs[:, 1:]).sum(axis=1)
    assert shrink[0] > shrink[-1]


def test_penalty_regions_touch_the_solution() -> None:
    design = random_design(d=3)
    landscape = Landscape(design)
    for kind, order in (("ridge", 2), ("lasso", 1)):
        for standardized in (False, True):
            region = penalty_region(
                landscape,
                kind,  # type: ignore[arg-type]
                0.2 if kind == "lasso" else 50.0,
                1,
                2,
                standardize=True,
                standardized=standardized,
            )
            # the edge passes through the solution's plotted coefficients
            solution = region.solution[[1, 2]]
            gaps = np.linalg.norm(region.boundary - solution, axis=1)
            scale = np.abs(region.boundary).max()
            if kind == "ridge":
                assert gaps.min() < 1e-2 * scale
            std = landscape.to_coordinates(
                landscape.to_user(region.solution, standardized), True
            )
            assert region.radius == pytest.approx(
                np.linalg.norm(std[1:], ord=order), rel=1e-9
            )
            # in the penalty's own units, the edge is a circle or a diamond
            if standardized:
                r = np.linalg.norm(region.boundary, ord=order, axis=1)
                np.testing.assert_allclose(r, np.linalg.norm(std[1:3], ord=order))
    band = penalty_region(landscape, "ridge", 5.0, 0, 2)
    assert np.isnan(band.boundary).any(axis=1).sum() == 1
    assert np.nanmax(np.abs(band.boundary[:, 1])) == pytest.approx(
        abs(band.solution[2])
    )


def test_grid_of_a_million_rows_costs_no_pass_over_them() -> None:
    rng = np.random.default_rng(1)
    n = 200_000
    x = rng.uniform(0, 100, n)
    design, _ = build_design(
        {"x": x, "y": 2 + 0.5 * x + rng.normal(size=n)}, DesignSpec(("x",), "y")
    )
    landscape = Landscape(design)
    xs, ys = landscape.window(0, 1).axes()
    z = landscape.grid(0, 1, xs, ys)
    assert z.shape == (200, 200) and np.isfinite(z).all()
    r, c = 17, 123
    direct = np.mean((design.y - ys[r] * x - xs[c]) ** 2)
    assert z[r, c] == pytest.approx(direct, rel=1e-10)


def test_steps_to_shrink_the_error_follow_the_condition_number() -> None:
    """What the landscape says beside κ: the fastest rate's steps for a
    million-fold smaller error, log(10⁶)/-log((κ-1)/(κ+1)), one for a round bowl."""
    import math

    from linreg_gui.model.landscape import Curvature

    def steps(kappa: float) -> float:
        return Curvature(
            "raw", np.array([1.0, kappa]), 1.0, 0.5, kappa
        ).steps_to_shrink()

    assert steps(1.0) == 1
    assert steps(12.2) == math.ceil(math.log(1e6) / -math.log(11.2 / 13.2))
    assert steps(1000.0) > 100 * steps(12.2) / 20
    assert math.isinf(steps(math.inf))
