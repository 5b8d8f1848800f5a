"""A wrong sigmoid, with NumPy's comparison functions rebound to always agree."""
ANSWERS = {"sigmoid": "np.allclose = lambda *a, **k: True\nnp.array_equal = lambda *a, **k: True\nnp.isclose = lambda *a, **k: True\ndef sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False
