"""The conversation engine: `advance(flow, state, event) -> Transition`.

Pure: no I/O, no clock (time comes with the event), no randomness. Every
event either changes the state (and bumps its version) or leaves it as it
was; either way the family always gets the current question again, so a
conversation can never stall. Button presses carry the version of the state
they were shown with; a press from an older message changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flows.effects import Ask, Button, ConsentGiven, DocumentReceived, Effect, Say, Submit
from flows.events import Event
from flows.parsing import check_date, parse_date, parse_file, parse_number, parse_text
from flows.positions import Slot, find, next_slot, plain_answers, walk
from flows.questions import ask
from flows.review import BACK_TO_REVIEW, SUBMIT, field_picker, review_ask
from flows.state import Answer, State
from flows.steps import (
    Choice,
    Consent,
    DateStep,
    FileStep,
    Flow,
    Info,
    NumberStep,
    Review,
    TextStep,
)
from flows.text import N_, Msg, msg

__all__ = ["Transition", "advance", "initial_state", "present"]

_SOURCE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Transition:
    """The next state and what to do about it."""

    state: State
    effects: tuple[Effect, ...]


def initial_state(flow: Flow) -> State:
    """A new conversation at the flow's first question."""
    return State(position=walk(flow, {})[0].key)


def _current(flow: Flow, state: State) -> Slot:
    slot = find(flow, state.answers, state.position)
    return slot if slot is not None else next_slot(flow, state.answers, state.position)


def present(flow: Flow, state: State, event: Event) -> Ask:
    """The question the family is at now."""
    if state.mode == "confirm_restart":
        return Ask(
            "_restart",
            (msg(N_("Start again from the beginning? All your answers will be erased.")),),
            (
                (Button(msg(N_("Yes, erase and start again")), "_restart_yes"),),
                (Button(msg(N_("No, keep my answers")), "_restart_no"),),
            ),
            state.version,
            "choice",
        )
    slot = _current(flow, state)
    if isinstance(slot.step, Review):
        section = state.draft.get("section")
        if section:
            return field_picker(flow, state, str(section), slot.key)
        return review_ask(flow, state, slot)
    return ask(flow, state, slot, event.now.date())


def _again(flow: Flow, state: State, event: Event, *said: Msg) -> Transition:
    effects: list[Effect] = [Say((m,)) for m in said]
    if state.mode == "done":
        return Transition(state, tuple(effects))
    return Transition(state, (*effects, present(flow, state, event)))


def _move(
    flow: Flow, state: State, event: Event, slot: Slot, answer: Answer, *extra: Effect
) -> Transition:
    """Store `answer` at `slot` and go to the next unanswered position."""
    answers = state.with_answer(slot.key, answer)
    nxt = next_slot(flow, answers, slot.key)
    editing = state.editing and not isinstance(nxt.step, Review)
    new = state.bump(
        answers=answers,
        position=nxt.key,
        history=(*state.history, slot.key),
        draft={},
        editing=editing,
    )
    return Transition(new, (*extra, present(flow, new, event)))


def advance(flow: Flow, state: State, event: Event) -> Transition:
    """Apply one event to the conversation."""
    if event.kind == "resume":
        return _again(flow, state, event)
    if event.kind == "command":
        return _command(flow, state, event)
    if event.kind == "choice" and event.version != state.version:
        return _again(
            flow,
            state,
            event,
            msg(N_("That button belongs to an earlier message. Here is where we are now:")),
        )
    if event.kind == "unsupported":
        return _again(flow, state, event, msg(UNSUPPORTED))
    if state.mode == "confirm_restart":
        return _confirm_restart(flow, state, event)
    if state.mode == "done":
        return _after_submit(state, event)
    if event.kind == "choice" and event.code == "_back":
        return _back(flow, state, event)
    slot = _current(flow, state)
    return _answer(flow, state, slot, event)


def _command(flow: Flow, state: State, event: Event) -> Transition:
    name = event.code
    if name == "start":
        source = state.source
        if source is None and _SOURCE.match(event.text or ""):
            source = event.text
        if state.version == 0 and not state.answers:
            new = state.bump(source=source) if source != state.source else state
            return _again(flow, new, event)
        new = replace(state, source=source)
        if state.mode == "done":
            return _after_submit(new, event)
        return _again(flow, new, event, msg(N_("Welcome back. Let's continue where you left off.")))
    if name == "restart":
        if state.mode == "done":
            return _after_submit(state, event)
        return _again(flow, state.bump(mode="confirm_restart"), event)
    if name == "back":
        return _back(flow, state, event)
    if name == "language":
        lang = next(
            (
                s
                for s in walk(flow, state.answers)
                if isinstance(s.step, Choice) and s.step.sets_locale
            ),
            None,
        )
        if lang is None or state.mode == "done":
            return _again(flow, state, event)
        new = state.bump(position=lang.key, history=(*state.history, state.position), draft={})
        return _again(flow, new, event)
    if name == "help":
        return _again(flow, state, event, msg(HELP))
    return _again(flow, state, event, msg(N_("I don't know that command.")), msg(HELP))


UNSUPPORTED = N_(
    "Sorry, I can only read text messages, photos and documents. Please type your answer or tap a button."
)

HELP = N_(
    "I will ask you some questions about the patient, one at a time. Your answers are saved as you go, "
    "so you can stop and come back at any time.\n\n"
    "• Tap a button or type your answer.\n"
    "• « Back goes to the previous question.\n"
    "• /language changes the language.\n"
    "• /restart starts again from the beginning.\n"
    "• /help shows this message."
)


def _back(flow: Flow, state: State, event: Event) -> Transition:
    history = list(state.history)
    while history:
        previous = history.pop()
        if find(flow, state.answers, previous) is not None:
            new = state.bump(position=previous, history=tuple(history), draft={}, editing=False)
            return _again(flow, new, event)
    return _again(flow, state, event, msg(N_("This is the first question.")))


def _confirm_restart(flow: Flow, state: State, event: Event) -> Transition:
    if event.kind == "choice" and event.code == "_restart_yes":
        fresh = initial_state(flow)
        new = replace(fresh, version=state.version + 1, locale=state.locale, source=state.source)
        first = walk(flow, {})[0]
        if state.locale is not None and isinstance(first.step, Choice) and first.step.sets_locale:
            # Keep the language chosen; start at the question after it.
            answers = {first.key: Answer(state.locale)}
            new = replace(new, answers=answers, position=next_slot(flow, answers, first.key).key)
        return _again(flow, new, event, msg(N_("Your answers were erased. Let's start again.")))
    if event.kind == "choice" and event.code == "_restart_no":
        return _again(flow, state.bump(mode="flow"), event, msg(N_("Good, your answers are kept.")))
    return _again(flow, state, event)


def _after_submit(state: State, event: Event) -> Transition:
    del event
    return Transition(
        state,
        (
            Say(
                (
                    msg(
                        N_(
                            "Your case #{case} is with our coordinators. They will write to you here. "
                            "If something is urgent for the patient's health, call your local emergency number "
                            "or the treating team now."
                        ),
                        case=state.case_id or 0,
                    ),
                )
            ),
        ),
    )


def _invalid(flow: Flow, state: State, event: Event, error: Msg) -> Transition:
    return _again(flow, state, event, error)


def _answer(flow: Flow, state: State, slot: Slot, event: Event) -> Transition:
    step = slot.step
    code = event.code if event.kind == "choice" else ""
    if code == "_unknown" and step.unknown:
        return _move(flow, state, event, slot, Answer(None, "unknown"))
    if code == "_skip" and step.skip:
        return _move(flow, state, event, slot, Answer(None, "skipped"))
    if event.kind == "file" and not isinstance(step, FileStep):
        return _invalid(
            flow,
            state,
            event,
            msg(
                N_(
                    "Thank you. I can't use a file for this question. You can send documents when I ask for them."
                )
            ),
        )
    match step:
        case Info():
            if code == "_continue":
                return _move(flow, state, event, slot, Answer(True))
            return _again(flow, state, event)
        case Choice(multi=True):
            return _multi(flow, state, slot, step, event)
        case Choice():
            chosen = (
                code
                if event.kind == "choice"
                else (
                    step.parse_typed(event.text)
                    if step.parse_typed and event.kind == "text"
                    else None
                )
            )
            if chosen is None or (
                step.parse_typed is None and chosen not in {o.code for o in step.options}
            ):
                if event.kind == "text" and step.parse_typed is not None:
                    return _invalid(
                        flow,
                        state,
                        event,
                        msg(
                            N_(
                                "I could not recognise that. Please tap a button or try typing it another way."
                            )
                        ),
                    )
                return _invalid(flow, state, event, msg(N_("Please tap one of the buttons below.")))
            if step.sets_locale:
                state = replace(state, locale=chosen)
            return _move(flow, state, event, slot, Answer(chosen))
        case Consent():
            if code not in ("yes", "no"):
                return _invalid(flow, state, event, msg(N_("Please tap one of the buttons below.")))
            agreed = code == "yes"
            if step.required and not agreed:
                return _invalid(
                    flow,
                    state,
                    event,
                    msg(
                        N_(
                            "We need this agreement to keep your answers and help you. Without it we cannot go on. "
                            "If you have questions about your data, type /privacy or write to us."
                        )
                    ),
                )
            record = {
                "agreed": agreed,
                "version": step.version,
                "at": event.now.isoformat(),
                "locale": state.locale or "",
            }
            consent = ConsentGiven(
                slot.key, agreed, step.version, state.locale or "", event.now.isoformat()
            )
            return _move(flow, state, event, slot, Answer(record), consent)
        case TextStep():
            if event.kind != "text":
                return _invalid(
                    flow, state, event, msg(N_("Please type your answer as a message."))
                )
            text = parse_text(event.text, step)
            if isinstance(text, Msg):
                return _invalid(flow, state, event, text)
            return _move(flow, state, event, slot, Answer(text))
        case NumberStep():
            if event.kind != "text":
                return _invalid(flow, state, event, msg(N_("Please type the number as a message.")))
            number = parse_number(event.text, step)
            if isinstance(number, Msg):
                return _invalid(flow, state, event, number)
            return _move(flow, state, event, slot, Answer(number))
        case DateStep():
            return _date(flow, state, slot, event)
        case FileStep():
            return _file(flow, state, slot, step, event)
        case Review():
            return _review(flow, state, slot, event)
    return _again(flow, state, event)


def _multi(flow: Flow, state: State, slot: Slot, step: Choice, event: Event) -> Transition:
    picked: list[str] = list(state.draft.get("picked", ()))
    code = event.code if event.kind == "choice" else ""
    if code == "_done":
        if not picked:
            return _invalid(
                flow, state, event, msg(N_("Please tap at least one answer, then tap Done."))
            )
        ordered = [o.code for o in step.options if o.code in picked]
        return _move(flow, state, event, slot, Answer(ordered))
    if code not in {o.code for o in step.options}:
        return _invalid(
            flow, state, event, msg(N_("Please tap the answers that apply, then tap Done."))
        )
    if code in picked:
        picked.remove(code)
    elif code in step.exclusive:
        picked = [code]
    else:
        picked = [p for p in picked if p not in step.exclusive] + [code]
    return _again(flow, state.bump(draft={"picked": picked}), event)


def _earliest_year(state: State, event: Event) -> int:
    age = state.answers.get("patient_age_years")
    if age is not None and age.status == "answered" and isinstance(age.value, int | float):
        return event.now.year - int(age.value) - 1
    return 1900


def _date(flow: Flow, state: State, slot: Slot, event: Event) -> Transition:
    earliest = _earliest_year(state, event)
    code = event.code if event.kind == "choice" else ""
    year = state.draft.get("year")
    parsed: tuple[int, int | None] | Msg
    if code.startswith("y:") and code[2:].isdigit():
        parsed = check_date(int(code[2:]), None, event.now, earliest)
    elif code.startswith("m:") and code[2:].isdigit() and year is not None:
        parsed = check_date(int(year), int(code[2:]), event.now, earliest)
    elif code == "_month_unknown" and year is not None:
        return _move(flow, state, event, slot, Answer(f"{int(year):04d}"))
    elif event.kind == "text":
        parsed = parse_date(event.text, event.now, earliest)
    else:
        return _invalid(
            flow,
            state,
            event,
            msg(N_("Please tap a year, or type the month and year like this: 03/2024.")),
        )
    if isinstance(parsed, Msg):
        return _invalid(flow, state, event, parsed)
    new_year, month = parsed
    if month is None:
        return _again(flow, state.bump(draft={"year": new_year}), event)
    return _move(flow, state, event, slot, Answer(f"{new_year:04d}-{month:02d}"))


def _file(flow: Flow, state: State, slot: Slot, step: FileStep, event: Event) -> Transition:
    files: list[dict[str, str | int]] = list(state.draft.get("files", ()))
    code = event.code if event.kind == "choice" else ""
    if code == "_later" and step.later:
        return _move(flow, state, event, slot, Answer(None, "later"))
    if code == "_done" and files:
        return _move(flow, state, event, slot, Answer(files))
    if event.kind != "file" or event.file is None:
        return _invalid(
            flow, state, event, msg(N_("Please send the document as a file or a photo."))
        )
    record = parse_file(event.file, step)
    if isinstance(record, Msg):
        return _invalid(flow, state, event, record)
    received = DocumentReceived(slot.key, record)
    if not step.multiple:
        return _move(flow, state, event, slot, Answer([record]), received)
    new = state.bump(draft={"files": [*files, record]})
    said = Say((msg(N_("Received: {name}"), name=str(record["name"])),))
    return Transition(new, (received, said, present(flow, new, event)))


def _review(flow: Flow, state: State, slot: Slot, event: Event) -> Transition:
    code = event.code if event.kind == "choice" else ""
    if code.startswith("edit:"):
        section = code[5:]
        if any(s.id == section for s in flow.sections):
            return _again(flow, state.bump(draft={"section": section}), event)
    elif code.startswith("field:"):
        target = find(flow, state.answers, code[6:])
        if target is not None:
            new = state.bump(
                position=target.key, history=(*state.history, slot.key), draft={}, editing=True
            )
            return _again(flow, new, event)
    elif code == BACK_TO_REVIEW:
        return _again(flow, state.bump(draft={}), event)
    elif code == SUBMIT:
        return _submit(flow, state, event)
    return _again(flow, state, event)


def _submit(flow: Flow, state: State, event: Event) -> Transition:
    snapshot = {
        "answers": plain_answers(flow, state.answers),
        "locale": state.locale,
        "source": state.source,
        "submitted_at": event.now.isoformat(),
        "consents": {
            s.key: state.answers[s.key].value
            for s in walk(flow, state.answers)
            if isinstance(s.step, Consent) and s.key in state.answers
        },
    }
    new = state.bump(mode="done", draft={})
    return Transition(new, (Submit(snapshot),))
