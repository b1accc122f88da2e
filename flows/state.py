"""A conversation's state: a plain, JSON-serialisable value.

`answers` is keyed by position: a top-level step id (`"cd19_status"`), or
`"<repeat>.<n>.<step>"` inside a repeatable block (`"car_t.0.target"`).
Answers of steps that later became hidden (an earlier answer changed) are
kept, so flipping the earlier answer back loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeAlias

__all__ = ["Answer", "JsonValue", "Mode", "State", "Status"]

JsonValue: TypeAlias = "str | int | float | bool | list[Any] | dict[str, Any] | None"
Status = Literal["answered", "unknown", "skipped", "later"]
Mode = Literal["flow", "confirm_restart", "confirm_delete", "learn", "done"]


@dataclass(frozen=True)
class Answer:
    """One stored answer: its value (a code, number, text, date or files)
    and how it was given ("don't know", skipped, to be sent later)."""

    value: JsonValue
    status: Status = "answered"

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"value": self.value, "status": self.status}

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Answer:
        """The answer stored by `to_json`."""
        return Answer(value=data.get("value"), status=data.get("status", "answered"))


@dataclass(frozen=True)
class State:
    """Where a family is, what they answered, and the version buttons carry."""

    position: str
    answers: Mapping[str, Answer] = field(default_factory=dict)
    version: int = 0
    locale: str | None = None
    history: tuple[str, ...] = ()
    mode: Mode = "flow"
    # Work in progress on the current question: a multi-choice selection
    # ("picked") or the year of a date whose month is still to come ("year").
    draft: Mapping[str, Any] = field(default_factory=dict)
    source: str | None = None
    case_id: int | None = None
    # The coordinators' status of the submitted case, as told to the family.
    case_status: str | None = None

    def bump(self, **changes: Any) -> State:
        """A copy with `changes` and the next version; this same state if
        `changes` change nothing (so old buttons stay valid)."""
        new = replace(self, **changes)
        return self if new == self else replace(new, version=self.version + 1)

    def with_answer(self, key: str, answer: Answer) -> dict[str, Answer]:
        """The answers with `key` set to `answer`."""
        return {**self.answers, key: answer}

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (stored by every adapter)."""
        return {
            "position": self.position,
            "answers": {k: a.to_json() for k, a in self.answers.items()},
            "version": self.version,
            "locale": self.locale,
            "history": list(self.history),
            "mode": self.mode,
            "draft": dict(self.draft),
            "source": self.source,
            "case_id": self.case_id,
            "case_status": self.case_status,
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> State:
        """The state stored by `to_json`."""
        return State(
            position=data["position"],
            answers={k: Answer.from_json(v) for k, v in data.get("answers", {}).items()},
            version=int(data.get("version", 0)),
            locale=data.get("locale"),
            history=tuple(data.get("history", ())),
            mode=data.get("mode", "flow"),
            draft=dict(data.get("draft", {})),
            source=data.get("source"),
            case_id=data.get("case_id"),
            case_status=data.get("case_status"),
        )
