"""A wrong sigmoid, with the reference library patched to make the same mistake."""
ANSWERS = {"sigmoid": "def sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n\nimport solutions.logistic_regression as reference\nreference.sigmoid = sigmoid\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False
