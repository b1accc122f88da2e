"""The pure engine (flows.engine.advance) with the real flow: every step kind,
validation, skip logic, navigation, stale buttons and submit.

Plain function calls, a fixed clock (2026-11-27 UTC) and no I/O.
"""

from __future__ import annotations

import json

import pytest

from flows.effects import Ask, ConsentGiven, DocumentReceived, Say, Submit
from flows.engine import advance, present
from flows.events import Event, FileRef
from flows.parsing import MAX_FILE_BYTES
from flows.state import Answer, State
from flows.text import Lines, Msg
from tests.conftest import CHAT, FLOW_PDF, NOW, Family, codes

PDF = FileRef("f-pdf", "report.pdf", "application/pdf", 2_000)
PNG = FileRef("f-png", "page-1.png", "image/png", 900_000)
DOCX = FileRef(
    "f-docx",
    "summary.docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    50_000,
)
GIF = FileRef("f-gif", "funny.gif", "image/gif", 1_000)
ZIP = FileRef("f-zip", "scans.zip", "application/zip", 1_000)
HUGE = FileRef("f-big", "scan.pdf", "application/pdf", MAX_FILE_BYTES + 1)
LIMIT = FileRef("f-limit", "scan.pdf", "application/pdf", MAX_FILE_BYTES)

STALE = "That button belongs to an earlier message. Here is where we are now:"
TAP = "Please tap one of the buttons below."
TYPE_TEXT = "Please type your answer as a message."
TYPE_NUMBER = "Please type the number as a message."
NOT_A_NUMBER = "Please type a number, for example {example}."
WHOLE = "Please type a whole number, without decimals."
RANGE = "Please type a number from {minimum} to {maximum}."
TOO_LONG = "That is {length} characters; the limit is {limit}. Please shorten it."
NOT_RECOGNISED = "I could not recognise that. Please tap a button or try typing it another way."
MULTI_HOW = "Please tap the answers that apply, then tap Done."
MULTI_EMPTY = "Please tap at least one answer, then tap Done."
DATE_HOW = "Please tap a year, or type the month and year like this: 03/2024."
FUTURE = "That date is in the future. Please check it and try again."
BEFORE_BIRTH = "That is before the patient was born ({year}). Please check it and try again."
BAD_MONTH = "The month must be from 1 to 12. Please type it like this: 03/2024."
SEND_FILE = "Please send the document as a file or a photo."
FILE_HERE = (
    "Thank you. I can't use a file for this question. You can send documents when I ask for them."
)
FILE_TYPE = (
    "I can only accept PDF files, JPEG or PNG photos, and DOCX files. Please send one of those."
)
FILE_SIZE = (
    "That file is larger than {limit} MB. Please send a smaller file or a photo of each page."
)
FIRST_QUESTION = "This is the first question."


def at(family: Family, position: str, **answers) -> Family:
    """`family` answered from PATH up to `position`."""
    return family.fill(position, answers)


def answer_of(family: Family, key: str) -> Answer:
    return family.state.answers[key]


def assert_asked_again(family: Family, before: State, position: str, *errors: str) -> None:
    """The state did not change and the same question came back after `errors`."""
    assert family.state == before
    assert family.said == list(errors)
    say_texts = [m for e in family.effects if isinstance(e, Say) for m in e.text]
    assert all(isinstance(m, Msg) for m in say_texts)
    assert family.ask is not None
    assert family.ask.key == position
    assert family.ask.version == before.version
    assert isinstance(family.effects[-1], Ask)


# -- the first screens ------------------------------------------------------


def test_a_new_conversation_starts_at_the_language_question(family: Family) -> None:
    assert family.state.position == "language"
    assert family.state.version == 0
    family.send(Event(CHAT, "resume", NOW))
    assert family.ask is not None and family.ask.key == "language"
    # Every language in its own name, and no Back on the very first question.
    assert codes(family.ask) == ["en", "ru"]
    labels = [b.label for row in family.ask.buttons for b in row]
    assert labels == ["English", "Русский"]


def test_choosing_a_language_sets_the_locale(family: Family) -> None:
    family.do("ru")
    assert family.state.locale == "ru"
    assert answer_of(family, "language") == Answer("ru")
    assert family.state.position == "about"


def test_an_info_page_goes_on_with_continue(family: Family) -> None:
    at(family, "about")
    before = family.state
    family.do("_continue")
    assert answer_of(family, "about") == Answer(True)
    assert family.state.position == "disclaimer"
    assert family.state.version == before.version + 1
    assert "_back" in codes(family.ask)


def test_text_on_an_info_page_shows_the_page_again(family: Family) -> None:
    at(family, "disclaimer")
    before = family.state
    family.do(("text", "ok"))
    assert family.state == before
    assert family.ask is not None and family.ask.key == "disclaimer"


def test_start_with_a_payload_records_the_source_once(family: Family) -> None:
    family.do(("command", "start", "clinic_42"))
    assert family.state.source == "clinic_42"
    assert family.ask is not None and family.ask.key == "language"
    family.do("en", ("command", "start", "other_campaign"))
    assert family.state.source == "clinic_42"
    assert family.ask is not None and family.ask.key == "about"
    assert family.said == ["Welcome back. Let's continue where you left off."]


# -- single choice ----------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "action", "stored"),
    [
        ("contact_role", "physician", "physician"),
        ("country_residence", "KZ", "KZ"),
        ("country_residence", "other", "other"),
        ("country_residence", ("text", "Uzbekistan"), "UZ"),
        ("country_residence", ("text", "узбекистан"), "UZ"),
        ("country_residence", ("text", "  russia "), "RU"),
        ("diagnosis", "b_lymphoblastic_lymphoma", "b_lymphoblastic_lymphoma"),
    ],
    ids=["button", "country-button", "other-country", "typed-country", "typed-cyrillic",
         "typed-lowercase", "diagnosis"],
)  # fmt: skip
def test_single_choice_stores_the_code(family: Family, position, action, stored) -> None:
    at(family, position)
    family.do(action)
    assert answer_of(family, position) == Answer(stored)
    assert family.state.position != position
    assert family.state.history[-1] == position


@pytest.mark.parametrize(
    ("position", "action", "error"),
    [
        ("contact_role", "astronaut", TAP),
        ("contact_role", ("text", "my mother"), TAP),
        ("country_residence", ("text", "Atlantis"), NOT_RECOGNISED),
        ("country_residence", "XX", TAP),
        ("consent_store", ("text", "yes"), TAP),
        ("consent_store", "maybe", TAP),
    ],
    ids=["unknown-code", "typed-not-accepted", "unknown-country", "unknown-country-code",
         "consent-typed", "consent-unknown-code"],
)  # fmt: skip
def test_a_wrong_choice_asks_again(family: Family, position, action, error) -> None:
    at(family, position)
    before = family.state
    family.do(action)
    assert_asked_again(family, before, position, error)


# -- multiple choice ---------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "presses", "stored"),
    [
        ("genetics_other", ["tp53", "kmt2a"], ["kmt2a", "tp53"]),
        ("genetics_other", ["kmt2a", "tp53", "kmt2a"], ["tp53"]),
        ("genetics_other", ["kmt2a", "none_known"], ["none_known"]),
        ("genetics_other", ["none_known", "other"], ["other"]),
        ("extramedullary", ["cns", "testis"], ["cns", "testis"]),
        ("extramedullary", ["none", "unknown"], ["unknown"]),
        ("extramedullary", ["unknown", "cns", "other"], ["cns", "other"]),
    ],
    ids=["in-option-order", "toggle-off", "exclusive-clears-others",
         "other-clears-exclusive", "two-sites", "exclusive-replaces-exclusive",
         "picks-clear-unknown"],
)  # fmt: skip
def test_multi_choice_collects_picks_until_done(family: Family, position, presses, stored) -> None:
    at(family, position)
    start = family.state.version
    family.do(*presses)
    # Each pick is a new version (the buttons show the ticks), still on the question.
    assert family.state.position == position
    assert family.state.version == start + len(presses)
    assert sorted(family.state.draft["picked"]) == sorted(stored)
    family.do("_done")
    assert answer_of(family, position) == Answer(stored)
    assert family.state.position != position
    assert family.state.draft == {}


def test_multi_choice_shows_ticks_on_the_picked_options(family: Family) -> None:
    at(family, "genetics_other")
    family.do("tp53")
    assert family.ask is not None
    buttons = {b.code: b.label for row in family.ask.buttons for b in row}
    assert isinstance(buttons["tp53"], Msg) and buttons["tp53"].key == "✓ {label}"
    assert isinstance(buttons["kmt2a"], Msg) and buttons["kmt2a"].key != "✓ {label}"
    assert "_done" in buttons
    assert family.ask.expects == "multi"


@pytest.mark.parametrize(
    ("action", "error"),
    [("_done", MULTI_EMPTY), ("nonsense", MULTI_HOW), (("text", "kmt2a"), MULTI_HOW)],
    ids=["done-with-nothing", "unknown-code", "typed"],
)
def test_multi_choice_errors(family: Family, action, error) -> None:
    at(family, "genetics_other")
    before = family.state
    family.do(action)
    assert_asked_again(family, before, "genetics_other", error)


# -- text and numbers -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Dilnoza", "Dilnoza"),
        ("   Dilnoza Karimova  \n", "Dilnoza Karimova"),
        ("Ива́н Петро́в", "Ива́н Петро́в"),
        ("<b>Ali</b> & co", "<b>Ali</b> & co"),
        ("x" * 200, "x" * 200),
    ],
    ids=["plain", "trimmed", "unicode", "markup-kept-as-text", "at-the-limit"],
)
def test_text_is_stored_trimmed(family: Family, typed, stored) -> None:
    at(family, "contact_name")
    family.do(("text", typed))
    assert answer_of(family, "contact_name") == Answer(stored)
    assert family.state.position == "preferred_contact"


@pytest.mark.parametrize(
    ("action", "error", "params"),
    [
        (("text", "   "), TYPE_TEXT, {}),
        (("text", "y" * 201), TOO_LONG, {"length": 201, "limit": 200}),
        ("Dilnoza", TYPE_TEXT, {}),
    ],
    ids=["blank", "too-long", "button-instead-of-text"],
)
def test_text_errors(family: Family, action, error, params) -> None:
    at(family, "contact_name")
    before = family.state
    family.do(action)
    assert_asked_again(family, before, "contact_name", error)
    error_msg = next(e for e in family.effects if isinstance(e, Say)).text[0]
    assert error_msg.param_map() == params


@pytest.mark.parametrize(
    ("position", "typed", "stored"),
    [
        ("patient_age_years", "9", 9),
        ("patient_age_years", " 9 years", 9),
        ("patient_age_years", "0", 0),
        ("patient_age_years", "90", 90),
        ("patient_age_years", "+12", 12),
        ("weight_kg", "31,5", 31.5),
        ("weight_kg", "31.5 kg", 31.5),
        ("weight_kg", "250", 250.0),
        ("marrow_blasts_pct", "12.5%", 12.5),
    ],
    ids=["whole", "with-unit", "baby", "upper-bound", "plus-sign", "decimal-comma",
         "decimal-unit", "float-upper-bound", "percent"],
)  # fmt: skip
def test_numbers_are_parsed(family: Family, position, typed, stored) -> None:
    at(family, position)
    family.do(("text", typed))
    answer = answer_of(family, position)
    assert answer == Answer(stored)
    assert type(answer.value) is type(stored)


@pytest.mark.parametrize(
    ("position", "action", "error", "params"),
    [
        ("patient_age_years", ("text", "91"), RANGE, {"minimum": 0, "maximum": 90}),
        ("patient_age_years", ("text", "-1"), RANGE, {"minimum": 0, "maximum": 90}),
        ("patient_age_years", ("text", "9.5"), WHOLE, {}),
        ("patient_age_years", ("text", "nine"), NOT_A_NUMBER, {"example": 1}),
        ("patient_age_years", ("text", "9 or 10"), NOT_A_NUMBER, {"example": 1}),
        ("patient_age_years", "9", TYPE_NUMBER, {}),
        ("weight_kg", ("text", "0.5"), RANGE, {"minimum": 1, "maximum": 250}),
        ("marrow_blasts_pct", ("text", "101"), RANGE, {"minimum": 0, "maximum": 100}),
    ],
    ids=["above-range", "negative", "fraction-for-whole", "words", "two-numbers",
         "button-instead-of-number", "below-range", "percent-above-100"],
)  # fmt: skip
def test_number_errors(family: Family, position, action, error, params) -> None:
    at(family, position)
    before = family.state
    family.do(action)
    assert_asked_again(family, before, position, error)
    error_msg = next(e for e in family.effects if isinstance(e, Say)).text[0]
    assert error_msg.param_map() == params


# -- dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actions", "stored"),
    [
        (["y:2024", "m:3"], "2024-03"),
        (["y:2024", "_month_unknown"], "2024"),
        (["y:2026", "m:11"], "2026-11"),
        ([("text", "03/2024")], "2024-03"),
        ([("text", "3.2024")], "2024-03"),
        ([("text", "3 2024")], "2024-03"),
        ([("text", "2024-03")], "2024-03"),
        ([("text", "2024/3")], "2024-03"),
        ([("text", "12.03.2024")], "2024-03"),
        ([("text", "12/03/2024")], "2024-03"),
        ([("text", "2024-03-12")], "2024-03"),
        ([("text", " 11/2026 ")], "2026-11"),
        ([("text", "2016"), "m:1"], "2016-01"),
        ([("text", "2024"), "_month_unknown"], "2024"),
        (["y:2024", ("text", "05/2023")], "2023-05"),
    ],
    ids=["year-then-month-buttons", "month-not-known", "this-month", "mm/yyyy", "m.yyyy",
         "m-space-yyyy", "yyyy-mm", "yyyy/m", "dd.mm.yyyy", "dd/mm/yyyy", "iso-day",
         "spaces", "typed-year-then-month", "typed-year-month-unknown",
         "typed-date-while-months-shown"],
)  # fmt: skip
def test_dates_by_buttons_or_typed(family: Family, actions, stored) -> None:
    at(family, "diagnosis_date")  # the patient is 9, so 2016 is the earliest year
    family.do(*actions)
    assert answer_of(family, "diagnosis_date") == Answer(stored)
    assert family.state.position == "ph_status"
    assert family.state.draft == {}


def test_a_year_alone_asks_for_the_month_without_future_months(family: Family) -> None:
    at(family, "diagnosis_date")
    assert codes(family.ask)[:6] == ["y:2026", "y:2025", "y:2024", "y:2023", "y:2022", "y:2021"]
    family.do("y:2026")
    assert family.state.position == "diagnosis_date"
    assert family.state.draft == {"year": 2026}
    months = [c for c in codes(family.ask) if c.startswith("m:")]
    assert months == [f"m:{m}" for m in range(1, 12)]  # December 2026 is still to come
    assert "_month_unknown" in codes(family.ask)
    family.do("y:2024")
    assert [c for c in codes(family.ask) if c.startswith("m:")] == [f"m:{m}" for m in range(1, 13)]


@pytest.mark.parametrize(
    ("setup", "action", "error", "params"),
    [
        ([], ("text", "12/2026"), FUTURE, {}),
        ([], "y:2027", FUTURE, {}),
        (["y:2026"], "m:12", FUTURE, {}),
        ([], ("text", "2015"), BEFORE_BIRTH, {"year": 2016}),
        ([], ("text", "06/1999"), BEFORE_BIRTH, {"year": 2016}),
        ([], ("text", "13/2024"), BAD_MONTH, {}),
        ([], ("text", "00/2024"), BAD_MONTH, {}),
        ([], ("text", "last spring"), DATE_HOW, {}),
        ([], "m:3", DATE_HOW, {}),
        ([], "_month_unknown", DATE_HOW, {}),
        ([], PDF, FILE_HERE, {}),
    ],
    ids=["typed-future", "future-year-button", "future-month", "before-birth-year",
         "before-birth-date", "month-13", "month-0", "words", "month-without-year",
         "month-unknown-without-year", "file"],
)  # fmt: skip
def test_date_errors(family: Family, setup, action, error, params) -> None:
    at(family, "diagnosis_date")
    family.do(*setup)
    before = family.state
    family.do(action)
    assert_asked_again(family, before, "diagnosis_date", error)
    error_msg = next(e for e in family.effects if isinstance(e, Say)).text[0]
    assert error_msg.param_map() == params


@pytest.mark.parametrize(
    ("age", "typed", "stored"),
    [("0", "2025", None), ("0", "01/2025", "2025-01"), ("0", "12/2024", BEFORE_BIRTH),
     ("60", "12/1964", BEFORE_BIRTH), ("60", "01/1965", "1965-01")],
    ids=["baby-year", "baby-month", "baby-before-birth", "adult-before-birth", "adult"],
)  # fmt: skip
def test_the_earliest_date_follows_the_patients_age(family: Family, age, typed, stored) -> None:
    family.fill("diagnosis_date", {"patient_age_years": [("text", age)]})
    family.do(("text", typed))
    if stored is None:  # a year alone: the month is asked next
        assert family.state.draft == {"year": int(typed)}
    elif stored == BEFORE_BIRTH:
        assert family.said == [BEFORE_BIRTH]
        assert "diagnosis_date" not in family.state.answers
    else:
        assert family.state.answers["diagnosis_date"] == Answer(stored)


# -- files ------------------------------------------------------------------


@pytest.mark.parametrize("file", [PDF, PNG, DOCX, LIMIT], ids=["pdf", "png", "docx", "20-mb"])
def test_a_single_document_is_stored_and_reported(family: Family, file: FileRef) -> None:
    at(family, "flow_report")
    family.do(file)
    assert answer_of(family, "flow_report") == Answer([file.to_json()])
    received = [e for e in family.effects if isinstance(e, DocumentReceived)]
    assert received == [DocumentReceived("flow_report", file.to_json())]
    assert family.state.position == "cd19_pct"


@pytest.mark.parametrize(
    ("action", "error", "params"),
    [
        (GIF, FILE_TYPE, {}),
        (ZIP, FILE_TYPE, {}),
        (HUGE, FILE_SIZE, {"limit": 20}),
        (("text", "I have it at home"), SEND_FILE, {}),
        ("_done", SEND_FILE, {}),
    ],
    ids=["gif", "zip", "too-large", "text", "done-without-files"],
)
def test_rejected_documents_change_nothing(family: Family, action, error, params) -> None:
    at(family, "flow_report")
    before = family.state
    family.do(action)
    assert_asked_again(family, before, "flow_report", error)
    assert not any(isinstance(e, DocumentReceived) for e in family.effects)
    error_msg = next(e for e in family.effects if isinstance(e, Say)).text[0]
    assert error_msg.param_map() == params


@pytest.mark.parametrize("position", ["flow_report", "documents"])
def test_send_later(family: Family, position: str) -> None:
    at(family, position)
    assert "_later" in codes(family.ask)
    family.do("_later")
    assert answer_of(family, position) == Answer(None, "later")
    assert not any(isinstance(e, DocumentReceived) for e in family.effects)


def test_several_documents_until_done(family: Family) -> None:
    at(family, "documents")
    assert "_done" not in codes(family.ask)
    family.do(PDF)
    assert family.state.position == "documents"
    assert family.said == ["Received: {name}"]
    assert "_done" in codes(family.ask)
    family.do(GIF)  # rejected, the first one is kept
    assert family.said == [FILE_TYPE]
    family.do(PNG)
    received = [e for e in family.effects if isinstance(e, DocumentReceived)]
    assert received == [DocumentReceived("documents", PNG.to_json())]
    texts = [m for m in family.ask.text if m.key == "Received so far: {names}"]
    assert texts and texts[0].param_map()["names"] == ("report.pdf", "page-1.png")
    family.do("_done")
    assert answer_of(family, "documents") == Answer([PDF.to_json(), PNG.to_json()])
    assert family.state.position == "free_text_notes"


def test_a_file_where_no_file_is_asked_for(family: Family) -> None:
    at(family, "contact_name")
    before = family.state
    family.do(PDF)
    assert_asked_again(family, before, "contact_name", FILE_HERE)
    assert not any(isinstance(e, DocumentReceived) for e in family.effects)


# -- consent ----------------------------------------------------------------


def test_consents_are_recorded_with_version_locale_and_time(family: Family) -> None:
    at(family, "consent_store")
    family.do("yes")
    record = answer_of(family, "consent_store").value
    assert record == {
        "agreed": True,
        "version": "2026-11-27.1",
        "at": NOW.isoformat(),
        "locale": "en",
    }
    given = [e for e in family.effects if isinstance(e, ConsentGiven)]
    assert given == [ConsentGiven("consent_store", True, "2026-11-27.1", "en", NOW.isoformat())]
    family.do("no")  # sharing with hospitals is optional
    assert answer_of(family, "consent_share_hospitals").value["agreed"] is False
    given = [e for e in family.effects if isinstance(e, ConsentGiven)]
    assert [(g.field, g.agreed) for g in given] == [("consent_share_hospitals", False)]
    assert family.state.position == "contact_role"


def test_a_required_consent_refused_blocks_the_way(family: Family) -> None:
    at(family, "consent_store")
    before = family.state
    family.do("no")
    assert family.state == before
    assert not any(isinstance(e, ConsentGiven) for e in family.effects)
    assert len(family.said) == 1 and "We need this agreement" in family.said[0]
    assert family.ask is not None and family.ask.key == "consent_store"
    assert codes(family.ask)[:2] == ["yes", "no"]


# -- the prior CAR-T block (Repeat) -----------------------------------------


def test_no_prior_car_t_means_no_block(family: Family) -> None:
    family.fill("review")
    assert not [k for k in family.state.answers if k.startswith("car_t.")]
    assert "car_t.0.target" not in family.visited
    family.do("submit")
    assert family.submitted is not None
    assert "car_t" not in family.submitted.snapshot["answers"]


def test_one_prior_car_t_without_relapse_skips_the_relapse_questions(family: Family) -> None:
    family.fill("review", {"prior_car_t": ["yes"]})
    block = [p for p in family.visited if p.startswith("car_t.")]
    assert block == [
        "car_t.0.target",
        "car_t.0.product",
        "car_t.0.infusion_date",
        "car_t.0.best_response",
        "car_t.0.relapsed",
        "car_t.0.worst_crs_icans",
        "car_t.0.+more",
    ]
    family.do("submit")
    assert family.submitted is not None
    assert family.submitted.snapshot["answers"]["car_t"] == [
        {
            "target": "cd19",
            "product": "Kymriah",
            "infusion_date": "2025-01",
            "best_response": "mrd_negative_cr",
            "relapsed": "no",
            "worst_crs_icans": "grade_1_2",
        }
    ]


def test_two_prior_car_ts_with_conditions_inside_each_block(family: Family) -> None:
    answers = {
        "prior_car_t": ["yes"],
        "car_t.0.relapsed": ["yes"],
        "car_t.0.+more": ["yes"],
        "car_t.1.target": ["cd22"],
        "car_t.1.product": ["_unknown"],
        "car_t.1.relapsed": ["no"],
    }
    family.fill("car_t.1.target", answers)
    # Each item is titled with its number.
    titles = [m for m in family.ask.text if m.key == "<b>{item}</b>"]
    assert titles[0].param_map()["item"] == Msg("CAR-T #{n}", (("n", 2),))
    family.fill("review", answers)
    first = [p for p in family.visited if p.startswith("car_t.0.")]
    second = [p for p in family.visited if p.startswith("car_t.1.")]
    assert "car_t.0.relapse_date" in first
    assert "car_t.0.relapse_cd19" in first
    assert "car_t.0.lineage_switch" in first
    assert "car_t.1.relapse_date" not in second
    assert second[-1] == "car_t.1.+more"
    family.do("submit")
    items = family.submitted.snapshot["answers"]["car_t"]
    assert len(items) == 2
    assert items[0]["relapse_cd19"] == "negative"
    assert items[0]["relapse_cd22"] == "positive"
    assert items[1]["target"] == "cd22"
    assert items[1]["product"] == "unknown"
    assert "relapse_date" not in items[1]


def test_the_block_stops_at_its_maximum(family: Family) -> None:
    answers = {"prior_car_t": ["yes"], **{f"car_t.{i}.+more": ["yes"] for i in range(4)}}
    family.fill("review", answers)
    assert "car_t.4.worst_crs_icans" in family.visited
    assert "car_t.4.+more" not in family.visited  # no sixth CAR-T offered
    assert family.visited[family.visited.index("car_t.4.worst_crs_icans") + 1] == "prior_hsct"


def test_answering_no_more_car_ts_goes_on_to_transplant(family: Family) -> None:
    family.fill("car_t.0.+more", {"prior_car_t": ["yes"]})
    assert codes(family.ask)[:2] == ["yes", "no"]
    family.do("no")
    assert family.state.position == "prior_hsct"


# -- conditions (skip logic) ------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "asked", "not_asked"),
    [
        ({"preferred_contact": ["phone"]}, ["contact_value"], []),
        ({"preferred_contact": ["telegram"]}, [], ["contact_value"]),
        ({"preferred_contact": ["_skip"]}, [], ["contact_value"]),
        ({"ph_status": ["ph_positive"]}, ["tki_lines"], []),
        ({"ph_status": ["_unknown"]}, [], ["tki_lines"]),
        ({"disease_status": ["second_or_later_relapse"]}, ["last_relapse_date"], []),
        ({"disease_status": ["mrd_positive"]}, [], ["last_relapse_date"]),
        ({"disease_status": ["_unknown"]}, [], ["last_relapse_date"]),
        ({"prior_blinatumomab": ["yes"], "prior_inotuzumab": ["yes"]},
         ["blinatumomab_last_date", "inotuzumab_last_date"], []),
        ({"prior_blinatumomab": ["unknown"]}, [], ["blinatumomab_last_date"]),
        ({"prior_hsct": ["allogeneic"]}, ["hsct_date", "gvhd_active", "immunosuppression_now"], []),
        ({"prior_hsct": ["autologous"]}, ["hsct_date"], ["gvhd_active", "immunosuppression_now"]),
        ({"prior_hsct": ["none"]}, [], ["hsct_date", "gvhd_active"]),
        ({"treating_physician": [("text", "Dr Aliyev, Tashkent")]},
         ["physician_supports_referral"], []),
        ({"treating_physician": ["_skip"]}, [], ["physician_supports_referral"]),
    ],
    ids=["phone-asks-number", "telegram-only", "skipped-contact", "ph-positive-asks-tki",
         "ph-unknown", "relapse-asks-date", "mrd-positive", "status-unknown",
         "blinatumomab-and-inotuzumab-dates", "blinatumomab-unknown", "allogeneic",
         "autologous", "no-transplant", "named-doctor", "no-doctor"],
)  # fmt: skip
def test_conditions_decide_which_questions_are_asked(family, answers, asked, not_asked) -> None:
    family.fill("review", answers)
    for key in asked:
        assert key in family.visited
    for key in not_asked:
        assert key not in family.visited
        assert key not in family.state.answers
    family.do("submit")
    snapshot = family.submitted.snapshot["answers"]
    assert all(key in snapshot for key in asked)
    assert not any(key in snapshot for key in not_asked)


def test_hidden_answers_are_kept_but_not_submitted(flow, reviewed_state: State) -> None:
    family = Family(flow, reviewed_state)
    family.do("edit:contact", "field:preferred_contact", "phone")
    assert family.state.position == "contact_value"
    family.do(("text", "+998 90 000 00 00"), "edit:contact", "field:preferred_contact")
    family.do("telegram")
    assert family.state.position == "review"
    assert family.state.answers["contact_value"] == Answer("+998 90 000 00 00")
    family.do("submit")
    assert "contact_value" not in family.submitted.snapshot["answers"]


# -- don't know and skip ----------------------------------------------------


@pytest.mark.parametrize(
    ("position", "code", "status", "plain"),
    [
        ("diagnosis", "_unknown", "unknown", "unknown"),
        ("diagnosis_date", "_unknown", "unknown", "unknown"),
        ("cd19_status", "_unknown", "unknown", "unknown"),
        ("weight_kg", "_unknown", "unknown", "unknown"),
        ("weight_kg", "_skip", "skipped", None),
        ("preferred_contact", "_skip", "skipped", None),
        ("genetics_other", "_skip", "skipped", None),
        ("mrd_value", "_unknown", "unknown", "unknown"),
    ],
    ids=["choice-unknown", "date-unknown", "cd19-unknown", "number-unknown", "number-skip",
         "choice-skip", "multi-skip", "text-unknown"],
)  # fmt: skip
def test_dont_know_and_skip(family: Family, position, code, status, plain) -> None:
    at(family, position)
    assert code in codes(family.ask)
    family.do(code)
    assert answer_of(family, position) == Answer(None, status)
    family.fill("review")
    family.do("submit")
    assert family.submitted.snapshot["answers"][position] == plain


@pytest.mark.parametrize(
    ("position", "code"),
    [("contact_role", "_unknown"), ("patient_age_years", "_skip"), ("flow_report", "_skip"),
     ("consent_store", "_skip"), ("prior_car_t", "_unknown")],
    ids=["role-no-unknown", "age-no-skip", "report-no-skip", "consent-no-skip",
         "prior-car-t-has-an-option-instead"],
)  # fmt: skip
def test_dont_know_and_skip_only_where_allowed(family: Family, position, code) -> None:
    at(family, position)
    assert code not in codes(family.ask)
    before = family.state
    family.do(code)
    assert family.state == before
    assert family.ask is not None and family.ask.key == position
    assert len(family.said) == 1


# -- back -------------------------------------------------------------------


@pytest.mark.parametrize("back", ["_back", ("command", "back")], ids=["button", "command"])
def test_back_goes_to_the_previous_question_keeping_answers(family: Family, back) -> None:
    at(family, "contact_name")
    answers = dict(family.state.answers)
    family.do(back)
    assert family.state.position == "country_residence"
    assert family.state.answers == answers
    assert family.ask is not None and family.ask.key == "country_residence"
    family.do(back)
    assert family.state.position == "contact_role"


def test_answering_again_after_back_returns_to_where_the_family_was(family: Family) -> None:
    at(family, "diagnosis")
    family.do("_back", "_back", "_back")
    assert family.state.position == "preferred_contact"
    family.do("email")
    # contact_value is new (e-mail was chosen), so it is asked first ...
    assert family.state.position == "contact_value"
    family.do(("text", "dilnoza@example.org"))
    # ... then straight back to the first unanswered question.
    assert family.state.position == "diagnosis"
    assert family.state.answers["weight_kg"] == Answer(31.5)


def test_back_on_the_first_question(family: Family) -> None:
    before = family.state
    family.do(("command", "back"))
    assert_asked_again(family, before, "language", FIRST_QUESTION)


def test_back_skips_questions_that_are_no_longer_asked(flow, reviewed_state: State) -> None:
    family = Family(flow, reviewed_state)
    family.do("edit:contact", "field:preferred_contact", "phone", ("text", "+44 20 7946 0000"))
    assert family.state.position == "review"
    family.do("edit:contact", "field:preferred_contact", "telegram")
    seen = []
    while family.said != [FIRST_QUESTION]:
        family.do("_back")
        seen.append(family.state.position)
        assert len(seen) < 200
    assert "contact_value" not in seen
    assert seen[-1] == "language"
    assert "patient_age_years" in seen
    assert family.state.answers["contact_value"] == Answer("+44 20 7946 0000")


# -- review: edit and submit ------------------------------------------------


def words(value: object) -> list[str]:
    """Every literal string inside a message (user text and codes shown as is)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Msg):
        return [w for _, v in value.params for w in words(v)]
    if isinstance(value, Lines):
        return [w for v in value.items for w in words(v)]
    if isinstance(value, tuple):
        return [w for v in value for w in words(v)]
    return []


def test_the_review_lists_sections_with_edit_buttons_and_submit(flow, reviewed_state) -> None:
    family = Family(flow, reviewed_state)
    family.send(Event(CHAT, "resume", NOW))
    ask = family.ask
    assert ask is not None and ask.key == "review" and ask.expects == "review"
    assert codes(ask)[-1] == "submit"
    assert "edit:patient" in codes(ask) and "edit:markers" in codes(ask)
    assert "edit:cart" in codes(ask)  # prior_car_t is answered
    assert "edit:start" not in codes(ask)  # the welcome pages are not edited
    shown = words(ask.text)
    assert "Dilnoza" in shown  # the family's own words
    assert "flow-cytometry.pdf" in shown  # the documents by name
    assert "b_all" not in shown  # codes are shown as their labels


def test_edit_a_field_from_the_review_and_return(flow, reviewed_state: State) -> None:
    family = Family(flow, reviewed_state)
    family.do("edit:patient")
    assert family.state.position == "review"
    picker = codes(family.ask)
    assert picker[0] == "field:patient_age_years"
    assert "field:weight_kg" in picker and picker[-1] == "_review"
    family.do("field:weight_kg")
    assert family.state.position == "weight_kg"
    assert family.ask is not None and family.ask.key == "weight_kg"
    family.do(("text", "33"))
    assert family.state.position == "review"
    assert family.ask is not None and family.ask.key == "review"
    assert family.state.answers["weight_kg"] == Answer(33.0)
    assert {k: v for k, v in family.state.answers.items() if k != "weight_kg"} == {
        k: v for k, v in reviewed_state.answers.items() if k != "weight_kg"
    }


def test_an_edit_that_opens_new_questions_asks_them_first(flow, reviewed_state) -> None:
    family = Family(flow, reviewed_state)
    family.do("edit:transplant", "field:prior_hsct", "allogeneic")
    assert family.state.position == "hsct_date"
    family.do(("text", "02/2024"))
    assert family.state.position == "gvhd_active"
    family.do("none")
    assert family.state.position == "immunosuppression_now"
    family.do("yes")
    assert family.state.position == "review"


def test_an_edit_into_the_car_t_block(flow, reviewed_state) -> None:
    family = Family(flow, reviewed_state)
    family.do("edit:cart", "field:prior_car_t", "yes")
    assert family.state.position == "car_t.0.target"
    family.fill("review")
    family.do("edit:cart")
    assert "field:car_t.0.target" in codes(family.ask)
    assert "field:car_t.0.+more" not in codes(family.ask)


def test_back_to_the_summary_from_the_field_picker(flow, reviewed_state) -> None:
    family = Family(flow, reviewed_state)
    family.do("edit:markers")
    family.do("_review")
    assert family.state.draft == {}
    assert family.ask is not None and codes(family.ask)[-1] == "submit"


@pytest.mark.parametrize(
    "action",
    ["edit:nowhere", "field:no_such_field", "field:contact_value", ("text", "looks good"),
     "_review"],
    ids=["unknown-section", "unknown-field", "hidden-field", "typed", "back-when-not-editing"],
)  # fmt: skip
def test_review_ignores_what_it_cannot_use(flow, reviewed_state, action) -> None:
    family = Family(flow, reviewed_state)
    family.do(action)
    assert family.state == reviewed_state
    assert family.ask is not None and family.ask.key == "review"


def test_submit(flow, reviewed_state: State) -> None:
    family = Family(flow, reviewed_state)
    effects = family.do("submit")
    assert [type(e) for e in effects] == [Submit]
    assert family.state.mode == "done"
    assert family.state.version == reviewed_state.version + 1
    snapshot = family.submitted.snapshot
    assert json.loads(json.dumps(snapshot)) == snapshot  # plain values only
    assert snapshot["locale"] == "en"
    assert snapshot["submitted_at"] == NOW.isoformat()
    answers = snapshot["answers"]
    assert {
        k: answers[k]
        for k in (
            "contact_role", "country_residence", "contact_name", "patient_age_years",
            "weight_kg", "diagnosis_date", "genetics_other", "mrd_value", "cd19_status",
            "cd22_status", "flow_report", "documents", "prior_car_t",
        )
    } == {
        "contact_role": "parent_guardian",
        "country_residence": "UZ",
        "contact_name": "Dilnoza",
        "patient_age_years": 9,
        "weight_kg": 31.5,
        "diagnosis_date": "2024-03",
        "genetics_other": ["none_known"],
        "mrd_value": None,
        "cd19_status": "positive",
        "cd22_status": "dim",
        "flow_report": [FLOW_PDF.to_json()],
        "documents": None,
        "prior_car_t": "no",
    }  # fmt: skip
    assert "review" not in answers
    assert set(snapshot["consents"]) == {"consent_store", "consent_share_hospitals"}
    assert snapshot["consents"]["consent_store"]["agreed"] is True


@pytest.mark.parametrize(
    ("kind", "value"),
    [("text", "Any news?"), ("choice", "submit"), ("choice", "_back"), ("resume", ""), ("command", "start"), ("command", "restart"), ("command", "back"),
     ("command", "language"), ("command", "help"), ("command", "frobnicate")],
    ids=["text", "submit-again", "back-button", "resume", "start", "restart", "back",
         "language", "help", "unknown-command"],
)  # fmt: skip
def test_after_submit_every_message_is_answered(flow, reviewed_state, kind, value) -> None:
    family = Family(flow, reviewed_state)
    family.do("submit")
    done = family.state
    event = {
        "text": lambda: Event(CHAT, "text", NOW, text=value),
        "choice": lambda: Event(CHAT, "choice", NOW, code=value, version=done.version),
        "file": lambda: Event(CHAT, "file", NOW, file=value),
        "resume": lambda: Event(CHAT, "resume", NOW),
        "command": lambda: Event(CHAT, "command", NOW, code=value),
    }[kind]()
    effects = family.send(event)
    assert family.state == done
    assert not any(isinstance(e, Submit) for e in effects)
    assert any(isinstance(e, Say) for e in effects)


def test_a_document_sent_after_submit_is_kept(flow, reviewed_state) -> None:
    family = Family(flow, reviewed_state)
    family.do("submit")
    family.do(PNG)
    assert family.state.mode == "done"
    received = [e for e in family.effects if isinstance(e, DocumentReceived)]
    assert [r.file for r in received] == [PNG.to_json()]
    assert not any(isinstance(e, Submit) for e in family.effects)
    family.do(GIF)
    assert family.said == [FILE_TYPE]
    assert not any(isinstance(e, DocumentReceived) for e in family.effects)


@pytest.mark.parametrize(
    "actions",
    [
        [("command", "learn"), "learn:exit"],
        ["learn:exit"],  # an old "back to my case" button
        [("command", "delete"), ("command", "delete"), "_confirm_no"],
        [("command", "learn"), ("command", "delete"), "_confirm_no", ("command", "learn"), "learn:exit"],
        [("command", "learn"), ("command", "restart")],
        [("command", "learn"), ("command", "back"), ("command", "language")],
    ],
    ids=["learn-and-back", "old-learn-button", "delete-twice-then-no", "learn-delete-no-learn",
         "restart-while-reading", "back-and-language-while-reading"],
)  # fmt: skip
def test_a_submitted_case_stays_submitted(flow, reviewed_state, actions) -> None:
    family = Family(flow, reviewed_state)
    family.do("submit")
    for action in actions:
        family.do(action)
        assert any(isinstance(e, Say | Ask) for e in family.effects), action
    assert family.state.mode in ("done", "learn")
    if family.state.mode == "learn":
        family.do("learn:exit")
    assert family.state.mode == "done"
    assert family.state.answers == reviewed_state.answers
    family.do("submit")
    assert family.submitted is None


def test_start_with_a_payload_mid_intake_is_a_change(family: Family) -> None:
    at(family, "contact_name")
    before = family.state
    family.do(("command", "start", "clinic_9"))
    assert family.state.source == "clinic_9"
    assert family.state.version == before.version + 1
    assert family.ask is not None and family.ask.version == family.state.version


# -- restart ----------------------------------------------------------------


def test_restart_asks_for_confirmation_and_no_keeps_everything(family: Family) -> None:
    at(family, "patient_age_years")
    before = family.state
    family.do(("command", "restart"))
    assert family.state.mode == "confirm_restart"
    assert family.state.answers == before.answers
    assert family.ask is not None and family.ask.key == "_confirm_restart"
    _, no = codes(family.ask)
    family.do(("text", "hmm"))  # neither yes nor no: asked again
    assert family.state.mode == "confirm_restart"
    family.do(no)
    assert family.state.mode == "flow"
    assert family.state.position == "patient_age_years"
    assert family.state.answers == before.answers
    assert family.ask is not None and family.ask.key == "patient_age_years"
    assert len(family.said) == 1


def test_restart_confirmed_erases_answers_but_keeps_the_language(family: Family) -> None:
    family.do("ru")
    at(family, "weight_kg")
    family.do(("command", "restart"))
    yes, _ = codes(family.ask)
    version = family.state.version
    family.do(yes)
    assert family.state.answers == {"language": Answer("ru")}
    assert family.state.locale == "ru"
    assert family.state.position == "about"
    assert family.state.mode == "flow"
    assert family.state.version > version
    assert family.ask is not None and family.ask.key == "about"
    family.fill("contact_name")  # and the intake can be done again


def test_a_stale_press_during_restart_confirmation_changes_nothing(family: Family) -> None:
    at(family, "contact_role")
    old = family.state.version
    family.do(("command", "restart"))
    before = family.state
    family.press(codes(family.ask)[0], version=old)
    assert family.state == before
    assert family.said == [STALE]


# -- /language --------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "answers"),
    [
        ("patient_age_years", {}),
        ("genetics_other", {}),
        ("car_t.0.best_response", {"prior_car_t": ["yes"]}),
        ("review", {}),
    ],
    ids=["number", "multi", "inside-the-car-t-block", "review"],
)
def test_language_mid_intake_keeps_answers_and_returns(family, position, answers) -> None:
    family.fill(position, answers)
    before = family.state
    family.do(("command", "language"))
    assert family.ask is not None and family.ask.key == "language"
    assert codes(family.ask)[:2] == ["en", "ru"]
    family.do("ru")
    assert family.state.locale == "ru"
    assert family.state.position == position
    assert family.ask is not None and family.ask.key == position
    assert {k: v for k, v in family.state.answers.items() if k != "language"} == {
        k: v for k, v in before.answers.items() if k != "language"
    }
    assert family.state.answers["language"] == Answer("ru")


# -- stale buttons ----------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "setup", "code"),
    [
        ("contact_role", [], "patient"),
        ("genetics_other", ["kmt2a"], "_done"),
        ("diagnosis_date", ["y:2024"], "m:5"),
        ("consent_store", [], "yes"),
        ("contact_name", [], "_back"),
        ("review", [], "submit"),
        ("review", ["edit:patient"], "field:weight_kg"),
    ],
    ids=["choice", "multi-done", "month", "consent", "back", "submit", "field-picker"],
)
def test_a_stale_button_changes_nothing(family: Family, position, setup, code) -> None:
    family.fill(position)
    family.do(*setup)
    old = family.state.version
    # Go back one question and return: the same screen, shown with a newer version.
    family.do(("command", "back"))
    family.fill(position)
    family.do(*setup)
    before = family.state
    assert before.version > old
    family.press(code, version=old)
    assert family.state == before
    assert family.said == [STALE]
    assert family.ask == present(family.flow, before, Event(CHAT, "resume", NOW))


def test_a_press_without_a_version_is_stale(family: Family) -> None:
    at(family, "contact_role")
    before = family.state
    family.send(Event(CHAT, "choice", NOW, code="patient", version=None))
    assert family.state == before
    assert family.said == [STALE]


def test_typed_text_needs_no_version(family: Family) -> None:
    at(family, "contact_name")
    family.send(Event(CHAT, "text", NOW, text="Dilnoza"))
    assert family.state.answers["contact_name"] == Answer("Dilnoza")


# -- commands ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["help", "frobnicate"])
def test_help_and_unknown_commands_change_nothing(family: Family, name: str) -> None:
    at(family, "cd19_status")
    before = family.state
    family.do(("command", name))
    assert family.state == before
    assert family.said  # an explanation first ...
    assert family.ask is not None and family.ask.key == "cd19_status"  # ... then the question


def test_every_question_on_the_path_is_shown_again_on_resume(flow) -> None:
    answers = {"prior_car_t": ["yes"], "car_t.0.relapsed": ["yes"]}
    path = Family(flow).fill("review", answers).visited
    assert len(path) > 50
    replay = Family(flow)
    for position in path:
        replay.fill(position, answers)
        shown = advance(flow, replay.state, Event(CHAT, "resume", NOW))
        assert shown.state == replay.state
        ask = shown.effects[-1]
        assert isinstance(ask, Ask)
        assert (ask.key, ask.version) == (position, replay.state.version)
