"""The outbox codec (flows.effects.outgoing_to_json / outgoing_from_json):
everything sent later is stored as JSON and must come back equal."""

from __future__ import annotations

import json
from typing import get_args

import pytest

from flows.effects import (
    Alert,
    Ask,
    Audit,
    Button,
    CopyFromCoordinators,
    Outgoing,
    Relay,
    Say,
    SendFile,
    Submit,
    outgoing_from_json,
    outgoing_to_json,
)
from flows.engine import advance
from flows.events import Event
from flows.submission import after_submit
from flows.text import Lines, Msg, msg
from tests.conftest import CHAT, NOW, Family

NESTED = msg(
    "{item}: {label} — {value}",
    item=msg("CAR-T #{n}", n=2),
    label=msg("Target"),
    value=("CD19", msg("Both CD19 and CD22")),
)

SAMPLES: dict[str, Outgoing] = {
    "say": Say((msg("Hello"),)),
    "say-params": Say(
        (
            msg(
                "{name} is {age}, {weight} kg, sure: {ok}",
                name="<Ali>",
                age=9,
                weight=31.5,
                ok=True,
            ),
        )
    ),
    "say-nested": Say((NESTED, msg("Bye"))),
    "say-lines": Say(
        (msg("<b>{title}</b>\n{lines}", title=msg("Patient"), lines=Lines((NESTED, "plain"))),),
    ),
    "say-locale": Say((msg("For your doctor"),), locale="en"),
    "say-unicode": Say((msg("{w}", w="Ўзбек 🙂 \u202e"),)),
    "ask": Ask(
        "contact_role",
        (msg("<i>Step {n} of {total}</i>", n=1, total=8), msg("Who?")),
        (
            (Button(msg("I am the patient"), "patient"),),
            (Button("English", "en"), Button("Русский", "ru")),
        ),
        7,
        "choice",
    ),
    "ask-no-buttons": Ask("contact_name", (msg("Name?"),), (), 0, "text"),
    "ask-review": Ask(
        "review",
        (msg("<b>{title}</b>\n{lines}", title=msg("The patient"), lines=Lines((NESTED,))),),
        ((Button(msg("✎ Edit: {section}", section=msg("The patient")), "edit:patient"),),),
        44,
        "review",
    ),
    "alert": Alert("red_flag", ("breathing", "bleeding"), "he can't breathe"),
    "submit": Submit(
        {"answers": {"car_t": [{"target": "cd19"}], "weight_kg": 31.5, "mrd_value": None}},
        (msg("Case #{case}", case=42), NESTED),
    ),
    "submit-empty": Submit(),
    "file": SendFile("my-data.json", '{"a": 1}', msg("Everything we keep about you.")),
    "relay": Relay(1234, "Any news about the review?"),
    "copy": CopyFromCoordinators(99),
}


@pytest.mark.parametrize("effect", SAMPLES.values(), ids=SAMPLES.keys())
def test_round_trip_through_json(effect: Outgoing) -> None:
    stored = json.dumps(outgoing_to_json(effect), ensure_ascii=False)
    back = outgoing_from_json(json.loads(stored))
    assert back == effect
    assert type(back) is type(effect)


def test_every_outgoing_type_has_a_sample() -> None:
    assert {type(e) for e in SAMPLES.values()} == set(get_args(Outgoing))


def test_parameters_come_back_in_a_stable_order() -> None:
    effect = Say((Msg("{b}{a}", (("a", 1), ("b", 2))),))
    data = json.loads(json.dumps(outgoing_to_json(effect)))
    data["text"][0]["params"] = dict(reversed(list(data["text"][0]["params"].items())))
    assert outgoing_from_json(data) == effect


def test_not_an_outgoing_effect() -> None:
    with pytest.raises(TypeError, match="not an outgoing effect"):
        outgoing_to_json(Audit("x", "y"))  # type: ignore[arg-type]


def test_unknown_stored_type() -> None:
    with pytest.raises(ValueError, match="unknown outbox effect type 'fax'"):
        outgoing_from_json({"type": "fax"})


def test_every_message_of_a_whole_intake_round_trips(flow) -> None:
    """Each reply of the real flow, the review and the after-submit messages."""
    family = Family(flow)
    seen: list[Outgoing] = []
    original = family.send

    def recording(event: Event):
        effects = original(event)
        seen.extend(e for e in effects if isinstance(e, Say | Ask | Alert | Submit))
        return effects

    family.send = recording  # type: ignore[method-assign]
    family.fill("review", {"prior_car_t": ["yes"], "cd19_status": ["_unknown"]})
    family.do("edit:cart", "_review", ("command", "help"), "submit")
    seen.extend(after_submit(flow, family.state, 42))
    seen.extend(advance(flow, family.state, Event(CHAT, "text", NOW, text="hello")).effects)
    kinds = {type(e) for e in seen}
    assert {Say, Ask, Submit} <= kinds
    assert any(isinstance(e, Ask) and e.expects == "review" for e in seen)
    for effect in seen:
        data = json.loads(json.dumps(outgoing_to_json(effect)))
        assert outgoing_from_json(data) == effect
