"""The review screen: every active answer grouped by section, editable.

Tapping "Edit" on a section lists its answers; tapping one jumps to that
question, and answering it returns here (see `flows.positions.next_slot`).
"""

from __future__ import annotations

from flows.effects import Ask, Button
from flows.positions import MORE, Slot, walk
from flows.questions import shown_answer, slot_label
from flows.state import State
from flows.steps import Flow, Info, Review
from flows.text import N_, Lines, Msg, msg

__all__ = ["EDITABLE", "field_picker", "review_ask", "section_lines"]

SUBMIT = "submit"
BACK_TO_REVIEW = "_review"


def EDITABLE(slot: Slot) -> bool:
    """Positions shown in summaries: real answers, not pages or "add another?"."""
    return not isinstance(slot.step, Info | Review) and slot.step.id != MORE


def section_lines(flow: Flow, state: State, section_id: str) -> tuple[Msg, ...]:
    """One "label: answer" line per answered position of a section."""
    return tuple(
        msg(
            N_("{label}: {value}"), label=slot_label(s), value=shown_answer(s, state.answers[s.key])
        )
        for s in walk(flow, state.answers)
        if s.step.section == section_id and EDITABLE(s) and s.key in state.answers
    )


def _review_sections(flow: Flow) -> list[str]:
    return [s.id for s in flow.sections if s.counted]


def review_ask(flow: Flow, state: State, slot: Slot) -> Ask:
    """The summary with an Edit button per section and Submit."""
    text: list[Msg] = [
        msg(
            N_(
                "<b>Please check your answers.</b> Tap a section to change it, or send the case to our coordinators."
            )
        )
    ]
    rows: list[tuple[Button, ...]] = []
    for section_id in _review_sections(flow):
        lines = section_lines(flow, state, section_id)
        if not lines:
            continue
        title = msg(flow.section(section_id).title)
        text.append(msg(N_("<b>{title}</b>\n{lines}"), title=title, lines=Lines(lines)))
        rows.append((Button(msg(N_("✎ Edit: {section}"), section=title), f"edit:{section_id}"),))
    rows.append((Button(msg(N_("Send to the coordinators ✓")), SUBMIT),))
    return Ask(slot.key, tuple(text), tuple(rows), state.version, "review")


def field_picker(flow: Flow, state: State, section_id: str, key: str) -> Ask:
    """The answers of one section as buttons; tapping one jumps to it."""
    rows = [
        (Button(slot_label(s), f"field:{s.key}"),)
        for s in walk(flow, state.answers)
        if s.step.section == section_id and EDITABLE(s)
    ]
    rows.append((Button(msg(N_("« Back to the summary")), BACK_TO_REVIEW),))
    text = (msg(N_("Which answer do you want to change?")),)
    return Ask(key, text, tuple(rows), state.version, "choice")
