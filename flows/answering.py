"""Answering the current question, per kind of step.

Valid input is stored and the family moves on; invalid input leaves the
state as it was and the question is asked again with a message saying what
was wrong.
"""

from __future__ import annotations

from dataclasses import replace

from flows.effects import ConsentGiven, DocumentReceived, Say, Submit
from flows.events import Event
from flows.parsing import check_date, parse_date, parse_file, parse_number, parse_text
from flows.positions import Slot, find
from flows.review import BACK_TO_REVIEW, SUBMIT
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
from flows.summary import case_card, case_snapshot
from flows.text import N_, Msg, msg
from flows.transitions import Transition, again, move, present

__all__ = ["accepts_text", "answer"]

TAP = N_("Please tap one of the buttons below.")


def accepts_text(slot: Slot) -> bool:
    """Whether typed text can answer this position."""
    step = slot.step
    if isinstance(step, Choice):
        return step.parse_typed is not None and not step.multi
    return isinstance(step, TextStep | NumberStep | DateStep)


def answer(flow: Flow, state: State, slot: Slot, event: Event) -> Transition:
    """Apply the event as an answer to `slot`."""
    step = slot.step
    code = event.code if event.kind == "choice" else ""
    if code == "_unknown" and step.unknown:
        return move(flow, state, event, slot, Answer(None, "unknown"))
    if code == "_skip" and step.skip:
        return move(flow, state, event, slot, Answer(None, "skipped"))
    if event.kind == "file" and not isinstance(step, FileStep):
        return again(
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
                return move(flow, state, event, slot, Answer(True))
            return again(flow, state, event)
        case Choice(multi=True):
            return _multi(flow, state, slot, step, event)
        case Choice():
            return _choice(flow, state, slot, step, event)
        case Consent():
            return _consent(flow, state, slot, step, event)
        case TextStep():
            if event.kind != "text":
                return again(flow, state, event, msg(N_("Please type your answer as a message.")))
            return _typed(flow, state, slot, event, parse_text(event.text, step))
        case NumberStep():
            if event.kind != "text":
                return again(flow, state, event, msg(N_("Please type the number as a message.")))
            return _typed(flow, state, slot, event, parse_number(event.text, step))
        case DateStep():
            return _date(flow, state, slot, event)
        case FileStep():
            return _file(flow, state, slot, step, event)
        case Review():
            return _review(flow, state, slot, event)
    return again(flow, state, event)


def _typed(
    flow: Flow, state: State, slot: Slot, event: Event, parsed: str | int | float | Msg
) -> Transition:
    """Store a parsed typed answer, or say what was wrong and ask again."""
    if isinstance(parsed, Msg):
        return again(flow, state, event, parsed)
    return move(flow, state, event, slot, Answer(parsed))


def _choice(flow: Flow, state: State, slot: Slot, step: Choice, event: Event) -> Transition:
    codes = {o.code for o in step.options}
    if event.kind == "choice" and event.code in codes:
        chosen: str | None = event.code
    elif event.kind == "text" and step.parse_typed is not None:
        chosen = step.parse_typed(event.text)
        if chosen is None:
            return again(
                flow,
                state,
                event,
                msg(
                    N_(
                        "I could not recognise that. Please tap a button or try typing it another way."
                    )
                ),
            )
    else:
        return again(flow, state, event, msg(TAP))
    if step.sets_locale:
        state = replace(state, locale=chosen)
    return move(flow, state, event, slot, Answer(chosen))


def _consent(flow: Flow, state: State, slot: Slot, step: Consent, event: Event) -> Transition:
    code = event.code if event.kind == "choice" else ""
    if code not in ("yes", "no"):
        return again(flow, state, event, msg(TAP))
    agreed = code == "yes"
    if step.required and not agreed:
        return again(
            flow,
            state,
            event,
            msg(
                N_(
                    "We need this agreement to keep your answers and help you. Without it we cannot go on. "
                    "/privacy explains what we keep and why; /learn lets you read about the treatment first."
                )
            ),
        )
    at, locale = event.now.isoformat(), state.locale or ""
    record = {"agreed": agreed, "version": step.version, "at": at, "locale": locale}
    consent = ConsentGiven(slot.key, agreed, step.version, locale, at)
    return move(flow, state, event, slot, Answer(record), consent)


def _multi(flow: Flow, state: State, slot: Slot, step: Choice, event: Event) -> Transition:
    picked: list[str] = list(state.draft.get("picked", ()))
    code = event.code if event.kind == "choice" else ""
    if code == "_done":
        if not picked:
            return again(
                flow, state, event, msg(N_("Please tap at least one answer, then tap Done."))
            )
        return move(
            flow, state, event, slot, Answer([o.code for o in step.options if o.code in picked])
        )
    if code not in {o.code for o in step.options}:
        return again(
            flow, state, event, msg(N_("Please tap the answers that apply, then tap Done."))
        )
    if code in picked:
        picked.remove(code)
    elif code in step.exclusive:
        picked = [code]
    else:
        picked = [p for p in picked if p not in step.exclusive] + [code]
    return again(flow, state.bump(draft={"picked": picked}), event)


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
        return move(flow, state, event, slot, Answer(f"{int(year):04d}"))
    elif event.kind == "text":
        parsed = parse_date(event.text, event.now, earliest, flow.month_names)
    else:
        parsed = msg(N_("Please tap a year, or type the month and year like this: 03/2024."))
    if isinstance(parsed, Msg):
        return again(flow, state, event, parsed)
    new_year, month = parsed
    if month is None:
        return again(flow, state.bump(draft={"year": new_year}), event)
    return move(flow, state, event, slot, Answer(f"{new_year:04d}-{month:02d}"))


def _file(flow: Flow, state: State, slot: Slot, step: FileStep, event: Event) -> Transition:
    files: list[dict[str, str | int]] = list(state.draft.get("files", ()))
    code = event.code if event.kind == "choice" else ""
    if code == "_later" and step.later:
        return move(flow, state, event, slot, Answer(None, "later"))
    if code == "_done" and files:
        return move(flow, state, event, slot, Answer(files))
    if event.kind != "file" or event.file is None:
        return again(flow, state, event, msg(N_("Please send the document as a file or a photo.")))
    record = parse_file(event.file, step)
    if isinstance(record, Msg):
        return again(flow, state, event, record)
    received = DocumentReceived(slot.key, record)
    if not step.multiple:
        return move(flow, state, event, slot, Answer([record]), received)
    new = state.bump(draft={"files": [*files, record]})
    said = Say((msg(N_("Received: {name}"), name=str(record["name"])),))
    return Transition(new, (received, said, present(flow, new, event)))


def _review(flow: Flow, state: State, slot: Slot, event: Event) -> Transition:
    code = event.code if event.kind == "choice" else ""
    if code.startswith("edit:") and any(s.id == code[5:] for s in flow.sections):
        return again(flow, state.bump(draft={"section": code[5:]}), event)
    if code.startswith("field:") and (target := find(flow, state.answers, code[6:])) is not None:
        new = state.bump(position=target.key, history=(*state.history, slot.key), draft={})
        return again(flow, new, event)
    if code == BACK_TO_REVIEW:
        return again(flow, state.bump(draft={}), event)
    if code == SUBMIT:
        submit = Submit(case_snapshot(flow, state, event.now), case_card(flow, state, event.now))
        return Transition(state.bump(mode="done", draft={}), (submit,))
    return again(flow, state, event)
