"""The handoff summary: what the coordinators receive for a submitted case.

`case_snapshot` is the structured summary as JSON-ready data (answers as
codes, unknowns as "unknown", triage, flags, documents, the family's own
words, consents); `case_card` is the same as translatable paragraphs for the
coordinators' card, in any locale, always ending with the disclaimer. Triage
and flags appear here only: the family never sees them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows.definitions.learn_content import DISCLAIMER
from flows.positions import plain_answers, walk
from flows.review import section_lines
from flows.state import State
from flows.steps import Consent, FileStep, Flow
from flows.submission import consent_receipt
from flows.text import N_, Lines, Msg, msg
from flows.todo import todo_items
from flows.triage import FLAG_LABELS, SITUATION_LABELS, Triage, triage

__all__ = ["FAMILY_WORDS", "case_card", "case_snapshot"]

# Free-text answers shown together as "the family's own words".
FAMILY_WORDS = ("free_text_notes", "current_therapy", "treating_physician")


def _documents(flow: Flow, state: State) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for slot in walk(flow, state.answers):
        answer = state.answers.get(slot.key)
        if (
            isinstance(slot.step, FileStep)
            and answer is not None
            and isinstance(answer.value, list)
        ):
            docs.extend({"field": slot.key, **f} for f in answer.value)
    return docs


def case_snapshot(flow: Flow, state: State, now: datetime) -> dict[str, Any]:
    """The structured case summary, as JSON-ready data."""
    answers = plain_answers(flow, state.answers)
    result = triage(answers, now.date())
    return {
        "answers": answers,
        "triage": {
            "situations": [str(s) for s in result.situations],
            "flags": [{"flag": str(h.flag), "reason": h.reason} for h in result.flags],
            "notes": list(result.notes),
        },
        "documents": _documents(flow, state),
        "family_words": {k: answers[k] for k in FAMILY_WORDS if isinstance(answers.get(k), str)},
        "consents": {
            s.key: state.answers[s.key].value
            for s in walk(flow, state.answers)
            if isinstance(s.step, Consent) and s.key in state.answers
        },
        "todo": [{"item": i.id, "done": i.done} for i in todo_items(flow, state)],
        "locale": state.locale,
        "source": state.source,
        "submitted_at": now.isoformat(),
    }


def _triage_lines(result: Triage) -> tuple[Msg, ...]:
    lines = [
        msg(N_("• {situation}"), situation=msg(SITUATION_LABELS[s])) for s in result.situations
    ]
    lines.extend(msg(N_("  ↳ {note}"), note=msg(n)) for n in result.notes)
    return tuple(lines)


def case_card(flow: Flow, state: State, now: datetime) -> tuple[Msg, ...]:
    """The coordinators' card: triage, flags, every answer, documents, the
    family's words and consents, ending with the disclaimer."""
    result = triage(plain_answers(flow, state.answers), now.date())
    card: list[Msg] = [
        msg(
            N_("<b>Triage (for coordinators only)</b>\n{lines}"), lines=Lines(_triage_lines(result))
        )
    ]
    if result.flags:
        flags = tuple(
            msg(N_("⚑ {flag}: {reason}"), flag=msg(FLAG_LABELS[h.flag]), reason=msg(h.reason))
            for h in result.flags
        )
        card.append(msg(N_("<b>Flags</b>\n{lines}"), lines=Lines(flags)))
    for section in flow.sections:
        lines = section_lines(flow, state, section.id)
        if section.counted and lines:
            card.append(
                msg(N_("<b>{title}</b>\n{lines}"), title=msg(section.title), lines=Lines(lines))
            )
    docs = _documents(flow, state)
    if docs:
        names = tuple(str(d["name"]) for d in docs)
        card.append(msg(N_("<b>Documents</b>\n{lines}"), lines=Lines(names)))
    todo = todo_items(flow, state)
    if todo:
        items = tuple(
            msg(N_("✅ {request}") if i.done else N_("⬜ {request}"), request=msg(i.request))
            for i in todo
        )
        card.append(msg(N_("<b>Reports still to come</b>\n{lines}"), lines=Lines(items)))
    card.append(consent_receipt(flow, state))
    card.append(msg(DISCLAIMER))
    return tuple(card)
