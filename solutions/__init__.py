"""Reference library of the course: one module per lesson, plain NumPy.

``solutions.<module>.<function>`` is the answer key for the exercise ``<module>.<function>``.
The lesson notebooks are generated from these functions (see ``autograder.build``).
"""
