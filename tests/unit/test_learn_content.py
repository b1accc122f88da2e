"""Checks for the educational content in flows/definitions/learn_content.py.

These guard the rules the content must follow: Telegram limits, Telegram HTML,
figures only from the fact sheet and with their qualifiers, no promises, and a
complete disclaimer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import PYTHON_FORMAT
from babel.messages.extract import extract_from_file

from flows.definitions import learn_content
from flows.definitions.learn_content import DISCLAIMER, FAQ, GLOSSARY, PAGES, Page, Term

FACTS_MD = Path("/work/shared/content/facts.md")

MAX_BODY = 900
MAX_PAGE_TITLE = 28
MAX_FAQ_TITLE = 60
MAX_EXPLANATION = 190  # Telegram alerts allow 200
MAX_TERM = 28
MAX_ID = 32  # ids end up in callback data (64 bytes)

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")

# Every figure the fact sheet allows, exactly as written there.
ALLOWED_FIGURES = frozenset(
    {
        "10-40%",
        "20-40%",
        "30%",
        "90%",
        "90-93%",
        "85%",
        "99%",
        "60%",
        "5%",
        "n=47",
        "n=225",
        "1 of 43",
        "16 of 43",
        "2 months",
        "5+ years",
    }
)
# Figures at least one text must show.
KEY_FIGURES = (
    "10-40%",
    "90-93%",
    "85%",
    "99%",
    "60%",
    "n=47",
    "n=225",
    "1 of 43",
    "16 of 43",
    "2 months",
    "5+ years",
)
# The source page's "85-93% MRD-negative CR" must not be used (facts.md says so).
FORBIDDEN_FIGURES = ("85-93%",)
# Other digits that may appear: marker names, and the age limit of one series.
ALLOWED_DIGIT_TOKENS = ("CD19", "CD22", "20 or under")

FIGURE_PATTERNS = (
    re.compile(r"\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?\s*%"),
    re.compile(r"\bn\s*=\s*\d+"),
    re.compile(r"\b\d+\s+of\s+\d+\b"),
    re.compile(r"\b\d+\+?\s+(?:days?|weeks?|months?|years?)\b"),
)

FORBIDDEN_PHRASES = (
    r"\bcur(?:e|es|ed|ing)\b",
    r"\bsafe(?:ly|ty|r|st)?\b",
    r"\byou are eligible\b",
    r"\b(?:is|are|be) eligible\b",
    r"\bnot eligible\b",
    r"\bineligible\b",
    r"\bqualif(?:y|ies)\b",
    r"\bwill (?:work|cure|succeed|be accepted|get)\b",
    r"\bdefinitely\b",
    r"\bcertainly\b",
    r"\bproven\b",
    r"\b100%",
    r"\brecommend",
    r"\byou should\b",
)
# "guarantee" and "promise" only in a negated form.
NEGATED_ONLY = re.compile(r"\b(?:guarantee|promise)[sd]?\b", re.IGNORECASE)
NEGATION_BEFORE = re.compile(
    r"(?:\bdoes not|\bdo not|\bcannot|\bcan not|\bno|\bnot a|\bwithout|\bnever)\s+$",
    re.IGNORECASE,
)

ALLOWED_TAGS = ("b", "i")
TAG = re.compile(r"<(/?)([a-zA-Z0-9]*)[^<>]*>")
ENTITY = re.compile(r"&(?:amp|lt|gt);")

ALL_PAGES: tuple[Page, ...] = PAGES + FAQ
NUMBER_PAGES = tuple(page for page in PAGES if page.id.startswith("numbers_"))


def _texts() -> list[tuple[str, str]]:
    """Every user-visible string, labelled by where it lives."""
    texts: list[tuple[str, str]] = []
    for page in PAGES:
        texts += [(f"page:{page.id}:title", page.title), (f"page:{page.id}:body", page.body)]
    for page in FAQ:
        texts += [(f"faq:{page.id}:title", page.title), (f"faq:{page.id}:body", page.body)]
    for term in GLOSSARY:
        texts += [
            (f"term:{term.id}:term", term.term),
            (f"term:{term.id}:explanation", term.explanation),
        ]
    texts.append(("disclaimer", DISCLAIMER))
    return texts


TEXTS = _texts()
TEXT_IDS = [label for label, _ in TEXTS]
ALL_TEXT = "\n".join(text for _, text in TEXTS)


def _plain(text: str) -> str:
    """Text without HTML tags, with entities decoded."""
    text = TAG.sub("", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", _plain(text)) if s.strip()]


def _sentences_with(needle: str) -> list[str]:
    return [s for _, text in TEXTS for s in _sentences(text) if needle in s]


# --- structure and limits ---------------------------------------------------


def test_collections_are_not_empty() -> None:
    assert len(PAGES) >= 9
    assert len(FAQ) >= 8
    assert len(GLOSSARY) >= 18
    assert all(isinstance(page, Page) for page in ALL_PAGES)
    assert all(isinstance(term, Term) for term in GLOSSARY)


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.id)
def test_body_fits(page: Page) -> None:
    assert page.body.strip()
    assert len(page.body) <= MAX_BODY


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.id)
def test_page_title_is_button_sized(page: Page) -> None:
    assert page.title.strip()
    assert len(page.title) <= MAX_PAGE_TITLE
    assert "<" not in page.title and "\n" not in page.title


@pytest.mark.parametrize("page", FAQ, ids=lambda p: p.id)
def test_faq_title_is_a_short_question(page: Page) -> None:
    assert len(page.title) <= MAX_FAQ_TITLE
    assert page.title.endswith("?")
    assert "<" not in page.title and "\n" not in page.title


@pytest.mark.parametrize("term", GLOSSARY, ids=lambda t: t.id)
def test_glossary_entry_fits_an_alert(term: Term) -> None:
    assert term.term.strip() and len(term.term) <= MAX_TERM
    assert term.explanation.strip()
    assert len(term.explanation) <= MAX_EXPLANATION
    # Alerts are plain text: no HTML at all.
    assert "<" not in term.explanation and "&" not in term.explanation
    assert "<" not in term.term and "&" not in term.term


@pytest.mark.parametrize(
    ("kind", "items"),
    [("pages", PAGES), ("faq", FAQ), ("glossary", GLOSSARY)],
)
def test_ids_unique_and_snake_case(kind: str, items: tuple[Page | Term, ...]) -> None:
    ids = [item.id for item in items]
    assert len(ids) == len(set(ids)), kind
    for item_id in ids:
        assert SNAKE_CASE.match(item_id), item_id
        assert len(item_id) <= MAX_ID, item_id


def test_page_and_faq_ids_do_not_collide() -> None:
    ids = [page.id for page in ALL_PAGES]
    assert len(ids) == len(set(ids))


def test_required_pages_present() -> None:
    ids = {page.id for page in PAGES}
    assert {
        "antigen_escape",
        "why_cd22",
        "cd22_test",
        "when_considered",
        "single_vs_dual",
        "about_service",
    } <= ids
    assert NUMBER_PAGES
    assert any(page.id.startswith("designs_") for page in PAGES)


@pytest.mark.parametrize(
    "term_id",
    [
        "car_t",
        "antigen",
        "cd19",
        "cd22",
        "antigen_escape",
        "b_all",
        "relapse",
        "remission",
        "mrd",
        "flow_cytometry",
        "bone_marrow_aspirate",
        "hsct",
        "crs",
        "icans",
        "blinatumomab",
        "inotuzumab",
        "lineage_switch",
        "clinical_trial",
    ],
)
def test_required_glossary_term_present(term_id: str) -> None:
    assert term_id in {term.id for term in GLOSSARY}


@pytest.mark.parametrize("term_id", ["crs", "icans"])
def test_side_effect_terms_are_definitions_only(term_id: str) -> None:
    (term,) = [t for t in GLOSSARY if t.id == term_id]
    text = term.explanation.lower()
    assert "side effect" in text and "treating team" in text
    for word in ("fever", "grade", "symptom", "call", "should", "sign"):
        assert word not in text, word


# --- Telegram HTML -----------------------------------------------------------


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
def test_html_uses_only_b_and_i_and_is_balanced(label: str, text: str) -> None:
    stack: list[str] = []
    for match in TAG.finditer(text):
        closing, name = match.group(1), match.group(2)
        assert match.group(0) in {f"<{closing}{name}>"}, f"{label}: attributes in {match[0]}"
        assert name in ALLOWED_TAGS, f"{label}: tag {match.group(0)}"
        if closing:
            assert stack and stack[-1] == name, f"{label}: unbalanced {match.group(0)}"
            stack.pop()
        else:
            assert name not in stack, f"{label}: nested <{name}>"
            stack.append(name)
    assert not stack, f"{label}: unclosed {stack}"


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
def test_no_bare_html_special_characters(label: str, text: str) -> None:
    without_tags = TAG.sub("", text)
    assert "<" not in without_tags and ">" not in without_tags, label
    assert "&" not in ENTITY.sub("", without_tags), label


# --- extraction and formatting safety ------------------------------------------


def test_every_text_is_an_n_literal_babel_extracts() -> None:
    folder = Path(learn_content.__file__).parent
    extracted = {
        message
        for path in folder.glob("*.py")
        for _, message, _, _ in extract_from_file("python", str(path), keywords={"N_": None})
    }
    missing = [label for label, text in TEXTS if text not in extracted]
    assert not missing


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
def test_no_accidental_format_placeholders(label: str, text: str) -> None:
    # "40% of" would look like a printf placeholder: Babel would flag the msgid
    # as python-format and reject translations that move the words around.
    assert not PYTHON_FORMAT.search(text), f"{label}: {PYTHON_FORMAT.search(text)}"
    assert "{" not in text and "}" not in text, label


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
def test_plain_characters(label: str, text: str) -> None:
    assert text == text.strip(), label
    assert "\t" not in text and "\r" not in text, label
    assert "  " not in text, label
    assert "\n\n\n" not in text, label


# --- figures -------------------------------------------------------------------


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
def test_every_figure_is_from_the_fact_sheet(label: str, text: str) -> None:
    plain = _plain(text)
    for pattern in FIGURE_PATTERNS:
        for match in pattern.finditer(plain):
            assert match.group(0) in ALLOWED_FIGURES, f"{label}: {match.group(0)!r}"


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
def test_no_stray_numbers(label: str, text: str) -> None:
    rest = _plain(text)
    for token in sorted(ALLOWED_FIGURES | set(ALLOWED_DIGIT_TOKENS), key=len, reverse=True):
        rest = rest.replace(token, "")
    assert not re.search(r"\d", rest), f"{label}: unexpected number in {rest!r}"


@pytest.mark.parametrize("figure", KEY_FIGURES)
def test_key_figure_appears(figure: str) -> None:
    assert figure in ALL_TEXT


@pytest.mark.parametrize("figure", FORBIDDEN_FIGURES)
def test_forbidden_figure_absent(figure: str) -> None:
    assert figure not in ALL_TEXT


@pytest.mark.skipif(not FACTS_MD.exists(), reason="fact sheet not available")
@pytest.mark.parametrize("figure", sorted(ALLOWED_FIGURES))
def test_allow_list_matches_fact_sheet(figure: str) -> None:
    facts = FACTS_MD.read_text(encoding="utf-8")
    if figure == "90%":
        assert "over 90%" in facts
    else:
        assert figure in facts


# --- qualifiers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("figure", "required"),
    [
        ("90-93%", ("about",)),
        ("85%", ("about",)),
        ("99%", ("about",)),
        ("10-40%", ("roughly", "first respond")),
        ("n=47", ("tandem", "85%")),
        ("n=225", ("99%", "20 or under")),
        ("60%", ("US", "tandem")),
        ("1 of 43", ("largest",)),
        ("16 of 43", ("CD22",)),
        ("2 months", ("about",)),
        ("half", ("About", "one year")),
        ("5+ years", ("follow-up",)),
    ],
)
def test_figure_keeps_its_qualifier(figure: str, required: tuple[str, ...]) -> None:
    sentences = _sentences_with(figure)
    assert sentences, figure
    for sentence in sentences:
        for word in required:
            assert word.lower() in sentence.lower(), f"{figure!r} without {word!r}: {sentence}"


def test_mrd_range_names_mrd_and_chinese_series() -> None:
    for page in NUMBER_PAGES:
        for line in _plain(page.body).split("\n"):
            if "85%" in line:
                assert "MRD" in line and "Chinese" in line


@pytest.mark.parametrize("page", NUMBER_PAGES, ids=lambda p: p.id)
def test_key_number_pages_name_source_and_are_not_promises(page: Page) -> None:
    body = page.body.lower()
    assert "published" in body
    assert "not a promise" in body


def test_dual_target_results_name_the_kind_of_study() -> None:
    pages = [p for p in NUMBER_PAGES if "90-93%" in p.body]
    assert pages
    for page in pages:
        body = page.body.lower()
        assert "early-phase" in body
        assert "single centre" in body or "single-centre" in body
        assert "random" in body
        assert "china" in body or "chinese" in body


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.id)
def test_any_page_with_a_percentage_says_not_a_promise(page: Page) -> None:
    if "%" in page.body:
        assert "not a promise" in page.body.lower()
        assert "published" in page.body.lower()


def test_benefit_is_fewer_escape_relapses_not_higher_response() -> None:
    for page_id in ("numbers_dual_relapse", "faq_results"):
        (page,) = [p for p in ALL_PAGES if p.id == page_id]
        body = _plain(page.body).lower()
        assert "fewer" in body
        assert "not a higher first response" in body
        assert "long-term" in body


# --- no promises, no advice ------------------------------------------------------


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
@pytest.mark.parametrize("phrase", FORBIDDEN_PHRASES)
def test_no_promising_or_eligibility_language(label: str, text: str, phrase: str) -> None:
    assert not re.search(phrase, _plain(text), re.IGNORECASE), f"{label}: {phrase}"


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=TEXT_IDS)
def test_guarantee_and_promise_only_negated(label: str, text: str) -> None:
    plain = _plain(text)
    for match in NEGATED_ONLY.finditer(plain):
        before = plain[: match.start()]
        assert NEGATION_BEFORE.search(before), f"{label}: {plain[max(0, match.start() - 30) :]}"


@pytest.mark.parametrize(
    "text",
    [
        "This will cure the leukaemia.",
        "We guarantee a place.",
        "Your child is eligible.",
        "You are eligible for this trial.",
        "It is safe.",
        "About 70% of patients respond.",
        "In a series (n=12), results were good.",
        "3 of 10 relapsed.",
    ],
)
def test_checks_catch_bad_examples(text: str) -> None:
    """The checks above are not toothless: each of these must fail one of them."""
    plain = _plain(text)
    bad_phrase = any(re.search(p, plain, re.IGNORECASE) for p in FORBIDDEN_PHRASES)
    bad_guarantee = any(
        not NEGATION_BEFORE.search(plain[: m.start()]) for m in NEGATED_ONLY.finditer(plain)
    )
    bad_figure = any(
        m.group(0) not in ALLOWED_FIGURES for p in FIGURE_PATTERNS for m in p.finditer(plain)
    )
    assert bad_phrase or bad_guarantee or bad_figure


# --- disclaimer ------------------------------------------------------------------


def test_disclaimer_carries_the_three_ideas() -> None:
    text = _plain(DISCLAIMER).lower()
    assert "information only" in text
    assert "not medical advice" in text
    assert "does not guarantee" in text
    for word in ("access", "eligibility", "outcome"):
        assert word in text
    assert "qualified haematologist" in text
    assert "experienced centre" in text
    assert "assessed" in text


def test_disclaimer_is_short() -> None:
    assert len(DISCLAIMER) <= 300
