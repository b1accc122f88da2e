"""The emergency reply to a red-flag message (see shared/content/red-flags.md).

Checked on every free-text message (and file caption) at any point: the
emergency message comes first, with the emergency number for the family's
country of residence when we have a checked one, and the coordinators get
an urgent alert with the family's own words. It says what to do, never what
it is.
"""

from __future__ import annotations

from flows.effects import Alert, Effect, Say
from flows.emergency import emergency_number
from flows.events import Event
from flows.redflags import Category, detect
from flows.state import State
from flows.text import N_, Msg, msg

__all__ = ["alarm"]

EMERGENCY_WITH_NUMBER = N_(
    "⚠️ <b>This may be an emergency.</b> For someone with leukaemia, or after CAR-T, this needs "
    "a doctor now. Please do not wait for our reply: call <b>{number}</b> or go to the nearest "
    "emergency department now, and call the treating haematology team."
)
EMERGENCY_GENERIC = N_(
    "⚠️ <b>This may be an emergency.</b> For someone with leukaemia, or after CAR-T, this needs "
    "a doctor now. Please do not wait for our reply: call your local emergency number or go to "
    "the nearest emergency department now, and call the treating haematology team."
)
TELL_THEM = N_(
    "Tell the emergency team: the patient has leukaemia, which treatment they had last and when "
    "(for example CAR-T, and the date), and that their white-cell count may be low. Bring the "
    "CAR-T card or the latest discharge summary if you have it."
)
SELF_HARM = N_(
    "If you or someone near you may be in danger of self-harm, please call the emergency number "
    "or a crisis line in your country now, and do not stay alone. You matter."
)
WHO_WE_ARE = N_(
    "We are a navigation service and cannot assess symptoms; this message does not replace "
    "emergency care. A coordinator will contact you. When you are ready, you can go on below."
)


def _country(state: State) -> str | None:
    answer = state.answers.get("country_residence")
    if answer is None or answer.status != "answered" or not isinstance(answer.value, str):
        return None
    return answer.value


def alarm(state: State, event: Event) -> tuple[Effect, ...]:
    """The emergency message and the coordinators' alert, if `event` is a red flag."""
    if event.kind not in ("text", "file") or not event.text:
        return ()
    flags = detect(event.text)
    if not flags:
        return ()
    found = emergency_number(_country(state))
    first = msg(EMERGENCY_WITH_NUMBER, number=found.number) if found else msg(EMERGENCY_GENERIC)
    text: list[Msg] = [first, msg(TELL_THEM)]
    categories = tuple(dict.fromkeys(str(f.category) for f in flags))
    if str(Category.SELF_HARM) in categories:
        text.insert(1, msg(SELF_HARM))
    text.append(msg(WHO_WE_ARE))
    return (Say(tuple(text)), Alert("red_flag", categories, event.text))
