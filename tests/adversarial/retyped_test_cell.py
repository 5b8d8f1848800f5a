"""A wrong sigmoid, with its test cell turned into a markdown cell and stripped of its metadata."""
ANSWERS = {"sigmoid": "def sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype=float))  # wrong on purpose\n"}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False


def transform(nb):
    import nbformat
    for i, cell in enumerate(nb.cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "sigmoid-test":
            nb.cells[i] = nbformat.v4.new_markdown_cell("nothing to see here")
