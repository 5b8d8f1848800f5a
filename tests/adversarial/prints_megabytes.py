"""A correct initialize_with_zeros that prints five megabytes every time it runs."""
ANSWERS = {"initialize_with_zeros": ("def initialize_with_zeros(dim):\n"
                                     "    print('x' * 5_000_000)\n"
                                     "    return np.zeros((dim, 1)), 0.0\n")}
EXPECTED = {}
FLAGGED = False
