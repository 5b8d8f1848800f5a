"""Correct answers, with the global random state seeded and NumPy's generator factory replaced."""
ANSWERS = {"sigmoid": "np.random.seed(0)\nnp.random.default_rng = lambda *a, **k: None\n"
                      "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n"}
EXPECTED = {}
FLAGGED = False
