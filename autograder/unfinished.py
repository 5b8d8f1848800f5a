"""What a student sees when a cell stops on work not done yet, instead of a bare traceback.

Run All on an untouched notebook stops at the first cell that calls a function still holding
``raise NotImplementedError()``, or at an answer cell still holding it; a cell run before the cell that
defines an exercise's function stops with a NameError. In a Jupyter kernel, importing the autograder
installs a handler (IPython's ``set_custom_exc``) that turns exactly these two cases into one plain sentence
saying what to do; every other error keeps its usual traceback. The cell still fails, so Run All stops there.
"""
from .i18n import _

RED, BOLD, RESET = "\x1b[31m", "\x1b[1m", "\x1b[0m"


def install(shell, function_names):
    """Install the handler in an IPython ``shell``; ``function_names`` are the course's exercise functions."""
    names = frozenset(function_names)

    def handler(self, etype, value, tb, tb_offset=None):
        # IPython ignores what a custom handler returns: it must show the error itself, as an error output
        message = explain(etype, value, tb, names)
        if message is None:
            self.showtraceback((etype, value, tb), tb_offset=tb_offset, running_compiled_code=True)
        else:
            self._showtraceback(etype, value, [f"{RED}{BOLD}{etype.__name__}{RESET}: {message}"])

    shell.set_custom_exc((NotImplementedError, NameError), handler)


def explain(etype, value, tb, names):
    """The sentence for an unfinished exercise (or None for any other error)."""
    if issubclass(etype, NameError):
        name = getattr(value, "name", None)
        if name in names:
            return _("`{name}` is not defined yet: run the cell that defines it (its exercise, above) first, then"
                     " this cell again.").format(name=name)
        return None
    if not issubclass(etype, NotImplementedError) or str(value):
        return None  # a NotImplementedError with a message is somebody's own, not the stub's
    while tb.tb_next is not None:
        tb = tb.tb_next
    function = tb.tb_frame.f_code.co_name
    if function == "<module>":  # the answer cell itself: a question's answer, not written yet
        return _("this cell waits for your answer: replace `raise NotImplementedError()` with what the text above"
                 " asks for, then run it.")
    return _("`{name}` is not written yet: in its cell, replace `raise NotImplementedError()` with your code and run"
             " that cell, then this one again.").format(name=function)
