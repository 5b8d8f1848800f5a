"""predict never returns; the lesson's cells that call it hang the notebook's kernel."""
ANSWERS = {"predict": "def predict(w, b, X):\n    while True:\n        pass\n"}
EXPECTED = {"predict-test": 0.0}
FLAGGED = True
