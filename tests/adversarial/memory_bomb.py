"""sigmoid asks for an array of 8 TB."""
ANSWERS = {"sigmoid": "def sigmoid(z):\n    scratch = np.ones((10**6, 10**6))\n    return 1 / (1 + np.exp(-z))\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False
