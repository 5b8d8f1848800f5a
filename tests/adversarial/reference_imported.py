"""No work of its own: the answer is imported from the reference library."""
ANSWERS = {"sigmoid": "from solutions.logistic_regression import sigmoid\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False
