"""A question the student answers before running the experiment that settles it: a choice or a number.

The lesson asks ("which learning rate makes the cost go up?"), the student writes a prediction in a cell
(``q_overshoot = "c"``), and a test cell checks it like an exercise: with points, and with a message that says
why a wrong choice is wrong without giving the right one away. The answer key is ``solutions.<module>.<name>``,
as for an exercise; the student's value is read in the grading process (runner.py), never evaluated here.
"""
import math

from . import _np as np
from .exercise import Case, Exercise
from .i18n import L, _
from .report import Check, Report
from .runner import Runner


class Question(Exercise):
    """A predict-or-explain question with an automatically checked answer.

    Arguments:
    exercise_id -- "module.q_name"
    answer -- the right answer: a choice letter (str) or a number
    choices -- the letters a student may answer, e.g. "abc" (None for a number)
    tol -- for a number: the relative error accepted (0.1 accepts 10% either way)
    why -- {wrong choice: what that choice overlooks} (for a number: {"low": ..., "high": ...})
    then -- what the student should take away, shown once the answer is right
    points -- nbgrader points of the test cell
    """

    def __init__(self, exercise_id, answer, choices=None, tol=0.1, why=None, then=None, points=1):
        super().__init__(exercise_id, lambda: answer, ("answer",), lambda: [Case((), name=L("your answer"))],
                         points=points, time_limit=2.0)
        self.answer, self.choices, self.tol = answer, choices, tol
        self.why, self.then = dict(why or {}), then

    @property
    def example(self):
        """How an answer is written, for the messages, naming every choice (the first alone could read as a hint)."""
        if self.choices:
            first, last = f'`{self.function_name} = "{self.choices[0]}"`', f'`"{self.choices[-1]}"`'
            if len(self.choices) == 2:
                return _("{first} or {last}").format(first=first, last=last)
            return _("{first}, {others} or {last}").format(
                first=first, others=", ".join(f'`"{c}"`' for c in self.choices[1:-1]), last=last)
        return _("`{name} = ` followed by a number").format(name=self.function_name)

    def grade(self, target, hidden=False):
        """Check the student's answer: ``target`` is a runner that reads it in the student's process, or the value."""
        if not isinstance(target, Runner):
            return self.judge(target)
        try:
            with target.session(self.function_name, {}, self.time_limit, value=True) as run:
                outcome = run() if not run.problem else None
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            return self._report(_("the grader itself failed ({error})").format(error=type(exc).__name__))
        if outcome is None or not outcome.ok:
            return self._report(_("`{name}` could not be read: {problem}").format(
                name=self.function_name, problem=run.problem if outcome is None else outcome.error))
        return self.judge(outcome.value)

    def judge(self, value):
        """The report on one answer (a plain value: only str, int and float are read, never called)."""
        try:
            problem = self._problem(value)
        except Exception as exc:  # never raise, whatever the answer is
            problem = _("your answer could not be read ({error})").format(error=type(exc).__name__)
        report = self._report(problem)
        if problem is None and self.then:
            report.notes.append(str(self.then))
        return report

    def _report(self, problem):
        """The report of an answer with ``problem`` (None when it is right)."""
        return Report(self.id, [Check(_("answer"), problem is None, problem)], points=self.points)

    def _problem(self, value):
        name = self.function_name
        if value is None:
            return _("not answered yet: write your answer in the cell above, as {example}, and run it").format(
                example=self.example)
        if self.choices:
            if type(value) is not str:
                return _("answer with one of the letters as a string: {example}").format(example=self.example)
            choice = value.strip().strip("().").lower()
            if choice not in self.choices:
                shown = repr(value) if len(value) <= 40 else repr(value[:40]) + "…"  # the answer is the student's text
                return _("{answer} is not one of the choices {choices}").format(answer=shown, choices=self._letters())
            if choice != self.answer:
                why = self.why.get(choice) or _("look again at what the lesson says before the question")
                return _("not ({choice}): {why}").format(choice=choice, why=why)
            return None
        if not (type(value) in (int, float) or issubclass(type(value), (np.floating, np.integer))
                and type(value).__module__ == "numpy"):
            # only Python's and NumPy's own number types: type() runs none of the student's code, and float() of
            # these none either (a subclass's __float__ could say anything, or never return)
            return _("answer with a number: {example}").format(example=self.example)
        try:
            value = float(value)
        except OverflowError:  # an int too large for a float
            value = math.inf
        if not math.isfinite(value):
            return _("{name} = {value} is not a finite number").format(name=name, value=value)
        if abs(value - self.answer) <= self.tol * abs(self.answer):
            return None
        side = "low" if value < self.answer else "high"
        too = _("{value} is too low.") if side == "low" else _("{value} is too high.")
        return (too.format(value=f"{value:g}") + " " + str(self.why.get(side, ""))).strip()

    def _letters(self):
        return ", ".join(f'"{c}"' for c in self.choices)
