"""The result of grading one exercise, and how it reads in a notebook or a terminal."""
from dataclasses import dataclass, field


@dataclass
class Check:
    """One scored sub-check: a name, whether it passed, and what is wrong when it did not."""

    name: str
    passed: bool
    message: str | None = None


@dataclass
class Report:
    """What ``autograder.check`` returns.

    Attributes:
    exercise -- the exercise id, e.g. "logistic_regression.sigmoid"
    checks -- the scored sub-checks; the score is the fraction that passed
    notes -- unscored remarks (warnings your code raised, output it printed)
    """

    exercise: str
    checks: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def score(self):
        """Fraction of sub-checks passed, a float in [0, 1]."""
        if not self.checks:
            return 0.0
        return sum(c.passed for c in self.checks) / len(self.checks)

    @property
    def passed(self):
        return bool(self.checks) and all(c.passed for c in self.checks)

    @property
    def messages(self):
        """What is wrong (one entry per distinct problem), then the notes."""
        out = []
        for c in self.checks:
            if not c.passed and c.message and c.message not in out:
                out.append(c.message)
        return out + list(self.notes)

    def __str__(self):
        n, total = sum(c.passed for c in self.checks), len(self.checks)
        if self.passed:
            head = f"✔ {self.exercise}: all {total} checks passed"
        else:
            head = f"✘ {self.exercise}: {n} of {total} checks passed (score {self.score:.2f})"
        lines = [head]
        for message in self.messages:
            lines += _indent(message)
        good = [f"✔ {c.name}" for c in self.checks if c.passed]
        if good:
            lines.append("  " + "   ".join(good))
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_pretty_(self, printer, cycle):
        printer.text(str(self))


def _indent(message):
    first, *rest = message.splitlines() or [""]
    return ["  " + first] + ["     " + line for line in rest]
