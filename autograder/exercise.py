"""An exercise: its cases, its known mistakes and its extra checks, and how a function is graded on it.

Grading layers, in order: each case is run on fresh copies of its inputs (through a runner, runner.py, which
alone calls the student's code) and every output is compared
with the reference (the first case is the worked example the lesson shows); inputs must come back
unchanged; extra checks (numerical gradients, invariants) run; a failing output is compared with
known wrong implementations so the message can name the mistake.
"""
import copy
import inspect
import re
from dataclasses import dataclass, field

from . import _np as np
from .compare import DEFAULT, Problem, compare, describe
from .i18n import L, _
from .report import Check, Report
from .runner import KernelRunner, Runner, quiet

REGISTRY = {}


@dataclass
class Case:
    """One call of the function under test.

    Attributes:
    args, kwargs -- the arguments (copied afresh for every call)
    name -- how messages refer to it, e.g. L("a random case with X {X}", X=(4, 7))
    hidden -- run only when grading (``grade``), not by the student's ``check``
    shown -- the call as the lesson shows it, for the worked example
    """

    args: tuple
    kwargs: dict = field(default_factory=dict)
    name: str = L("a case")  # or any text; L(...) for one translated when shown (i18n.py)
    hidden: bool = False
    shown: str | None = None


@dataclass
class Mistake:
    """A known slip: a wrong implementation to recognise by its output, or an error text to recognise."""

    hint: str
    fn: object = None
    error: str | None = None


@dataclass
class Extra:
    """An extra scored check: ``fn(run) -> problem or None``.

    ``run(*args, **kwargs)`` calls the student's function on deep copies of the arguments and returns a
    runner.Outcome; ``run.in_place(...)`` hands over objects the check built for that one call (see runner.Run).
    """

    name: str
    fn: object
    hidden: bool = False


class Exercise:
    """One graded function of the curriculum."""

    def __init__(self, exercise_id, reference, outputs, cases, points=1, mistakes=(), extras=(),
                 tol=DEFAULT, strict_float=True, time_limit=5.0):
        """
        Arguments:
        exercise_id -- "module.function"
        reference -- the reference implementation
        outputs -- names of the returned values, in order; one name for a single return value
        cases -- callable returning a list of Case (built once, on first use)
        points -- nbgrader points of the test cell
        mistakes -- Mistake list, matched against a failing output
        extras -- Extra list
        tol -- Tolerance for floating-point comparisons
        strict_float -- whether a 0-d array is refused where a float is expected
        time_limit -- seconds allowed for one call of the student's function (the runner enforces it)
        """
        self.id = exercise_id
        self.reference = reference
        self.outputs = tuple(outputs)
        self._make_cases = cases
        self._cases = None
        self.points = points
        self.mistakes = list(mistakes)
        self.extras = list(extras)
        self.tol = tol
        self.strict_float = strict_float
        self.time_limit = time_limit
        self.arg_names = list(inspect.signature(reference).parameters)

    @property
    def function_name(self):
        return self.id.split(".", 1)[1]

    def cases(self):
        """[(case, expected_output)], computed once: the reference is run on its own copies."""
        if self._cases is None:
            built = self._make_cases()
            self._cases = [(c, quietly(self.reference, c)) for c in built]
        return self._cases

    def siblings(self):
        """{name: reference} of the other exercises of this module that the reference calls by name.

        While this exercise is graded, the student's own versions of these are replaced by stand-ins for the
        reference, so that each exercise is graded on its own code: a mistake in ``propagate`` does not also
        cost the points of ``optimize``. Only these: no other reference is reachable from the student's code.
        """
        module = self.id.split(".", 1)[0] + "."
        called = set(getattr(getattr(self.reference, "__code__", None), "co_names", ()))
        return {e.function_name: e.reference for e in REGISTRY.values()
                if e is not self and e.id.startswith(module) and e.function_name in called}

    def earned(self, report):
        """The points a report earns, as nbgrader reads them: a plain Python float."""
        return float(round(report.score * self.points, 6))

    def grade(self, target, hidden=False):
        """Grade the student's function; never raises.

        Arguments:
        target -- a runner (runner.SandboxRunner for scores), or the function itself, which is then called in a
                  fork of this process (runner.KernelRunner)
        hidden -- add the hidden cases and checks
        """
        if not isinstance(target, Runner):
            with KernelRunner(target) as runner:
                return self.grade(runner, hidden)
        runner = target
        try:
            with runner.session(self.function_name, self.siblings(), self.time_limit) as run:
                if run.problem:
                    report = Report(self.id, [Check(_("is a function"), False, run.problem)])
                else:
                    report = self._grade(run, hidden)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # a bug in the grader must not cost the student the cell
            report = Report(self.id, [Check(_("grading"), False, _(
                "the grader itself failed ({error}); please report this, with your code").format(
                    error=f"{type(exc).__name__}: {exc}"))])
        report.points = self.points
        return report

    def _grade(self, run, hidden):
        report = Report(self.id)
        cases = [(c, e) for c, e in self.cases() if hidden or not c.hidden]
        failures = {name: None for name in self.outputs}
        type_only = {name: True for name in self.outputs}  # every problem of the output is a right value's wrong type
        changed_inputs, errors, gave_up = [], [], False
        run = _Noting(run, lambda outcome: self._note(outcome, report))  # what each call printed or warned is noted
        for case, expected in cases:
            if gave_up:
                break
            outcome = run(*case.args, **case.kwargs)
            gave_up = outcome.timed_out
            if not outcome.ok:
                errors.append(f"{outcome.error} ({self._where(case)})" + self._error_hint(outcome.error))
                for name in self.outputs:
                    failures[name] = failures[name] or ""
                    type_only[name] = False
                continue
            changed_inputs += [n for n in self._changed(case, outcome) if n not in changed_inputs]
            for name, problems in self._problems(outcome.value, expected).items():
                this_type_only = all(p.type_only for p in problems)
                # the message is the first wrong value's; a type-only one is replaced when a value is wrong later
                if problems and (failures[name] is None or type_only[name] and not this_type_only):
                    failures[name] = self._explain(problems, case, outcome.value)
                type_only[name] &= this_type_only
        for message in errors[:1]:
            report.checks.append(Check(_("runs without error"), False, message))
        for name in self.outputs:
            # a right value of the wrong type (a 0-d array for a float, bool labels for floats) earns half
            credit = 0.5 if failures[name] and type_only[name] else 0.0
            report.checks.append(Check(name, failures[name] is None, failures[name] or None, credit))
        report.example = next((c.shown for c, expected in cases if c.shown), None)  # shown if a message refers to it
        # leaving the inputs alone earns credit only alongside some right output, never on its own
        if cases and not errors and any(failures[name] is None for name in self.outputs) or changed_inputs:
            report.checks.append(Check(_("inputs left unchanged"), not changed_inputs, _changed_message(changed_inputs)))
        for extra in self.extras:
            if extra.hidden and not hidden:
                continue
            problem = _("skipped: your function did not finish in time") if gave_up else self._run_extra(extra, run)
            report.checks.append(Check(str(extra.name), not problem, f"{extra.name}: {problem}" if problem else None))
        return report

    @staticmethod
    def _run_extra(extra, run):
        """An extra check's problem (or None); one that cannot use what the function returned fails it."""
        try:
            problem = extra.fn(run)
            return str(problem) if problem is not None else None
        except KeyboardInterrupt:
            raise
        except Exception as exc:
            return _("could not be done with what your function returned or changed ({error})").format(
                error=f"{type(exc).__name__}: {exc}")

    @staticmethod
    def _note(outcome, report):
        """Put what a call printed or warned into the report's notes (once each); the outcome, for chaining."""
        for text in outcome.warnings:
            note = _("your code raised a warning (it does not cost points here): {warning}").format(warning=text)
            if note not in report.notes:
                report.notes.append(note)
        printed = _("your function printed {count} characters during the checks (not shown)")
        if outcome.printed and not any(n.startswith(printed.split("{")[0]) for n in report.notes):
            report.notes.append(printed.format(count=outcome.printed))
        return outcome

    def _problems(self, value, expected):
        """{output name: [Problem]} for one call's return value."""
        if len(self.outputs) == 1:
            name = self.outputs[0]
            return {name: compare(value, expected, name, self.tol, self.strict_float)}
        if not isinstance(value, (tuple, list)) or len(value) != len(self.outputs):
            message = _("your function returned {got}; expected a tuple ({names})").format(
                got=describe(value), names=", ".join(self.outputs))
            return {name: [Problem(name, message)] for name in self.outputs}
        return {name: compare(got, exp, name, self.tol, self.strict_float)
                for name, got, exp in zip(self.outputs, value, expected)}

    def _explain(self, problems, case, value):
        """The problems of one output (at most three), each followed by the known mistake it matches."""
        lines, hints = [], set()
        for i, problem in enumerate(problems[:3]):
            lines.append(problem + (f" ({self._where(case)})" if i == 0 else ""))
            hint = None if problem.type_only else self._mistake_hint(problem.path, case, value)
            if hint and hint not in hints:
                hints.add(hint)
                lines.append(_("It matches a known mistake: {hint}").format(hint=hint))
        return "\n".join(lines)

    def _mistake_hint(self, path, case, value):
        """The hint of the first known wrong implementation whose output agrees with the student's at ``path``."""
        for mistake in self.mistakes:
            if mistake.fn is None:
                continue
            try:
                wrong = quietly(mistake.fn, case)
            except Exception:
                continue
            differ = [p.path for problems in self._problems(value, wrong).values() for p in problems]
            if not any(path.startswith(d) or d.startswith(path) for d in differ):
                return mistake.hint
        return None

    def _error_hint(self, error):
        for mistake in self.mistakes:
            if mistake.error and re.search(mistake.error, error):
                return "\n" + _("Hint: {hint}").format(hint=mistake.hint)
        return ""

    def _changed(self, case, outcome):
        """Names of the arguments the student's function modified in place (its copies, against the case's)."""
        names = []
        for i, (before, after) in enumerate(zip(case.args, outcome.args)):
            if not _same(before, after):
                names.append(self.arg_names[i] if i < len(self.arg_names) else _("argument {number}").format(number=i + 1))
        names += [k for k in case.kwargs if not _same(case.kwargs[k], outcome.kwargs.get(k))]
        return names

    @staticmethod
    def _where(case):
        # the report shows the worked example's call once
        return _("in the worked example") if case.shown else _("in {case}").format(case=case.name)


def quietly(fn, case):
    """Run a grader-side function (reference or known mistake) on fresh copies, with warnings silenced."""
    with quiet():
        return fn(*copy.deepcopy(case.args), **copy.deepcopy(case.kwargs))


class _Noting:
    """The exercise's ``run``, with what each call printed or warned put into the report."""

    def __init__(self, run, note):
        self._run, self._note = run, note

    def __call__(self, *args, **kwargs):
        return self._note(self._run(*args, **kwargs))

    def in_place(self, *args, **kwargs):
        return self._note(self._run.in_place(*args, **kwargs))


def _same(a, b):
    if isinstance(a, np.Generator):  # drawing from a generator is its purpose, not a change to an input
        return True
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and a.shape == b.shape and np.array_equal(a, b, equal_nan=True)
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and (a == b or a != a and b != b)


def _changed_message(names):
    if not names:
        return None
    return _("your function changed its input {names} in place; build new arrays instead (for example"
             " `w = w - learning_rate * dw`, not `w -= ...`)").format(names=", ".join(names))


def register(exercise):
    """Add an exercise to the course, in course order."""
    REGISTRY[exercise.id] = exercise
    return exercise
