"""Language choice from Telegram's hint, right-to-left isolates, dates typed
the way people of each locale write them, and the catalog check itself."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from bot.i18n import load_translator, month_names
from bot.i18n_check import check_catalog
from bot.text import FSI, PDI, isolate_latin, render
from flows.locales import match_locale
from flows.parsing import parse_date
from flows.text import msg

TR = load_translator()
ALL = ("en", "ru", "uz", "kk", "ar", "fa", "vi", "id", "es", "pt_BR", "fr", "am")
NOW = datetime(2026, 11, 27, tzinfo=UTC)
MONTHS = month_names(ALL)


def test_every_planned_locale_has_a_catalog():
    assert set(TR.locales) == set(ALL)


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        ("pt", "pt_BR"), ("pt-BR", "pt_BR"), ("pt-PT", "pt_BR"), ("uz-Cyrl", "uz"), ("uz", "uz"),
        ("ru-RU", "ru"), ("en-GB", "en"), ("fa-IR", "fa"), ("ar-EG", "ar"), ("es-419", "es"),
        ("fr-CA", "fr"), ("kk", "kk"), ("am-ET", "am"), ("de", None), ("zh-hans", None), ("", None), (None, None),
    ],
)  # fmt: skip
def test_language_from_telegram_hint(hint, expected):
    assert match_locale(hint, ALL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CD19", f"{FSI}CD19{PDI}"),
        ("حدود 90-93% از بیماران", f"حدود {FSI}90-93%{PDI} از بیماران"),
        ("<b>CAR-T</b> و CD19+CD22", f"<b>{FSI}CAR-T{PDI}</b> و {FSI}CD19+CD22{PDI}"),
        ("&amp; 03/2024", f"&amp; {FSI}03/2024{PDI}"),
        ("بدون لاتین", "بدون لاتین"),
    ],
)
def test_latin_runs_are_isolated_without_touching_tags(text, expected):
    assert isolate_latin(text) == expected


@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_rtl_locales_isolate_latin_tokens(locale):
    rendered = render(
        msg(
            "<b>CD19</b> is the marker that CD19 CAR-T looks for. What does the latest flow cytometry report say about CD19 on the leukaemia cells?"
        ),
        locale,
        TR,
    )
    assert f"{FSI}CD19{PDI}" in rendered
    assert FSI not in render(msg("Skip"), "ru", TR)


@pytest.mark.parametrize(
    "typed",
    [
        "12.03.2025",
        "2025-03-12",
        "03/2025",
        "3.2025",
        "2025/03",
        "12/03/2025",
        "March 2025",
        "mar 2025",
    ],
)
def test_numeric_and_english_dates(typed):
    assert parse_date(typed, NOW, 1990, MONTHS) == (2025, 3)


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("context", ["format", "stand-alone"])
def test_month_names_typed_in_each_language(locale, context):
    names = Locale.parse(locale).months[context]["wide"]
    for number in (1, 3, 11):
        assert parse_date(f"{names[number]} 2024", NOW, 1990, MONTHS) == (2024, number), names[
            number
        ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("12 марта 2024", (2024, 3)), ("март 2024 г.", (2024, 3)), ("marzo de 2024", (2024, 3)),
     ("tháng 3 năm 2024", (2024, 3)), ("Maret 2024", (2024, 3)), ("2024 mart", (2024, 3))],
)  # fmt: skip
def test_dates_as_people_write_them(typed, expected):
    assert parse_date(typed, NOW, 1990, MONTHS) == expected


def test_future_and_before_birth_are_refused():
    assert parse_date("December 2026", NOW, 1990, MONTHS).key.startswith(
        "That date is in the future"
    )
    assert parse_date("01/1985", NOW, 1990, MONTHS).key.startswith(
        "That is before the patient was born"
    )


def _po(tmp_path: Path, entries: dict[str, str]) -> Path:
    folder = tmp_path / "xx" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalog = Catalog(locale="ru")
    for msgid, string in entries.items():
        catalog.add(msgid, string)
    path = folder / "messages.po"
    with path.open("wb") as handle:
        write_po(handle, catalog)
    return path


def test_the_check_reports_each_kind_of_problem(tmp_path):
    msgids = ["Hello {name}", "<b>Bold</b> text", "Missing", "Skip"]
    path = _po(
        tmp_path,
        {"Hello {name}": "Привет {имя}", "<b>Bold</b> text": "Жирный текст", "Skip": "x" * 70},
    )
    problems = check_catalog(path, msgids, buttons={"Skip"})
    assert any("placeholders differ" in p and "Hello" in p for p in problems)
    assert any("HTML tags differ" in p for p in problems)
    assert any("missing translation" in p and "Missing" in p for p in problems)
    assert any("button label over 64" in p for p in problems)


def test_the_real_catalogs_pass_the_check():
    from bot.i18n_check import check_all

    assert check_all() == []
