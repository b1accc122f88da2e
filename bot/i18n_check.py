"""`intakebot i18n check` and `make i18n`: keep every catalog complete.

The check fails on a msgid of the template missing from a catalog or left
untranslated, a fuzzy entry, placeholders or HTML tags that differ from the
English, and a template that no longer matches the source code.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from bot.i18n import LOCALES_DIR, SOURCE_LOCALE, load_catalog

__all__ = ["check_all", "extract_msgids", "update_catalogs"]

ROOT = LOCALES_DIR.parent
KEYWORDS = {"N_": None}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_TAG = re.compile(r"</?([a-z]+)[^>]*>")


def extract_msgids() -> list[str]:
    """Every msgid marked with N_() in the source, in a stable order."""
    found: dict[str, None] = {}
    for package in ("flows", "bot"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / package, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            if isinstance(message, str) and message:
                found[message] = None
    return sorted(found)


MAX_BUTTON = 64
MAX_TEXT = 4096


def button_msgids() -> set[str]:
    """Msgids shown on buttons: labels in Button(...) and Option(...) calls,
    and the titles of the education pages, questions and glossary terms."""
    found: set[str] = set()
    for package in ("flows", "bot"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "Button" and node.args:
                    found.update(_literals(node.args[0]))
                elif name == "Option" and len(node.args) > 1:
                    found.update(_literals(node.args[1]))
                elif name in ("Page", "Term"):
                    for keyword in node.keywords:
                        if keyword.arg in ("title", "term"):
                            found.update(_literals(keyword.value))
    return found


def _literals(node: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def placeholders(text: str) -> Counter[str]:
    """The {name} placeholders of a text."""
    return Counter(_PLACEHOLDER.findall(text))


def tags(text: str) -> Counter[str]:
    """The HTML tags of a text (opening and closing)."""
    return Counter(m.group(0).split()[0].rstrip(">") + ">" for m in _TAG.finditer(text))


def _template() -> Path:
    return LOCALES_DIR / "messages.pot"


def update_catalogs(only: Sequence[str] | None = None) -> None:
    """Write messages.pot from the source and bring every catalog in step.

    English msgstrs are the msgids; other locales keep their translations,
    gain empty entries for new msgids and lose obsolete ones.
    """
    msgids = extract_msgids()
    template = Catalog(project="intakebot", fuzzy=False)
    for msgid in msgids:
        template.add(msgid)
    with _template().open("wb") as handle:
        write_po(handle, template, omit_header=False, sort_output=True, width=0)
    for locale_dir in sorted(
        {*LOCALES_DIR.glob("*/LC_MESSAGES"), LOCALES_DIR / SOURCE_LOCALE / "LC_MESSAGES"}
    ):
        locale = locale_dir.parent.name
        if only is not None and locale not in only:
            continue
        po = locale_dir / "messages.po"
        old = load_catalog(po, locale) if po.exists() else Catalog(locale=locale)
        catalog = Catalog(locale=locale, project="intakebot", fuzzy=False)
        for msgid in msgids:
            previous = old.get(msgid)
            string = previous.string if previous is not None and not previous.fuzzy else ""
            if locale == SOURCE_LOCALE:
                string = msgid
            catalog.add(msgid, string)
        locale_dir.mkdir(parents=True, exist_ok=True)
        with po.open("wb") as handle:
            write_po(handle, catalog, sort_output=True, width=0)


def check_catalog(po: Path, msgids: list[str], buttons: set[str] | None = None) -> list[str]:
    """Problems of one catalog, one line each."""
    locale = po.parent.parent.name
    catalog = load_catalog(po, locale)
    problems: list[str] = []
    for msgid in msgids:
        short = msgid[:60].replace("\n", " ")
        entry = catalog.get(msgid)
        if entry is None or not entry.string:
            problems.append(f"{locale}: missing translation: {short!r}")
            continue
        if entry.fuzzy:
            problems.append(f"{locale}: fuzzy entry: {short!r}")
        string = str(entry.string)
        if placeholders(string) != placeholders(msgid):
            problems.append(f"{locale}: placeholders differ from English: {short!r}")
        if tags(string) != tags(msgid):
            problems.append(f"{locale}: HTML tags differ from English: {short!r}")
        if buttons is not None and msgid in buttons and len(string) > MAX_BUTTON:
            problems.append(f"{locale}: button label over {MAX_BUTTON} characters: {short!r}")
        if len(_TAG.sub("", string)) > MAX_TEXT:
            problems.append(f"{locale}: text over Telegram's {MAX_TEXT} characters: {short!r}")
    return problems


def check_all() -> list[str]:
    """Every problem of every catalog, plus a stale template."""
    msgids = extract_msgids()
    problems: list[str] = []
    pot = _template()
    if not pot.exists():
        return [f"{pot} is missing: run `make i18n`"]
    with pot.open("rb") as handle:
        in_template = sorted(str(m.id) for m in read_po(handle) if m.id)
    if in_template != msgids:
        problems.append("locales/messages.pot is out of date with the source: run `make i18n`")
    buttons = button_msgids()
    for po in sorted(LOCALES_DIR.glob("*/LC_MESSAGES/messages.po")):
        problems.extend(check_catalog(po, msgids, buttons))
    return problems
