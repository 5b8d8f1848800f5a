"""A wrong sigmoid, and the notebook's own check() and grade() replaced by functions that give full marks."""
ANSWERS = {"sigmoid": "def sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n\ndef grade(*args, **kwargs):\n    return 1.0\n\ndef check(*args, **kwargs):\n    return 'all good'\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False
