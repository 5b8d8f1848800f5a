"""A notebook that rebinds NumPy's functions cannot change a verdict: the grader reads its own snapshot (_np).

In a student's kernel the checks run in the interpreter of the notebook, where ``np.allclose = lambda *a, **k:
True`` rebinds the attribute on the one shared numpy module.
"""
import contextlib
import importlib
import types

import numpy
import pytest

import autograder
from autograder import _np
from autograder.checks import MODULES
from autograder.exercise import REGISTRY
from conftest import full_report

_TRUE_NUMPY = {"allclose": numpy.allclose, "isfinite": numpy.isfinite}
_TRUE_NORM = numpy.linalg.norm


def _all_finite(x, *args, **kwargs):
    return numpy.ones(numpy.shape(x), dtype=bool)


@contextlib.contextmanager
def lying_numpy():
    """np.allclose always True, np.isfinite all True and np.linalg.norm always 0.0, as a notebook could set them."""
    numpy.allclose = lambda *args, **kwargs: True
    numpy.isfinite = _all_finite
    numpy.linalg.norm = lambda *args, **kwargs: 0.0
    try:
        yield
    finally:
        for name, value in _TRUE_NUMPY.items():
            setattr(numpy, name, value)
        numpy.linalg.norm = _TRUE_NORM


def _unnormalised_softmax(Z):
    return numpy.exp(Z - Z.max(axis=0, keepdims=True))  # finite, but the columns do not sum to 1


def _unshifted_softmax(Z):
    return numpy.exp(Z) / numpy.exp(Z).sum(axis=0, keepdims=True)  # nan for large scores


def _linear_backward_without_1_over_m(dZ, cache):
    A_prev, W, b = cache
    return W.T @ dZ, dZ @ A_prev.T, numpy.sum(dZ, axis=1, keepdims=True) / A_prev.shape[1]


WRONG = [("backpropagation.softmax", _unnormalised_softmax),  # caught by np.allclose in the extra
         ("backpropagation.softmax", _unshifted_softmax),  # caught by np.isfinite in the extra
         ("backpropagation.linear_backward", _linear_backward_without_1_over_m)]  # relative_error: np.linalg.norm


@pytest.mark.parametrize("exercise_id, fn", WRONG, ids=lambda v: getattr(v, "__name__", v))
def test_rebinding_numpy_does_not_change_a_verdict(exercise_id, fn):
    before = full_report(exercise_id, fn)  # also builds the cases, with NumPy as it is
    visible_before = autograder.check(exercise_id, fn)
    with lying_numpy():
        during = full_report(exercise_id, fn)
        visible_during = autograder.check(exercise_id, fn)
    extras = {extra.name for extra in REGISTRY[exercise_id].extras}
    assert before.score < 1 and all(not c.passed for c in before.checks if c.name in extras), str(before)
    assert [(c.name, c.passed) for c in during.checks] == [(c.name, c.passed) for c in before.checks], str(during)
    assert during.score == before.score and visible_during.score == visible_before.score


def test_the_snapshot_keeps_numpy_as_it_was_when_the_grader_was_imported():
    with lying_numpy():
        assert _np.allclose is _TRUE_NUMPY["allclose"] and _np.isfinite is _TRUE_NUMPY["isfinite"]
        assert _np.linalg.norm is _TRUE_NORM and _np.norm is _TRUE_NORM
        assert not _np.allclose([1.0], [2.0])
    # every public function, type and constant (submodules numpy imports on first use, such as numpy.testing,
    # are left out of the snapshot)
    public = {name for name, value in vars(numpy).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)}
    assert public <= set(vars(_np))
    assert isinstance(_np.linalg, types.SimpleNamespace) and isinstance(_np.random, types.SimpleNamespace)
    assert _np.random.default_rng is _np.default_rng and _np.Generator is numpy.random.Generator


@pytest.mark.parametrize("module", MODULES)
def test_the_checks_read_numpy_only_through_the_snapshot(module):
    checks = importlib.import_module(f"autograder.checks.{module}")
    assert all(value is not numpy for value in vars(checks).values())
    assert checks.np is _np
