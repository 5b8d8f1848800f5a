"""Correct answers that write to stderr and raise warnings (nbgrader zeroes a cell with stderr output)."""
ANSWERS = {"sigmoid": ("import sys, warnings\n"
                       "def sigmoid(z):\n"
                       "    print('debugging', file=sys.stderr)\n"
                       "    warnings.warn('just saying')\n"
                       "    return 1 / (1 + np.exp(-z))  # overflows, with a RuntimeWarning, for z = -1e4\n")}
EXPECTED = {}
FLAGGED = False
