"""A wrong sigmoid, with builtins the grader might use rebound."""
ANSWERS = {"sigmoid": "import builtins\nbuiltins.all = lambda *a: True\nbuiltins.abs = lambda x: 0\nbuiltins.any = lambda *a: False\ndef sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False
