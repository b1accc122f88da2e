"""How each position is asked, and how each stored answer is shown.

`ask` builds the `Ask` effect for a slot (prompt, progress, buttons);
`shown_answer` turns a stored answer into text for the review screen and the
coordinator card. Both are pure.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flows.effects import Ask, Button, Expects
from flows.positions import Slot
from flows.state import Answer, State
from flows.steps import (
    Choice,
    Consent,
    DateStep,
    FileStep,
    Flow,
    Info,
    NumberStep,
    Option,
    Repeat,
    Review,
    TextStep,
)
from flows.text import N_, Msg, ParamValue, msg

__all__ = ["MONTHS", "ask", "nav_row", "option_label", "shown_answer", "slot_label"]

MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip

BACK = Button(msg(N_("« Back")), "_back")
DONT_KNOW = Button(msg(N_("I don't know")), "_unknown")
SKIP = Button(msg(N_("Skip")), "_skip")
CONTINUE = Button(msg(N_("Continue »")), "_continue")
DONE = Button(msg(N_("Done ✓")), "_done")
LATER = Button(msg(N_("I will send it later")), "_later")
LEARN = Button(msg(N_("📖 Learn about dual-target CAR-T")), "learn:menu")


def option_label(option: Option) -> Msg | str:
    """A button label for an option: a literal, or its msgid."""
    return option.label if option.literal else msg(option.label)


def slot_label(slot: Slot) -> Msg:
    """The short label of a position, with its block and item number."""
    label = msg(slot.step.label or slot.step.prompt)
    if slot.repeat is None or slot.index is None:
        return label
    return msg(
        N_("{item}: {label}"), item=msg(slot.repeat.item_title, n=slot.index + 1), label=label
    )


def nav_row(slot: Slot, *, first: bool) -> tuple[Button, ...]:
    """Back, plus "don't know" or "skip" where the step allows them."""
    row: list[Button] = [] if first else [BACK]
    if slot.step.unknown:
        row.append(DONT_KNOW)
    if slot.step.skip:
        row.append(SKIP)
    return tuple(row)


def _chunks(buttons: list[Button], size: int) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(buttons[i : i + size]) for i in range(0, len(buttons), size))


def ask(flow: Flow, state: State, slot: Slot, today: date) -> Ask:
    """The question at `slot`, as the family should see it now."""
    step = slot.step
    text: list[Msg] = []
    progress = _progress(flow, slot)
    if progress is not None:
        text.append(progress)
    if slot.repeat is not None and slot.index is not None:
        text.append(msg(N_("<b>{item}</b>"), item=msg(slot.repeat.item_title, n=slot.index + 1)))
    text.append(msg(step.prompt))
    rows: list[tuple[Button, ...]] = []
    expects: Expects
    match step:
        case Info():
            expects = "info"
            rows.append((CONTINUE,))
            if step.learn:
                rows.append((LEARN,))
        case Choice(multi=True):
            expects = "multi"
            picked = set(state.draft.get("picked", ()))
            rows.extend(
                (
                    Button(
                        msg(N_("✓ {label}"), label=option_label(o))
                        if o.code in picked
                        else option_label(o),
                        o.code,
                    ),
                )
                for o in step.options
            )
            rows.append((DONE,))
            text.append(msg(N_("Tap all that apply, then tap Done.")))
        case Choice():
            expects = "choice"
            rows.extend((Button(option_label(o), o.code),) for o in step.options)
            if step.typed_hint:
                text.append(msg(step.typed_hint))
        case Consent():
            expects = "choice"
            rows.append((Button(msg(N_("I agree")), "yes"),))
            rows.append((Button(msg(N_("I do not agree")), "no"),))
        case TextStep():
            expects = "text"
        case NumberStep():
            expects = "number"
        case DateStep():
            expects = "date"
            year = state.draft.get("year")
            if year is None:
                years = [
                    Button(str(y), f"y:{y}")
                    for y in range(today.year, today.year - step.years_shown, -1)
                ]
                rows.extend(_chunks(years, 3))
                text.append(msg(N_("Tap the year, or type the date, for example 03/2024.")))
            else:
                months = [
                    Button(msg(name), f"m:{i}")
                    for i, name in enumerate(MONTHS, start=1)
                    if (year, i) <= (today.year, today.month)
                ]
                rows.extend(_chunks(months, 3))
                rows.append((Button(msg(N_("I don't know the month")), "_month_unknown"),))
                text.append(msg(N_("Year {year}: which month?"), year=str(year)))
        case FileStep():
            expects = "file"
            files = state.draft.get("files", [])
            if files:
                text.append(
                    msg(N_("Received so far: {names}"), names=tuple(f["name"] for f in files))
                )
                rows.append((DONE,))
            text.append(msg(N_("Send a photo or a file (PDF, JPEG, PNG or DOCX, up to 20 MB).")))
            if step.later:
                rows.append((LATER,))
        case Review():
            raise AssertionError("the review is asked by flows.review")
        case Repeat():
            raise AssertionError("a repeat block is asked through its steps")
    nav = nav_row(slot, first=not state.history)
    if nav:
        rows.append(nav)
    return Ask(slot.key, tuple(text), tuple(rows), state.version, expects)


def _progress(flow: Flow, slot: Slot) -> Msg | None:
    counted = [s for s in flow.sections if s.counted]
    section = flow.section(slot.step.section)
    if not section.counted:
        return None
    return msg(
        N_("<i>Step {n} of {total}: {section}</i>"),
        n=counted.index(section) + 1,
        total=len(counted),
        section=msg(section.title),
    )


def shown_answer(slot: Slot, answer: Answer) -> ParamValue:
    """The stored answer as text for a summary."""
    if answer.status == "unknown":
        return msg(N_("Don't know"))
    if answer.status == "skipped":
        return msg(N_("Skipped"))
    if answer.status == "later":
        return msg(N_("Will send later"))
    value: Any = answer.value
    step = slot.step
    match step:
        case Choice(multi=True):
            return tuple(_choice_label(step, code) for code in value)
        case Choice():
            return _choice_label(step, value)
        case Consent():
            return msg(N_("Agreed")) if value["agreed"] else msg(N_("Not agreed"))
        case DateStep():
            year, _, month = str(value).partition("-")
            if not month:
                return msg(N_("{year}, month not known"), year=year)
            return msg(N_("{month} {year}"), month=msg(MONTHS[int(month) - 1]), year=year)
        case FileStep():
            return tuple(str(f["name"]) for f in value)
        case NumberStep() | TextStep():
            return value  # type: ignore[no-any-return]
    return msg(N_("Done"))


def _choice_label(step: Choice, code: str) -> Msg | str:
    option = next((o for o in step.options if o.code == code), None)
    return code if option is None else option_label(option)
