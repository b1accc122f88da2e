"""Where a conversation can be: the active positions of a flow, in order.

`walk` lists every position whose condition holds for the current answers,
expanding repeatable blocks (one set of positions per item, then "add
another?"). The engine moves along this list; the review and the coordinator
snapshot read it, so hidden answers never leak into a submitted case.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from flows.conditions import Lookup, holds
from flows.state import Answer
from flows.steps import Choice, Flow, Info, Option, Repeat, Review, Step
from flows.text import N_

__all__ = [
    "MORE",
    "Slot",
    "find",
    "is_answered",
    "lookup",
    "more_step",
    "next_slot",
    "plain_answers",
    "walk",
]

MORE = "+more"
YES = N_("Yes")
NO = N_("No")


@dataclass(frozen=True)
class Slot:
    """One position: its key, its step, and the block it belongs to."""

    key: str
    step: Step
    repeat: Repeat | None = None
    index: int | None = None


@cache
def more_step(repeat: Repeat) -> Choice:
    """The "add another?" question that closes each item of `repeat`."""
    return Choice(
        id=MORE,
        prompt=repeat.prompt,
        label=repeat.label,
        section=repeat.section,
        options=(Option("yes", YES), Option("no", NO)),
    )


def _plain(answer: Answer | None) -> object:
    if answer is None or answer.status in ("skipped", "later"):
        return None
    if answer.status == "unknown":
        return "unknown"
    return answer.value


def lookup(answers: Mapping[str, Answer], prefix: str = "") -> Lookup:
    """Plain values by field id; inside a block (`prefix`) its own fields first."""

    def get(field: str) -> object:
        if prefix and f"{prefix}{field}" in answers:
            return _plain(answers[f"{prefix}{field}"])
        return _plain(answers.get(field))

    return get


def walk(flow: Flow, answers: Mapping[str, Answer]) -> tuple[Slot, ...]:
    """Every active position of `flow`, in order."""
    slots: list[Slot] = []
    top = lookup(answers)
    for step in flow.steps:
        if not holds(step.when, top):
            continue
        if not isinstance(step, Repeat):
            slots.append(Slot(step.id, step))
            continue
        for index in range(step.max_items):
            prefix = f"{step.id}.{index}."
            scoped = lookup(answers, prefix)
            slots.extend(
                Slot(f"{prefix}{sub.id}", sub, step, index)
                for sub in step.steps
                if holds(sub.when, scoped)
            )
            if index + 1 == step.max_items:
                break
            more = f"{prefix}{MORE}"
            slots.append(Slot(more, more_step(step), step, index))
            if _plain(answers.get(more)) != "yes":
                break
    return tuple(slots)


def find(flow: Flow, answers: Mapping[str, Answer], key: str) -> Slot | None:
    """The active slot at `key`, or None if it is not active now."""
    return next((s for s in walk(flow, answers) if s.key == key), None)


def is_answered(answers: Mapping[str, Answer], slot: Slot) -> bool:
    """Whether the slot holds an answer (a review is never "answered")."""
    return not isinstance(slot.step, Review) and slot.key in answers


def next_slot(flow: Flow, answers: Mapping[str, Answer], after: str) -> Slot:
    """The first unanswered position after `after`, else the first anywhere.

    Going back and answering again therefore returns the family to where they
    were, and an edit from the review returns to the review (which is never
    answered) unless the edit opened new questions.
    """
    slots = walk(flow, answers)
    keys = [s.key for s in slots]
    start = keys.index(after) + 1 if after in keys else 0
    for slot in (*slots[start:], *slots[:start]):
        if not is_answered(answers, slot):
            return slot
    return slots[-1]


def plain_answers(flow: Flow, answers: Mapping[str, Answer]) -> dict[str, Any]:
    """Active answers as plain values: codes, numbers, "YYYY-MM" dates,
    ``"unknown"`` for don't-know, and a list of dicts per repeatable block."""
    plain: dict[str, Any] = {}
    for slot in walk(flow, answers):
        if slot.key not in answers or isinstance(slot.step, Review | Info):
            continue
        value = _plain(answers[slot.key])
        if slot.repeat is None:
            plain[slot.key] = value
            continue
        items: list[dict[str, Any]] = plain.setdefault(slot.repeat.id, [])
        assert slot.index is not None
        while len(items) <= slot.index:
            items.append({})
        if slot.step.id != MORE:
            items[slot.index][slot.step.id] = value
    return plain
