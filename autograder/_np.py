"""NumPy's namespace as it was when the grader was imported: the grader's own copy of every binding.

Student code runs in the same interpreter and may rebind ``np.allclose`` (or ``np.isnan``,
``np.linalg.norm``...) in the notebook, which rebinds the attribute on the one shared ``numpy``
module. The checks, the comparisons and the grader's numerical gradients read NumPy through this module
instead, as ``from .. import _np as np``: every public attribute of ``numpy`` is copied here once, and
``linalg`` and ``random`` are copies of their own (``np.linalg.norm``, ``np.random.default_rng``), so such a
rebinding cannot change a verdict. Array methods and operators cannot be rebound from Python, so they are
safe as they are. The reference library (solutions/) is plain NumPy and does see a rebinding.

Submodules that NumPy imports only on first use (``numpy.testing``, ``numpy.fft``...) are not copied:
the grader does not use them. The short names ``norm``, ``default_rng`` and ``Generator`` are kept
for the grader code that already reads them.
"""
import types

import numpy as _numpy
import numpy.linalg as _linalg
import numpy.random as _random


def _public(module):
    """{name: value} of a module's public attributes that are already bound (nothing is imported here)."""
    bound = vars(module)
    return {name: bound[name] for name in dir(module) if not name.startswith("_") and name in bound}


# the update comes last: it binds names such as ``sum``, ``all`` and ``round`` in this module's globals
_snapshot = _public(_numpy)
_snapshot["linalg"] = types.SimpleNamespace(**_public(_linalg))
_snapshot["random"] = types.SimpleNamespace(**_public(_random))
_snapshot["norm"] = _snapshot["linalg"].norm
_snapshot["default_rng"] = _snapshot["random"].default_rng
_snapshot["Generator"] = _snapshot["random"].Generator
globals().update(_snapshot)
del _snapshot
