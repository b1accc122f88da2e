"""What the family is told once their case is submitted."""

from __future__ import annotations

from flows.definitions.learn_content import DISCLAIMER
from flows.effects import Say
from flows.positions import walk
from flows.state import State
from flows.steps import Consent, Flow
from flows.text import N_, Lines, Msg, msg
from flows.todo import todo_items, todo_says

__all__ = ["after_submit", "consent_receipt"]

NEXT_STEPS = N_(
    "<b>Thank you. Your case #{case} has been sent to our coordinators.</b>\n\n"
    "What happens next:\n"
    "• A coordinator (a person) reads the whole case and writes to you here, in this chat.\n"
    "• They may ask for more reports, especially a recent flow cytometry report that shows CD19 "
    "and CD22.\n"
    "• Only with your permission do we contact hospitals or trial teams about screening.\n\n"
    "You can write here at any time; your messages reach the coordinators."
)


def consent_receipt(flow: Flow, state: State) -> Msg:
    """A receipt of every consent given: text version, language and time."""
    lines: list[Msg | str] = []
    for slot in walk(flow, state.answers):
        answer = state.answers.get(slot.key)
        if not isinstance(slot.step, Consent) or answer is None:
            continue
        record = answer.value if isinstance(answer.value, dict) else {}
        lines.append(
            msg(
                N_("• {label}: {answer} (text version {version}, language {locale}, {at} UTC)"),
                label=msg(slot.step.label),
                answer=msg(N_("Agreed")) if record.get("agreed") else msg(N_("Not agreed")),
                version=str(record.get("version", "")),
                locale=str(record.get("locale", "")),
                at=str(record.get("at", ""))[:16].replace("T", " "),
            )
        )
    return msg(N_("<b>Your consent receipt</b>\n{lines}"), lines=Lines(tuple(lines)))


def after_submit(flow: Flow, state: State, case_id: int) -> list[Say]:
    """The "what happens next" message, the disclaimer, the consent receipt,
    and the checklist of reports to ask the doctor for, if any."""
    says = [
        Say((msg(NEXT_STEPS, case=case_id),)),
        Say((msg(DISCLAIMER), consent_receipt(flow, state))),
    ]
    if todo_items(flow, state):
        says.extend(todo_says(flow, state, state.locale))
    return says
