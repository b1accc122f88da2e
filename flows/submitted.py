"""After the case is sent: the family talks with the coordinators.

The family's messages are relayed into their case's thread (with a short
acknowledgement); documents are kept and, if reports are still missing, the
family is asked which one it is, so that item is ticked off. Coordinators'
messages and status changes arrive as events and are told to the family in
their language.
"""

from __future__ import annotations

from flows.effects import (
    Alert,
    Ask,
    Audit,
    Button,
    CopyFromCoordinators,
    DocumentReceived,
    Effect,
    Relay,
    Say,
)
from flows.events import Event
from flows.parsing import parse_file
from flows.state import Answer, State
from flows.steps import FileStep, Flow
from flows.text import N_, Msg, msg
from flows.todo import todo_items
from flows.transitions import Transition

__all__ = ["STATUS_TEXTS", "after_submit_event", "from_coordinators", "status"]

SUBMITTED = N_(
    "Your case #{case} is with our coordinators. They will write to you here. "
    "If something is urgent for the patient's health, call your local emergency number "
    "or the treating team now."
)
STATUS_TEXTS = {
    "claimed": N_(
        "Good news: a coordinator has started working on your case #{case}. They will write to you here."
    ),
    "need_info": N_(
        "The coordinator needs a little more information for your case #{case}. Please read their question and answer here."
    ),
    "closed": N_(
        "Your case #{case} has been closed by our coordinators. If you want to reopen it, just write a message here."
    ),
    "open": N_("Your case #{case} is open again. A coordinator will read your messages here."),
}
RELAYED = N_("✓ Sent to your coordinator.")
FROM_COORDINATOR = N_("💬 <b>Your coordinator:</b>\n{text}")
_ANY_FILE = FileStep(id="later_document", prompt="", section="")


def status(state: State) -> Transition:
    """Where the submitted case is."""
    texts: list[Msg] = [msg(SUBMITTED, case=state.case_id or 0)]
    if state.case_status in STATUS_TEXTS and state.case_status != "open":
        texts.append(msg(STATUS_TEXTS[state.case_status], case=state.case_id or 0))
    return Transition(state, (Say(tuple(texts)),))


def from_coordinators(state: State, event: Event) -> Transition:
    """A coordinator's message or a status change, for the family."""
    if event.kind == "case_status":
        text = STATUS_TEXTS.get(event.text)
        new = state.bump(case_status=event.text)
        if text is None:
            return Transition(new, ())
        return Transition(new, (Say((msg(text, case=state.case_id or 0),)),))
    effects: list[Effect] = []
    if event.text:
        effects.append(Say((msg(FROM_COORDINATOR, text=event.text),)))
    if event.has_media and event.message_id is not None:
        effects.append(CopyFromCoordinators(event.message_id))
    return Transition(state, tuple(effects))


def _which(flow: Flow, state: State) -> Ask | None:
    open_items = [i for i in todo_items(flow, state) if i.document and not i.done]
    if not open_items:
        return None
    rows = tuple((Button(msg(i.request), f"todo:{i.id}"),) for i in open_items)
    rows += ((Button(msg(N_("Something else")), "todo:_other"),),)
    return Ask(
        "_todo", (msg(N_("Thank you. Which of these is it?")),), rows, state.version, "choice"
    )


def _reopen(state: State) -> tuple[State, tuple[Effect, ...]]:
    if state.case_status != "closed":
        return state, ()
    return state.bump(case_status="open"), (Audit("case_reopened", str(state.case_id or 0)),)


def after_submit_event(flow: Flow, state: State, event: Event) -> Transition:
    """A message, a file or a "which report is it" answer after submit."""
    if event.kind == "file" and event.file is not None:
        record = parse_file(event.file, _ANY_FILE)
        if isinstance(record, Msg):
            return Transition(state, (Say((record,)),))
        state, reopened = _reopen(state)
        relay = (Relay(event.message_id, event.text),) if event.message_id is not None else ()
        received = DocumentReceived("after_submit", record)
        new = state.bump(draft={"file": record})
        question = _which(flow, new)
        if question is None:
            return Transition(state, (*reopened, received, *relay, Say((msg(RELAYED),))))
        return Transition(new, (*reopened, received, *relay, question))
    if event.kind == "choice" and event.code.startswith("todo:") and "file" in state.draft:
        item = event.code[5:]
        answers = dict(state.answers)
        if item != "_other":
            answers[f"todo.{item}"] = Answer(state.draft["file"])
        new = state.bump(answers=answers, draft={})
        name = str(state.draft["file"].get("name", ""))
        told = (Alert("todo_ticked", (item,), name),) if item != "_other" else ()
        return Transition(new, (Audit("todo_ticked", item), *told, Say((msg(RELAYED),))))
    if event.kind == "text" and event.code == "edited" and event.message_id is not None:
        return Transition(state, (Relay(event.message_id, event.text, edited=True),))
    if event.kind == "text" and event.message_id is not None and event.text.strip():
        state, reopened = _reopen(state)
        return Transition(
            state, (*reopened, Relay(event.message_id, event.text), Say((msg(RELAYED),)))
        )
    return status(state)
