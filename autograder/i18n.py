"""The grader's words in the student's language, through gettext catalogs.

Every sentence a student can see is written in English in the code, marked, and looked up in the language
of the notebook's edition at the moment it is made (the environment variable ``DLNP_LANG`` overrides it):
- ``_("... {name} ...").format(name=...)`` for a sentence made while grading;
- ``L("... {name} ...", name=...)`` for one written ahead, at import (a known mistake's hint, a case's name):
  a lazy text, translated each time it is turned into a string.
Placeholders are named (``{name}``), never positional, so that a translation may put them in any order, and
messages are never f-strings, which the extraction cannot read.

The catalogs live in ``autograder/locale/<language>/LC_MESSAGES/<domain>.po`` (the translations, edited by
hand) and ``.mo`` (compiled from them by ``dlnp build``). There is one domain per checks module and ``core``
for the rest, so that each part of the grader is translated on its own. Extraction and compilation use Babel.
"""
import contextlib
import contextvars
import functools
import gettext
import os
from pathlib import Path

LANGUAGES = ("en", "ko")
LOCALE = Path(__file__).resolve().parent / "locale"
CHECKS = ("logistic_regression", "shallow_network", "backpropagation", "activations", "initialization", "optimizers")
DOMAINS = ("core",) + CHECKS
ENVIRONMENT = "DLNP_LANG"

_edition = contextvars.ContextVar("dlnp_edition", default=None)
_notebook = {"edition": "en"}  # in a kernel: the edition of the notebook's last test cell (see remember)


def language():
    """The language of the messages made now: ``DLNP_LANG`` if set to a known language, else the edition's."""
    chosen = os.environ.get(ENVIRONMENT, "").strip().lower()
    return chosen if chosen in LANGUAGES else _edition.get() or _notebook["edition"]


def remember(edition):
    """Note the edition of the notebook this kernel runs (its test cells say it), for the messages made outside
    a test cell: a cell stopped by an unfinished exercise (unfinished.py)."""
    _notebook["edition"] = edition if edition in LANGUAGES else "en"


@contextlib.contextmanager
def speaking(edition):
    """Make the messages of this block in ``edition``'s language ("en", "ko"; anything else is English)."""
    token = _edition.set(edition if edition in LANGUAGES else "en")
    try:
        yield
    finally:
        _edition.reset(token)


@functools.cache
def _catalog(lang):
    """Every domain's translations into ``lang``, chained (a message not found is left in English)."""
    catalog = gettext.NullTranslations()
    for domain in reversed(DOMAINS):
        try:
            found = gettext.translation(domain, LOCALE, languages=[lang])
        except OSError:
            continue
        found.add_fallback(catalog)
        catalog = found
    return catalog


def _(message):
    """``message`` in the current language."""
    lang = language()
    return message if lang == "en" else _catalog(lang).gettext(message)


class L:
    """A text written ahead of time and translated when shown: ``str(L("in {case}", case=...))``.

    Its fields may themselves be lazy texts. It reads like a string where messages are put together: in
    f-strings, ``+``, ``in`` and comparisons.
    """

    def __init__(self, message, **fields):
        self.message, self.fields = message, fields

    def __str__(self):
        text = _(self.message)
        if not self.fields:
            return text
        return text.format(**{k: str(v) if isinstance(v, L) else v for k, v in self.fields.items()})

    def __repr__(self):
        return repr(str(self))

    def __format__(self, spec):
        return format(str(self), spec)

    def __add__(self, other):
        return str(self) + str(other)

    def __radd__(self, other):
        return str(other) + str(self)

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(self.message)

    def __contains__(self, part):
        return part in str(self)

    def __getattr__(self, name):  # str's methods (startswith, splitlines, ...) on the text as shown now
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(str(self), name)


def text(value):
    """A lazy text, or anything else, as the string shown now."""
    return str(value) if isinstance(value, L) else value
