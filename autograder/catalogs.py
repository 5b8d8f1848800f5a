"""The translation catalogs: extract the grader's marked messages, keep the .po files in step, compile .mo.

``dlnp build`` runs ``update()``: for each domain (i18n.DOMAINS) it reads the messages marked with ``_``,
``L`` or ``child_error`` in that domain's source files (with Babel's extractor), rewrites each language's
``.po`` with exactly those messages (keeping every translation already there, in the order of the code), and
compiles the ``.mo`` that gettext reads. The tests check that the committed files are what this makes, that
every message has a translation, and that each translation keeps the message's placeholders.
"""
import datetime
import io
import re
from pathlib import Path

from .i18n import CHECKS, DOMAINS, LANGUAGES, LOCALE

ROOT = Path(__file__).resolve().parent
KEYWORDS = {"_": None, "L": None, "child_error": None}
DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)  # fixed, so that the files are reproducible
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def sources(domain):
    """The source files whose messages belong to ``domain``."""
    if domain in CHECKS:
        return [ROOT / "checks" / f"{domain}.py"]
    return sorted(ROOT.glob("*.py")) + [ROOT / "checks" / "common.py"]


def messages(domain):
    """The domain's marked messages, in the order of the code, each once."""
    from babel.messages.extract import extract_from_file

    found = {}
    for path in sources(domain):
        for _, message, _, _ in extract_from_file("python", str(path), keywords=KEYWORDS):
            if isinstance(message, str) and message:
                found.setdefault(message, None)
    return list(found)


def po_path(lang, domain):
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


def rendered(lang, domain):
    """(po bytes, mo bytes) of a domain's catalog in ``lang``: its messages now, with the translations on file."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    old = {}
    path = po_path(lang, domain)
    if path.exists():
        with path.open("rb") as f:
            old = {m.id: m.string for m in read_po(f) if m.id}
    catalog = Catalog(locale=lang, domain=domain, project="numpy-deep-learning-course", version="1",
                      creation_date=DATE, revision_date=DATE, last_translator="course", language_team=lang,
                      fuzzy=False)
    for message in messages(domain):
        catalog.add(message, old.get(message, ""))
    po, mo = io.BytesIO(), io.BytesIO()
    write_po(po, catalog, width=0, no_location=True, omit_header=False)
    write_mo(mo, catalog)
    return po.getvalue(), mo.getvalue()


def update(domains=DOMAINS):
    """Write every language's .po and .mo of ``domains``; returns the paths written."""
    written = []
    for lang in TRANSLATED:
        for domain in domains:
            po, mo = rendered(lang, domain)
            path = po_path(lang, domain)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(po)
            path.with_suffix(".mo").write_bytes(mo)
            written.append(path.relative_to(ROOT.parent))
            written.append(path.with_suffix(".mo").relative_to(ROOT.parent))
    return written


def stale():
    """Catalog files that differ from what ``update()`` would write."""
    out = []
    for lang in TRANSLATED:
        for domain in DOMAINS:
            po, mo = rendered(lang, domain)
            path = po_path(lang, domain)
            for file, data in ((path, po), (path.with_suffix(".mo"), mo)):
                if not file.exists() or file.read_bytes() != data:
                    out.append(str(file.relative_to(ROOT.parent)))
    return out


def problems(lang, domains=DOMAINS):
    """Messages of ``lang``'s catalogs without a translation, or whose translation changes the placeholders."""
    from babel.messages.pofile import read_po

    out = []
    for domain in domains:
        path = po_path(lang, domain)
        if not path.exists():
            out.append(f"{path.name}: missing")
            continue
        with path.open("rb") as f:
            for m in read_po(f):
                if not m.id:
                    continue
                if not m.string:
                    out.append(f"{domain}: no translation of {m.id!r}")
                elif placeholders(m.id) != placeholders(m.string):
                    out.append(f"{domain}: the placeholders of {m.id!r} are {sorted(placeholders(m.id))},"
                               f" of its translation {sorted(placeholders(m.string))}")
    return out


def placeholders(text):
    """The named fields of a format string: {"name", "shape"} of "{name} has shape {shape}"."""
    return set(re.findall(r"(?<!\{)\{([A-Za-z_][A-Za-z_0-9]*)[^{}]*\}(?!\})", text))


def main(argv=None):
    """``python -m autograder.catalogs update|check [domain ...]``: rewrite the .po/.mo of some domains (all by
    default), or list what is missing from their translations."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    command, domains = (args[0] if args else "check"), (args[1:] or list(DOMAINS))
    unknown = [d for d in domains if d not in DOMAINS]
    if command not in ("update", "check") or unknown:
        print(f"usage: python -m autograder.catalogs update|check [{'|'.join(DOMAINS)} ...]", file=sys.stderr)
        return 2
    status = 0
    for lang in TRANSLATED:
        for domain in domains:
            if command == "update":
                update([domain])
                print(f"wrote {po_path(lang, domain).relative_to(ROOT.parent)} ({len(messages(domain))} messages)")
            else:
                for line in problems(lang, [domain]):
                    print(f"{lang}: {line}")
                    status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
