"""After the case is sent: status, documents that arrive later, the checklist.

A document sent after submit is kept and, if reports are still missing, the
family is asked which one it is, so that item is ticked off for them and for
the coordinators.
"""

from __future__ import annotations

from flows.effects import Ask, Audit, Button, DocumentReceived, Say
from flows.events import Event
from flows.parsing import parse_file
from flows.state import Answer, State
from flows.steps import FileStep, Flow
from flows.text import N_, Msg, msg
from flows.todo import todo_items
from flows.transitions import Transition

__all__ = ["SUBMITTED", "after_submit_event", "status"]

SUBMITTED = N_(
    "Your case #{case} is with our coordinators. They will write to you here. "
    "If something is urgent for the patient's health, call your local emergency number "
    "or the treating team now."
)
_ANY_FILE = FileStep(id="later_document", prompt="", section="")


def status(state: State) -> Transition:
    """Where the submitted case is."""
    return Transition(state, (Say((msg(SUBMITTED, case=state.case_id or 0),)),))


def _which(flow: Flow, state: State) -> Ask | None:
    open_items = [i for i in todo_items(flow, state) if i.document and not i.done]
    if not open_items:
        return None
    rows = tuple((Button(msg(i.request), f"todo:{i.id}"),) for i in open_items)
    rows += ((Button(msg(N_("Something else")), "todo:_other"),),)
    return Ask(
        "_todo", (msg(N_("Thank you. Which of these is it?")),), rows, state.version, "choice"
    )


def after_submit_event(flow: Flow, state: State, event: Event) -> Transition:
    """A file, a "which report is it" answer, or anything else after submit."""
    if event.kind == "file" and event.file is not None:
        record = parse_file(event.file, _ANY_FILE)
        if isinstance(record, Msg):
            return Transition(state, (Say((record,)),))
        received = DocumentReceived("after_submit", record)
        new = state.bump(draft={"file": record})
        question = _which(flow, new)
        if question is None:
            thanks = Say(
                (
                    msg(
                        N_("Thank you, we received {name}. The coordinators will see it."),
                        name=str(record["name"]),
                    ),
                )
            )
            return Transition(state.bump(draft={}), (received, thanks))
        return Transition(new, (received, question))
    if event.kind == "choice" and event.code.startswith("todo:") and "file" in state.draft:
        item = event.code[5:]
        answers = dict(state.answers)
        if item != "_other":
            answers[f"todo.{item}"] = Answer(state.draft["file"])
        new = state.bump(answers=answers, draft={})
        return Transition(
            new,
            (
                Audit("todo_ticked", item),
                Say(
                    (
                        msg(
                            N_("Thank you. The coordinators will see it."),
                        ),
                    )
                ),
            ),
        )
    return status(state)
