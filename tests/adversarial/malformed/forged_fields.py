"""A wrong model, whose test cell is forged: 1000 points, unlocked, a checksum of its own, a key nbgrader
does not know, and a test line of its own; its answer cell has a forged checksum and ``task: true``."""
ANSWERS = {"model": "def model(*args, **kwargs):\n    return {}  # wrong on purpose\n"}
EXPECTED = {"model-test": 0.0}
FLAGGED = False


def transform(nb):
    from _cells import cell
    test = cell(nb, "model-test")
    test.source = "print(1000.0)"
    test.metadata.nbgrader.update(points=1000, locked=False, checksum="0" * 32, hacked=True)
    cell(nb, "model").metadata.nbgrader.update(checksum="f" * 32, task=True)
