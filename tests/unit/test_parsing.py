"""Typed answers (flows.parsing): each parser returns the value to store or a
`Msg` that says what was wrong."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.events import FileRef
from flows.parsing import (
    ACCEPTED_MIME_TYPES,
    MAX_FILE_BYTES,
    check_date,
    parse_date,
    parse_file,
    parse_number,
    parse_text,
)
from flows.steps import FileStep, NumberStep, TextStep
from flows.text import Msg

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
AGE = NumberStep(id="age", prompt="Age?", minimum=0, maximum=90)
WEIGHT = NumberStep(id="weight", prompt="Weight?", minimum=1, maximum=250, integer=False)
FRACTION = NumberStep(id="ratio", prompt="Ratio?", minimum=0.5, maximum=2.5, integer=False)
NAME = TextStep(id="name", prompt="Name?", max_length=10)
FILES = FileStep(id="docs", prompt="Documents?")


def key(result: object) -> str:
    assert isinstance(result, Msg), result
    return result.key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Ali", "Ali"), ("  Ali \n", "Ali"), ("Алишер", "Алишер"), ("a" * 10, "a" * 10),
     ("multi\nline", "multi\nline")],
    ids=["plain", "trimmed", "cyrillic", "at-limit", "inner-newline"],
)  # fmt: skip
def test_parse_text(typed: str, stored: str) -> None:
    assert parse_text(typed, NAME) == stored


@pytest.mark.parametrize(
    ("typed", "error", "params"),
    [
        ("", "Please type your answer as a message.", {}),
        (" \t\n", "Please type your answer as a message.", {}),
        ("a" * 11, "That is {length} characters; the limit is {limit}. Please shorten it.",
         {"length": 11, "limit": 10}),
    ],
    ids=["empty", "blank", "too-long"],
)  # fmt: skip
def test_parse_text_errors(typed: str, error: str, params: dict) -> None:
    result = parse_text(typed, NAME)
    assert key(result) == error
    assert result.param_map() == params


@pytest.mark.parametrize(
    ("step", "typed", "stored"),
    [
        (AGE, "0", 0), (AGE, "90", 90), (AGE, " 7 ", 7), (AGE, "7 years", 7), (AGE, "7yrs", 7),
        (AGE, "+7", 7), (AGE, "7.0", 7), (AGE, "007", 7),
        (WEIGHT, "31,5", 31.5), (WEIGHT, "31.5kg", 31.5), (WEIGHT, "1", 1.0), (WEIGHT, "250", 250.0),
        (FRACTION, "0.5", 0.5), (FRACTION, "2,5", 2.5),
    ],
    ids=["zero", "max", "spaces", "unit-word", "unit-abbrev", "plus", "whole-float", "leading-zeros",
         "decimal-comma", "unit-glued", "min-float", "max-float", "fraction-min", "fraction-max"],
)  # fmt: skip
def test_parse_number(step: NumberStep, typed: str, stored: float) -> None:
    value = parse_number(typed, step)
    assert value == stored
    assert type(value) is (int if step.integer else float)


@pytest.mark.parametrize(
    ("step", "typed", "error", "params"),
    [
        (AGE, "91", "Please type a number from {minimum} to {maximum}.", {"minimum": 0, "maximum": 90}),
        (AGE, "-1", "Please type a number from {minimum} to {maximum}.", {"minimum": 0, "maximum": 90}),
        (AGE, "7.5", "Please type a whole number, without decimals.", {}),
        (AGE, "seven", "Please type a number, for example {example}.", {"example": 1}),
        (AGE, "", "Please type a number, for example {example}.", {"example": 1}),
        (AGE, "1e3", "Please type a number, for example {example}.", {"example": 1}),
        (AGE, "7 or 8", "Please type a number, for example {example}.", {"example": 1}),
        (WEIGHT, "0,9", "Please type a number from {minimum} to {maximum}.", {"minimum": 1, "maximum": 250}),
        (FRACTION, "3", "Please type a number from {minimum} to {maximum}.", {"minimum": 0.5, "maximum": 2.5}),
        (WEIGHT, "inf", "Please type a number, for example {example}.", {"example": 2}),
    ],
    ids=["above", "below", "fraction", "words", "empty", "exponent", "two-numbers",
         "below-float", "fraction-bounds-shown-as-is", "infinity"],
)  # fmt: skip
def test_parse_number_errors(step: NumberStep, typed: str, error: str, params: dict) -> None:
    result = parse_number(typed, step)
    assert key(result) == error
    assert result.param_map() == params


@pytest.mark.parametrize(
    ("typed", "parsed"),
    [
        ("03/2024", (2024, 3)), ("3/2024", (2024, 3)), ("3.2024", (2024, 3)), ("3-2024", (2024, 3)),
        ("3 2024", (2024, 3)), ("2024-03", (2024, 3)), ("2024/3", (2024, 3)), ("2024.3", (2024, 3)),
        ("15.03.2024", (2024, 3)), ("15/03/2024", (2024, 3)), ("2024-03-15", (2024, 3)),
        ("2024", (2024, None)), (" 11/2026 ", (2026, 11)), ("2000", (2000, None)),
    ],
    ids=["mm/yyyy", "m/yyyy", "m.yyyy", "m-yyyy", "m yyyy", "yyyy-mm", "yyyy/m", "yyyy.m",
         "dd.mm.yyyy", "dd/mm/yyyy", "iso", "year", "this-month-spaced", "earliest-year"],
)  # fmt: skip
def test_parse_date(typed: str, parsed: tuple[int, int | None]) -> None:
    assert parse_date(typed, NOW, 2000) == parsed


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("12/2026", "That date is in the future. Please check it and try again."),
        ("2027", "That date is in the future. Please check it and try again."),
        ("13/2024", "The month must be from 1 to 12. Please type it like this: 03/2024."),
        ("0/2024", "The month must be from 1 to 12. Please type it like this: 03/2024."),
        ("1999", "That is before the patient was born ({year}). Please check it and try again."),
        ("12/1999", "That is before the patient was born ({year}). Please check it and try again."),
        ("March 2024", "Please tap a year, or type the month and year like this: 03/2024."),
        ("24", "Please tap a year, or type the month and year like this: 03/2024."),
        ("", "Please tap a year, or type the month and year like this: 03/2024."),
        ("2024-03-15T10:00", "Please tap a year, or type the month and year like this: 03/2024."),
    ],
    ids=["next-month", "next-year", "month-13", "month-0", "before-birth-year",
         "before-birth-month", "words", "two-digit-year", "empty", "timestamp"],
)  # fmt: skip
def test_parse_date_errors(typed: str, error: str) -> None:
    result = parse_date(typed, NOW, 2000)
    assert key(result) == error
    if "born" in error:
        assert result.param_map() == {"year": 2000}


@pytest.mark.parametrize(
    ("year", "month", "ok"),
    [(2026, 11, True), (2026, 12, False), (2026, None, True), (2027, None, False),
     (2000, 1, True), (1999, 12, False)],
    ids=["this-month", "next-month", "this-year", "next-year", "earliest", "too-early"],
)  # fmt: skip
def test_check_date_bounds(year: int, month: int | None, ok: bool) -> None:
    result = check_date(year, month, NOW, 2000)
    assert (result == (year, month)) is ok
    assert ok or isinstance(result, Msg)


@pytest.mark.parametrize("mime", sorted(ACCEPTED_MIME_TYPES))
def test_parse_file_accepts_documents_and_photos(mime: str) -> None:
    file = FileRef("id-1", "report", mime, MAX_FILE_BYTES)
    record = parse_file(file, FILES)
    assert record == file.to_json()
    assert (record["file_id"], record["name"], record["mime"], record["size"]) == (
        "id-1",
        "report",
        mime,
        MAX_FILE_BYTES,
    )


@pytest.mark.parametrize(
    ("mime", "size", "error"),
    [
        ("image/gif", 10, "I can only accept PDF files, JPEG or PNG photos, and DOCX files. Please send one of those."),
        ("application/msword", 10, "I can only accept PDF files, JPEG or PNG photos, and DOCX files. Please send one of those."),
        ("", 10, "I can only accept PDF files, JPEG or PNG photos, and DOCX files. Please send one of those."),
        ("application/pdf", MAX_FILE_BYTES + 1,
         "That file is larger than {limit} MB. Please send a smaller file or a photo of each page."),
    ],
    ids=["gif", "old-word", "no-type", "one-byte-too-big"],
)  # fmt: skip
def test_parse_file_rejects(mime: str, size: int, error: str) -> None:
    result = parse_file(FileRef("id-2", "x", mime, size), FILES)
    assert key(result) == error
    if "larger" in error:
        assert result.param_map() == {"limit": 20}
