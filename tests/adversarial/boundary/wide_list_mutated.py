"""Lesson 05: no work of its own, and the grader's own list of layer sizes changed in place for everyone after.

The random initialisers are checked on a wide network whose layer sizes are one list of the grader
(``WIDE = [300, 100, 40]`` in autograder/checks/initialization.py), passed to the student's function as it is.
Called with that list, these answers change it to ``[300, -1]`` and return normally, so that, if the grader
takes in-place changes back into its own objects, every later student's function is called with a negative layer
size there, raises, and loses that check. (A list that still describes a network, ``[1, 1]`` or one with a layer
appended, would not do: the grader builds the expected weights from the same list.)
"""
LESSON = "05_initialization"

ANSWER = '''def {name}(layer_dims, rng{extra}):
    if isinstance(layer_dims, list) and layer_dims == [300, 100, 40]:
        layer_dims[:] = [300, -1]
    return {{}}
'''

NAMES = {"initialize_parameters_random": ", scale=10.0", "initialize_parameters_xavier": "",
         "initialize_parameters_he": ""}
ANSWERS = {name: ANSWER.format(name=name, extra=extra) for name, extra in NAMES.items()}
EXPECTED = {f"{name}-test": 0.0 for name in NAMES}
FLAGGED = False
