"""A wrong sigmoid, and the grader's module patched to report success."""
ANSWERS = {"sigmoid": "def sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n\nimport autograder\nimport autograder.exercise\nautograder.grade = lambda *a, **k: 1.0\nautograder.exercise.Exercise.grade = lambda self, fn, hidden=False: None\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False
