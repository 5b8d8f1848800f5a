"""predict returns a Python list, and initialize_with_zeros returns b as the int 0."""
ANSWERS = {"predict": "def predict(w, b, X):\n    return [[1.0 if v > 0 else 0.0 for v in (w.T @ X + b)[0]]]\n",
           "initialize_with_zeros": "def initialize_with_zeros(dim):\n    return np.zeros((dim, 1)), 0\n"}
EXPECTED = {"predict-test": "in-process", "initialize_with_zeros-test": "in-process"}
FLAGGED = False
