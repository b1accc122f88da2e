"""The conversation engine: `advance(flow, state, event) -> Transition`.

Pure: no I/O, no clock (time comes with the event), no randomness. Every
event either changes the state (and bumps its version) or leaves it as it
was; either way the family gets the current question again, so a
conversation never stalls. Button presses carry the version of the state
they were shown with; a press from an older message changes nothing.

Order of work for one event: a red-flag message gets the emergency reply
first (any mode, any step); then commands, stale presses, the learn pages,
confirmations, and finally the answer to the current question.
"""

from __future__ import annotations

from flows import learn
from flows.alarm import alarm
from flows.answering import accepts_text, answer
from flows.commands import back, command, confirm
from flows.events import Event
from flows.locales import match_locale
from flows.state import State
from flows.steps import Choice, Flow
from flows.submitted import after_submit_event, from_coordinators, status
from flows.text import N_, msg
from flows.transitions import Transition, again, current, initial_state, present

__all__ = ["Transition", "advance", "initial_state", "present"]

EDITED = N_(
    "I see you changed an earlier message. I only read new messages: if an answer was wrong, "
    "tap « Back or send the answer again."
)
STALE = N_("That button belongs to an earlier message. Here is where we are now:")
UNSUPPORTED = N_(
    "Sorry, I can only read text messages, photos and documents. Please type your answer or tap a button."
)


def _languages(flow: Flow) -> tuple[str, ...]:
    step = next((s for s in flow.steps if isinstance(s, Choice) and s.sets_locale), None)
    return tuple(o.code for o in step.options) if step is not None else ()


def advance(flow: Flow, state: State, event: Event) -> Transition:
    """Apply one event to the conversation."""
    emergency = alarm(state, event)
    transition = _advance(flow, state, event)
    if not emergency:
        return transition
    if transition.state == state and not (
        state.mode == "flow" and accepts_text(current(flow, state))
    ):
        # The message was not an answer here: skip "please tap a button" and
        # just show where the family was, after the emergency message.
        transition = again(flow, state, event)
    return Transition(transition.state, (*emergency, *transition.effects))


def _advance(flow: Flow, state: State, event: Event) -> Transition:
    if state.locale is None and (guess := match_locale(event.locale_hint, _languages(flow))):
        # Until the family chooses, speak the language their Telegram app uses.
        state = state.bump(locale=guess)
    if event.kind == "resume":
        # After submit there is no question to show again: say where the case is.
        return status(state) if state.mode == "done" else again(flow, state, event)
    if event.kind in ("coordinator", "case_status"):
        return from_coordinators(state, event)
    if event.kind == "command":
        return command(flow, state, event)
    if event.kind == "choice" and event.version != state.version and state.mode != "done":
        return again(flow, state, event, msg(STALE))
    if event.kind == "unsupported":
        return again(flow, state, event, msg(UNSUPPORTED))
    if state.mode in ("confirm_restart", "confirm_delete"):
        return confirm(flow, state, event)
    if event.kind == "choice" and learn.is_learn_code(event.code):
        new, said = learn.press(state, event.code)
        shown = status(new) if new.mode == "done" else again(flow, new, event)
        return Transition(new, (*said, *shown.effects))
    if state.mode == "learn":
        return again(
            flow,
            state,
            event,
            msg(
                N_(
                    "You are reading the information pages. Tap «Start my case» or «Continue my case» "
                    "to go back to the questions."
                )
            ),
        )
    if state.mode == "done":
        return after_submit_event(flow, state, event)
    if event.kind == "text" and event.code == "edited":
        return again(flow, state, event, msg(EDITED))
    if event.kind == "choice" and event.code == "_back":
        return back(flow, state, event)
    return answer(flow, state, current(flow, state), event)
