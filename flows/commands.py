"""Commands a family can type at any point: /start, /help, /language,
/learn, /status, /privacy, /mydata, /delete, /restart, /back.

Destructive commands (/restart, /delete) ask for confirmation first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows import learn
from flows.effects import Erase, Export
from flows.events import Event
from flows.positions import find, next_slot, walk
from flows.questions import slot_label
from flows.review import EDITABLE
from flows.state import Answer, State
from flows.steps import Choice, Flow
from flows.submitted import status as submitted
from flows.text import N_, msg
from flows.todo import todo_says
from flows.transitions import Transition, again, current, initial_state

__all__ = ["HELP", "back", "command", "confirm"]

_SOURCE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

HELP = N_(
    "I will ask you some questions about the patient, one at a time. Your answers are saved as "
    "you go, so you can stop and come back at any time.\n\n"
    "• Tap a button or type your answer.\n"
    "• « Back goes to the previous question.\n"
    "• /learn explains dual-target CAR-T in plain words.\n"
    "• /status shows where your case is; /todo lists the reports to ask your doctor for.\n"
    "• /language changes the language.\n"
    "• /privacy tells what we keep and why; /mydata sends you a copy; /delete erases it.\n"
    "• /restart starts again from the beginning."
)

PRIVACY = N_(
    "<b>What we keep, and why</b>\n\n"
    "• Your answers, the documents you send (kept as Telegram file references), your language, "
    "and your agreements with their date and time.\n"
    "• We use them only to review the patient's case and to help you. Only our coordinators "
    "can see them.\n"
    "• We share the case with a hospital or trial team only if you agreed to that.\n"
    "• Our system logs never contain your answers or messages.\n\n"
    "/mydata sends you a copy of everything we keep about you. /delete erases it."
)


def command(flow: Flow, state: State, event: Event) -> Transition:
    """Apply the command named in `event.code`."""
    name = event.code
    if name == "start":
        return _start(flow, state, event)
    if name == "help":
        return again(flow, state, event, msg(HELP))
    if name == "learn":
        return again(flow, learn.enter(state), event)
    if name == "privacy":
        return again(flow, state, event, msg(PRIVACY))
    if name == "status":
        return _status(flow, state, event)
    if name == "todo":
        said = todo_says(flow, state, state.locale)
        return Transition(state, (*said, *again(flow, state, event).effects))
    if name == "mydata":
        return Transition(state, (Export(), *again(flow, state, event).effects))
    if name == "delete":
        return again(
            flow, state.bump(mode="confirm_delete", draft={"back_mode": _base(state)}), event
        )
    if _base(state) == "done":
        # Say where the case is; a page being read is shown again.
        return Transition(state, (*submitted(state).effects, *again(flow, state, event).effects))
    if name == "restart":
        return again(
            flow, state.bump(mode="confirm_restart", draft={"back_mode": _base(state)}), event
        )
    if name == "back":
        return back(flow, state, event)
    if name == "language":
        return _language(flow, state, event)
    return again(flow, state, event, msg(N_("I don't know that command.")), msg(HELP))


def _base(state: State) -> str:
    """The mode under the learn pages or a confirmation: "flow" or "done"."""
    if state.mode in ("flow", "done"):
        return state.mode
    return "done" if state.draft.get("back_mode") == "done" else "flow"


def _start(flow: Flow, state: State, event: Event) -> Transition:
    source = state.source
    if source is None and _SOURCE.match(event.text or ""):
        source = event.text
    if not state.answers:  # a new conversation (or one just erased): no "welcome back"
        return again(flow, state.bump(source=source) if source != state.source else state, event)
    state = state.bump(source=source)
    if state.mode == "done":
        return submitted(state)
    if state.mode == "learn":
        state = learn.leave(state)
    return again(flow, state, event, msg(N_("Welcome back. Let's continue where you left off.")))


def _status(flow: Flow, state: State, event: Event) -> Transition:
    if state.mode == "done" or state.case_id is not None:
        return submitted(state)
    answered = sum(1 for s in walk(flow, state.answers) if EDITABLE(s) and s.key in state.answers)
    slot = current(flow, state)
    status = msg(
        N_(
            "Your case has not been sent yet. You have answered {count} questions so far. "
            "Next: {question}"
        ),
        count=answered,
        question=slot_label(slot),
    )
    return again(flow, state, event, status)


def _language(flow: Flow, state: State, event: Event) -> Transition:
    lang = next(
        (s for s in walk(flow, state.answers) if isinstance(s.step, Choice) and s.step.sets_locale),
        None,
    )
    if lang is None:
        return again(flow, state, event)
    if state.mode == "learn":
        state = learn.leave(state)
    new = state.bump(position=lang.key, history=(*state.history, state.position), draft={})
    return again(flow, new, event)


def back(flow: Flow, state: State, event: Event) -> Transition:
    """Go to the previous question that is still active."""
    history = list(state.history)
    while history:
        previous = history.pop()
        if find(flow, state.answers, previous) is not None:
            return again(
                flow, state.bump(position=previous, history=tuple(history), draft={}), event
            )
    return again(flow, state, event, msg(N_("This is the first question.")))


def confirm(flow: Flow, state: State, event: Event) -> Transition:
    """Apply yes/no on a pending /restart or /delete."""
    code = event.code if event.kind == "choice" else ""
    back_mode = state.draft.get("back_mode", "flow")
    if code == "_confirm_no":
        kept = state.bump(mode="done" if back_mode == "done" else "flow", draft={})
        return again(flow, kept, event, msg(N_("Good, nothing was changed.")))
    if code != "_confirm_yes":
        return again(flow, state, event)
    fresh = replace(initial_state(flow), version=state.version + 1, locale=state.locale)
    if state.mode == "confirm_delete":
        done = again(
            flow,
            fresh,
            event,
            msg(
                N_(
                    "Your data was erased. If you want to start again, just answer the question below."
                )
            ),
        )
        return Transition(done.state, (Erase(), *done.effects))
    fresh = replace(fresh, source=state.source)
    first = walk(flow, {})[0]
    if state.locale is not None and isinstance(first.step, Choice) and first.step.sets_locale:
        # Keep the language chosen; start at the question after it.
        answers = {first.key: Answer(state.locale)}
        fresh = replace(fresh, answers=answers, position=next_slot(flow, answers, first.key).key)
    return again(flow, fresh, event, msg(N_("Your answers were erased. Let's start again.")))
