"""Steps are data: each kind of question the engine can ask.

A flow is a tuple of steps with stable string ids, grouped into sections. The
engine (`flows/engine.py`) reads these values; no step holds behaviour beyond
small pure parsers (e.g. a typed country name to its ISO code).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from flows.conditions import Condition

__all__ = [
    "Choice",
    "Consent",
    "DateStep",
    "FileStep",
    "Flow",
    "Info",
    "NumberStep",
    "Option",
    "Repeat",
    "Review",
    "Section",
    "Step",
    "TextStep",
]


@dataclass(frozen=True)
class Option:
    """One answer of a choice: the stored code and its label (a msgid, or a
    literal shown as it is when `literal` is set, e.g. a language's own name)."""

    code: str
    label: str
    literal: bool = False


@dataclass(frozen=True)
class Section:
    """A group of steps: a progress stage and one editable group in review."""

    id: str
    title: str
    counted: bool = True


@dataclass(frozen=True, kw_only=True)
class _Step:
    id: str
    prompt: str
    label: str = ""
    section: str = ""
    when: Condition | None = None
    unknown: bool = False
    skip: bool = False


@dataclass(frozen=True, kw_only=True)
class Info(_Step):
    """A page of text with a Continue button (and one to the education
    pages when `learn` is set)."""

    learn: bool = False


@dataclass(frozen=True, kw_only=True)
class Choice(_Step):
    """Pick one option, or several when `multi` is set."""

    options: tuple[Option, ...]
    multi: bool = False
    # Turns typed text into a code (e.g. a country name into "UZ"); None
    # means typed text is not accepted and the buttons are shown again.
    parse_typed: Callable[[str], str | None] | None = None
    typed_hint: str | None = None
    # Codes that clear every other pick in a multi-choice ("none", "unknown").
    exclusive: tuple[str, ...] = ()
    # The answer is the family's language: it sets the state's locale.
    sets_locale: bool = False


@dataclass(frozen=True, kw_only=True)
class TextStep(_Step):
    """Free text, up to `max_length` characters."""

    max_length: int = 2000


@dataclass(frozen=True, kw_only=True)
class NumberStep(_Step):
    """A number within [minimum, maximum]; `integer` rejects fractions."""

    minimum: float
    maximum: float
    integer: bool = True


@dataclass(frozen=True, kw_only=True)
class DateStep(_Step):
    """A month and year: year buttons, then month buttons; typed dates too.

    Dates are never in the future and never before the patient's birth year.
    """

    years_shown: int = 6


@dataclass(frozen=True, kw_only=True)
class FileStep(_Step):
    """Documents or photos; `multiple` collects several until Done;
    `later` offers "I will send it later"."""

    multiple: bool = False
    later: bool = True


@dataclass(frozen=True, kw_only=True)
class Consent(_Step):
    """An agreement with a versioned text; `required` blocks going on without it."""

    required: bool
    version: str


@dataclass(frozen=True, kw_only=True)
class Repeat(_Step):
    """A repeatable block (e.g. one per prior CAR-T). `prompt` asks whether
    to add another block; `item_title` is a msgid with `{n}`."""

    steps: tuple[Step, ...]
    item_title: str
    max_items: int = 5


@dataclass(frozen=True, kw_only=True)
class Review(_Step):
    """The summary with edit buttons per section, and Submit."""


Step = Info | Choice | TextStep | NumberStep | DateStep | FileStep | Consent | Repeat | Review


@dataclass(frozen=True)
class Flow:
    """A whole conversation: its sections and steps in order."""

    id: str
    sections: tuple[Section, ...]
    steps: tuple[Step, ...]
    # Month names people type, in every language, case-folded -> 1..12.
    month_names: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    _by_id: dict[str, Step] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        ids = [s.id for s in self.steps]
        if len(ids) != len(set(ids)):
            raise ValueError(f"flow {self.id!r}: step ids must be unique")
        known = {s.id for s in self.sections}
        for step in self.steps:
            if step.section not in known:
                raise ValueError(f"flow {self.id!r}: step {step.id!r} has unknown section")
            self._by_id[step.id] = step

    def step(self, step_id: str) -> Step:
        """The top-level step with this id."""
        return self._by_id[step_id]

    def section(self, section_id: str) -> Section:
        """The section with this id."""
        return next(s for s in self.sections if s.id == section_id)
