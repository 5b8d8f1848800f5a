"""The NumPy functions the grader relies on, bound once when the grader is imported.

Student code runs in the same interpreter and may rebind ``np.allclose`` (or ``np.isnan``...) in
the notebook; the grader only ever calls these private bindings, so such a rebinding cannot
change a verdict. Array methods and operators cannot be rebound from Python, so they are safe.
"""
import numpy as _numpy

ndarray = _numpy.ndarray
generic = _numpy.generic
floating = _numpy.floating
integer = _numpy.integer
bool_ = _numpy.bool_
asarray = _numpy.asarray
array = _numpy.array
zeros_like = _numpy.zeros_like
array_equal = _numpy.array_equal
isfinite = _numpy.isfinite
isnan = _numpy.isnan
absolute = _numpy.absolute
maximum = _numpy.maximum
argmax = _numpy.argmax
unravel_index = _numpy.unravel_index
sqrt = _numpy.sqrt
errstate = _numpy.errstate
issubdtype = _numpy.issubdtype
default_rng = _numpy.random.default_rng
Generator = _numpy.random.Generator
norm = _numpy.linalg.norm
