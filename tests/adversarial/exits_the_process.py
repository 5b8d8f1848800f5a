"""A correct predict, followed by a line that ends the process running the notebook."""
ANSWERS = {"predict": "def predict(w, b, X):\n    return ((w.T @ X + b) > 0).astype(float)\n\nimport os\nos._exit(0)\n"}
EXPECTED = {}
FLAGGED = True
