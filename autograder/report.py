"""The result of grading one exercise, and how it reads: plain text in a terminal, HTML in Jupyter.

The same report shows in three places: the test cell in JupyterLab, nbgrader's feedback page, and
``dlnp check`` in a terminal. The text form wraps long messages at word boundaries; the HTML form (which
JupyterLab and nbgrader's feedback page prefer) lets the page wrap them, so nothing is cut off at the right.
"""
import html
import re
import textwrap
from dataclasses import dataclass, field

from .i18n import _, language, speaking

WIDTH = 100  # columns of the text form


@dataclass
class Check:
    """One scored sub-check: a name, whether it passed, and what is wrong when it did not.

    ``credit`` is the part of the check earned when it did not pass (a right value of the wrong type earns
    half, say); a passed check earns 1, a failed one ``credit`` or 0.
    """

    name: str
    passed: bool
    message: str | None = None
    credit: float = 0.0

    @property
    def earned(self):
        return 1.0 if self.passed else self.credit


@dataclass
class Report:
    """What ``autograder.check`` returns.

    Attributes:
    exercise -- the exercise id, e.g. "logistic_regression.sigmoid"
    checks -- the scored sub-checks; the score is the mean of what each earned
    notes -- unscored remarks (warnings your code raised, output it printed)
    example -- the worked example's call, which messages about it refer to as "the worked example"
    points -- what the exercise is worth in nbgrader, or None; the heading then shows the points earned
    lang -- the language the report was made in, and is shown in
    """

    exercise: str
    checks: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    example: str | None = None
    points: float | None = None
    lang: str = field(default_factory=language)

    @property
    def score(self):
        """Fraction of the sub-checks earned, a float in [0, 1]."""
        if not self.checks:
            return 0.0
        return sum(c.earned for c in self.checks) / len(self.checks)

    @property
    def passed(self):
        return bool(self.checks) and all(c.passed for c in self.checks)

    @property
    def messages(self):
        """What is wrong (one entry per distinct problem), then the notes."""
        return self._problems() + list(self.notes)

    def _problems(self):
        return list(dict.fromkeys(c.message for c in self.checks if not c.passed and c.message))

    def heading(self):
        """The first line without its mark: the exercise, the points (or score) and the checks passed."""
        n, total = sum(c.passed for c in self.checks), len(self.checks)
        if self.points is not None:
            earned = (_("{earned} / {points} point") if self.points == 1 else _("{earned} / {points} points")).format(
                earned=_number(round(self.score * self.points, 2)), points=_number(self.points))
        else:
            earned = _("score {score}").format(score=f"{self.score:.2f}")
        if self.passed:
            return _("{exercise}: {earned}, all {total} checks passed").format(
                exercise=self.exercise, earned=earned, total=total)
        return _("{exercise}: {earned} ({passed} of {total} checks passed)").format(
            exercise=self.exercise, earned=earned, passed=n, total=total)

    def _about_example(self):
        """Whether a message refers to the worked example, whose call is then shown once."""
        return self.example and any(_("in the worked example") in m for m in self._problems())

    def __str__(self):
        with speaking(self.lang):
            return self._text()

    def _text(self):
        lines = [("✔ " if self.passed else "✘ ") + self.heading()]
        if self._about_example():
            lines += _wrapped(_("worked example: {call}").format(call=self.example), "  ", "  ")
        for message in self._problems():
            for i, line in enumerate(message.splitlines() or [""]):
                lines += _wrapped(line, "  ✘ " if i == 0 else "    ", "    ")
        for note in self.notes:
            lines += _wrapped(note, "  · ", "    ")
        good = [f"✔ {c.name}" for c in self.checks if c.passed]
        if good:
            lines += textwrap.wrap("   ".join(good), WIDTH, initial_indent="  ", subsequent_indent="  ",
                                   break_long_words=False, break_on_hyphens=False)
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_pretty_(self, printer, cycle):
        printer.text(str(self))

    def _repr_html_(self):
        """The report for JupyterLab and nbgrader's feedback page: coloured marks, messages the page wraps."""
        with speaking(self.lang):
            return self._html()

    def _html(self):
        mark = _mark(self.passed)
        rows = [f'<div style="font-weight:600">{mark} {_html(self.heading())}</div>']
        if self._about_example():
            call = f"<code>{html.escape(self.example)}</code>"
            rows.append(f'<div style="{_INDENT}">{html.escape(_("worked example: {call}")).format(call=call)}</div>')
        for message in self._problems():
            first, *rest = message.splitlines() or [""]
            more = "".join(f"<br>{_html(line)}" for line in rest)
            rows.append(f'<div style="{_INDENT}{_WRAP}">{_mark(False)} {_html(first)}{more}</div>')
        for note in self.notes:
            rows.append(f'<div style="{_INDENT}{_WRAP}color:#555">· {_html(note)}</div>')
        good = [f'<span style="white-space:nowrap;margin-right:1.2em">{_mark(True)} {html.escape(c.name)}</span>'
                for c in self.checks if c.passed]
        if good:
            rows.append(f'<div style="{_INDENT}{_WRAP}">{"".join(good)}</div>')
        return (f'<div class="dlnp-report" style="font-family:var(--jp-code-font-family,monospace);font-size:13px;'
                f'line-height:1.5;max-width:100%">{"".join(rows)}</div>')


_INDENT = "margin-left:1.5em;text-indent:-1.1em;"  # a hanging indent: wrapped lines align after the mark
_WRAP = "white-space:normal;overflow-wrap:anywhere;"


def _mark(passed):
    colour, sign = ("#1a7f37", "✔") if passed else ("#cf222e", "✘")
    return f'<span style="color:{colour};font-weight:700">{sign}</span>'


def _html(text):
    """Escaped text with `code` spans."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text, quote=False))


def _wrapped(text, first, rest):
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False) or [first.rstrip()]


def _number(x):
    """1.0 -> "1", 1.5 -> "1.5"."""
    return f"{x:g}"
