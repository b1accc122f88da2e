"""Typed answers checked and turned into stored values.

Each parser returns the value to store, or a `Msg` saying what was wrong in
words a family understands (the engine then asks the question again).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from flows.events import FileRef
from flows.steps import FileStep, NumberStep, TextStep
from flows.text import N_, Msg, msg

__all__ = [
    "ACCEPTED_MIME_TYPES",
    "MAX_FILE_BYTES",
    "parse_date",
    "parse_file",
    "parse_number",
    "parse_text",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
ACCEPTED_MIME_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
}

_NUMBER = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*[^\d\s]{0,6}\s*$")
# 03/2025, 3.2025, 03-2025 (month first); 2025-03, 2025/3 (year first);
# 12.03.2025, 12/03/2025 (day first); 2025-03-12 (ISO); a year alone.
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[./\-\s]\s*(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[./\-\s]\s*(\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
# Characters that show nothing: an answer made only of them is empty.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"))
# Words around a month name that carry no date: "de" (es/pt), "năm"/"tháng" (vi), "г"/"года" (ru).
_FILLERS = frozenset(
    {"de", "del", "năm", "tháng", "г", "года", "год", "yil", "yili", "жыл", "жылы", "sal", "سال"}
)


def parse_text(text: str, step: TextStep) -> str | Msg:
    """Trimmed text, or an error if it is empty or too long."""
    cleaned = text.strip()
    if not cleaned.translate(_INVISIBLE).strip():
        return msg(N_("Please type your answer as a message."))
    if len(cleaned) > step.max_length:
        return msg(
            N_("That is {length} characters; the limit is {limit}. Please shorten it."),
            length=len(cleaned),
            limit=step.max_length,
        )
    return cleaned


def parse_number(text: str, step: NumberStep) -> int | float | Msg:
    """A number within the step's range (decimal comma accepted)."""
    match = _NUMBER.match(text)
    if match is None:
        return msg(
            N_("Please type a number, for example {example}."), example=int(step.minimum) + 1
        )
    value = float(match.group(1).replace(",", "."))
    if step.integer and not value.is_integer():
        return msg(N_("Please type a whole number, without decimals."))
    if not step.minimum <= value <= step.maximum:
        return msg(
            N_("Please type a number from {minimum} to {maximum}."),
            minimum=_shown(step.minimum),
            maximum=_shown(step.maximum),
        )
    return int(value) if step.integer else value


def _shown(bound: float) -> int | float:
    # Bounds may be written as ints (int.is_integer needs Python 3.12).
    return int(bound) if float(bound).is_integer() else bound


def _named_month(text: str, month_names: Mapping[str, int]) -> tuple[int, int] | None:
    """("March 2024", "2024 март", "marzo de 2024", "12 марта 2024") -> (2024, 3)."""
    words = [w for w in re.split(r"[\s,./-]+", text.casefold()) if w and w not in _FILLERS]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    months = [month_names[w] for w in words if w in month_names]
    folded = " ".join(text.casefold().split())
    # Names of more than one word ("tháng 3") are looked for as phrases.
    months += [
        n
        for name, n in month_names.items()
        if " " in name and re.search(rf"\b{re.escape(name)}\b", folded)
    ]
    if len(years) == 1 and len(months) == 1:
        return years[0], months[0]
    return None


def parse_date(
    text: str, now: datetime, earliest_year: int, month_names: Mapping[str, int] | None = None
) -> tuple[int, int | None] | Msg:
    """(year, month) from a typed date; month is None when only a year was typed.

    `month_names` maps case-folded month names in every language (full and
    short, both grammatical forms) to 1-12.
    """
    cleaned = text.strip()
    year: int
    month: int | None
    named = _named_month(cleaned, month_names) if month_names else None
    if named is not None:
        year, month = named
    elif m := _ISO_DATE.match(cleaned):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := _DAY_MONTH_YEAR.match(cleaned):
        year, month = int(m.group(3)), int(m.group(2))
    elif m := _YEAR_MONTH.match(cleaned):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := _MONTH_YEAR.match(cleaned):
        year, month = int(m.group(2)), int(m.group(1))
    elif m := _YEAR.match(cleaned):
        year, month = int(m.group(1)), None
    else:
        return msg(N_("Please tap a year, or type the month and year like this: 03/2024."))
    if month is not None and not 1 <= month <= 12:
        return msg(N_("The month must be from 1 to 12. Please type it like this: 03/2024."))
    return check_date(year, month, now, earliest_year)


def check_date(
    year: int, month: int | None, now: datetime, earliest_year: int
) -> tuple[int, int | None] | Msg:
    """The date if it is neither in the future nor before `earliest_year`."""
    if (year, month or 1) > (now.year, now.month):
        return msg(N_("That date is in the future. Please check it and try again."))
    if year < earliest_year:
        return msg(
            N_("That is before the patient was born ({year}). Please check it and try again."),
            year=earliest_year,
        )
    return year, month


def parse_file(file: FileRef, step: FileStep) -> dict[str, str | int] | Msg:
    """The file's record, or an error for a type or size we cannot take."""
    del step
    if file.mime_type not in ACCEPTED_MIME_TYPES:
        return msg(
            N_(
                "I can only accept PDF files, JPEG or PNG photos, and DOCX files. Please send one of those."
            )
        )
    if file.size > MAX_FILE_BYTES:
        return msg(
            N_(
                "That file is larger than {limit} MB. Please send a smaller file or a photo of each page."
            ),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    return file.to_json()
