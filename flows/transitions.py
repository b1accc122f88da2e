"""What every part of the engine shares: the transition value, the current
position, presenting it, and the two basic moves (stay and ask again; store
an answer and go on)."""

from __future__ import annotations

from dataclasses import dataclass

from flows import learn
from flows.effects import Ask, Button, Effect, Say
from flows.events import Event
from flows.positions import Slot, find, next_slot, walk
from flows.questions import ask
from flows.review import field_picker, review_ask
from flows.state import Answer, State
from flows.steps import Flow, Review
from flows.text import N_, Msg, msg

__all__ = ["Transition", "again", "current", "initial_state", "move", "present"]

CONFIRM = {
    "confirm_restart": (
        N_("Start again from the beginning? All your answers will be erased."),
        N_("Yes, erase and start again"),
        N_("No, keep my answers"),
    ),
    "confirm_delete": (
        N_(
            "Erase everything we keep about you: your answers, documents and agreements? "
            "This cannot be undone. If your case was sent, the coordinators will no longer see it."
        ),
        N_("Yes, erase my data"),
        N_("No, keep it"),
    ),
}


@dataclass(frozen=True)
class Transition:
    """The next state and what to do about it."""

    state: State
    effects: tuple[Effect, ...]


def initial_state(flow: Flow) -> State:
    """A new conversation at the flow's first question."""
    return State(position=walk(flow, {})[0].key)


def current(flow: Flow, state: State) -> Slot:
    """The active slot the family is at."""
    slot = find(flow, state.answers, state.position)
    return slot if slot is not None else next_slot(flow, state.answers, state.position)


def present(flow: Flow, state: State, event: Event) -> Ask:
    """The question (or page) the family is at now."""
    if state.mode in CONFIRM:
        question, yes, no = CONFIRM[state.mode]
        rows = ((Button(msg(yes), "_confirm_yes"),), (Button(msg(no), "_confirm_no"),))
        return Ask(f"_{state.mode}", (msg(question),), rows, state.version, "choice")
    if state.mode == "learn":
        return learn.view(state)
    slot = current(flow, state)
    if isinstance(slot.step, Review):
        section = state.draft.get("section")
        if section:
            return field_picker(flow, state, str(section), slot.key)
        return review_ask(flow, state, slot)
    return ask(flow, state, slot, event.now.date())


def again(flow: Flow, state: State, event: Event, *said: Msg) -> Transition:
    """Say `said`, then show the current question again (if there is one)."""
    effects: list[Effect] = [Say((m,)) for m in said]
    if state.mode == "done":
        return Transition(state, tuple(effects))
    return Transition(state, (*effects, present(flow, state, event)))


def move(
    flow: Flow, state: State, event: Event, slot: Slot, answer: Answer, *extra: Effect
) -> Transition:
    """Store `answer` at `slot` and go to the next unanswered position."""
    answers = state.with_answer(slot.key, answer)
    nxt = next_slot(flow, answers, slot.key)
    new = state.bump(
        answers=answers,
        position=nxt.key,
        history=(*state.history, slot.key),
        draft={},
    )
    return Transition(new, (*extra, present(flow, new, event)))
