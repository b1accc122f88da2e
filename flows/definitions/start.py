"""The `start` flow: language, what this service is, the disclaimer."""

from __future__ import annotations

from collections.abc import Sequence

from flows.definitions.learn_content import DISCLAIMER
from flows.steps import Choice, Info, Option, Section, Step
from flows.text import N_

__all__ = ["DISCLAIMER", "LANGUAGE_NAMES", "SECTION", "steps"]

SECTION = Section("start", N_("Welcome"), counted=False)

# Each language in its own name, so a family can find theirs in any locale.
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "uz": "Oʻzbekcha",
    "kk": "Қазақша",
    "ar": "العربية",
    "fa": "فارسی",
    "vi": "Tiếng Việt",
    "id": "Bahasa Indonesia",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
    "am": "አማርኛ",
}

ABOUT = N_(
    "<b>Welcome.</b> We are a medical-travel service. We help families of children and adults "
    "with B-cell acute lymphoblastic leukaemia (B-ALL) that came back or did not respond to "
    "treatment, including after CD19 CAR-T.\n\n"
    "Here you can learn, in plain words, what dual-target CD19+CD22 CAR-T is, and send us the "
    "patient's case. A coordinator (a person, not a bot) then reviews it and writes to you here.\n\n"
    "The questions take about 15 minutes. Your answers are saved as you go; you can stop and come "
    "back at any time. If you do not know an answer, tap «I don't know»."
)


def steps(locales: Sequence[str]) -> tuple[Step, ...]:
    """The start steps, offering the languages that have a catalog."""
    languages = tuple(
        Option(code, LANGUAGE_NAMES.get(code, code), literal=True) for code in locales
    )
    return (
        Choice(
            id="language",
            prompt=N_("Please choose your language."),
            label=N_("Language"),
            section=SECTION.id,
            options=languages,
            sets_locale=True,
        ),
        Info(id="about", prompt=ABOUT, section=SECTION.id, learn=True),
        Info(id="disclaimer", prompt=DISCLAIMER, section=SECTION.id),
    )
