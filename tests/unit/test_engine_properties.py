"""Property: whatever a family (or a flaky client) sends, the engine never
raises and always leaves a valid state.

Events are drawn one at a time from the situation at hand: mostly the codes
on the question just shown, mixed with junk codes, old versions, typed text
(numbers, dates, any unicode), files of every kind and commands. The runs
start from several points of the real flow (new, mid-intake, inside the
prior CAR-T block, at the review, after submit) so that every part is hit.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.definitions import build_flow
from flows.effects import (
    Alert,
    Ask,
    Erase,
    Export,
    Say,
    SendFile,
    Submit,
    outgoing_from_json,
    outgoing_to_json,
)
from flows.engine import advance
from flows.events import ChatRef, Event, FileRef
from flows.positions import MORE, find
from flows.state import State
from flows.steps import Flow, Repeat
from flows.todo import ITEMS
from tests.conftest import LOCALES, Family, codes

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
CHAT = ChatRef("test", "property")

CHECKPOINTS = {
    "new": ("language", {}),
    "name": ("contact_name", {}),
    "multi": ("genetics_other", {}),
    "date": ("diagnosis_date", {}),
    "report": ("flow_report", {}),
    "car_t": ("car_t.0.relapsed", {"prior_car_t": ["yes"], "car_t.0.relapsed": ["yes"]}),
    "car_t_more": ("car_t.0.+more", {"prior_car_t": ["yes"]}),
    "documents": ("documents", {}),
    "review": ("review", {}),
}

JUNK_CODES = [
    "_back", "_unknown", "_skip", "_done", "_later", "_continue", "_month_unknown", "submit",
    "_review", "edit:patient", "edit:cart", "edit:nowhere", "field:weight_kg",
    "field:car_t.0.target", "field:nope", "y:1999", "y:2031", "y:", "m:13", "m:0", "m:x",
    "yes", "no", "en", "ru", "learn:menu", "learn:faq", "learn:exit", "learn:nope",
    "term:nope", "todo:flow_report", "todo:_other", "_confirm_yes", "_confirm_no", "", "🙂",
]  # fmt: skip
COMMANDS = [
    "start", "help", "back", "language", "restart", "learn", "status", "privacy", "mydata",
    "delete", "todo", "frobnicate", "",
]  # fmt: skip
MIME_TYPES = [
    "application/pdf", "image/jpeg", "image/png", "image/gif", "application/zip",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=60),
    st.integers(-1_000, 2_000_000).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.builds("{}/{}".format, st.integers(0, 14), st.integers(1890, 2035)),
    st.builds("{}-{:02d}-{:02d}".format, st.integers(1890, 2035), st.integers(0, 13), st.integers(0, 32)),
    st.sampled_from(["Uzbekistan", "узбекистан", "2024", "12,5 kg", "  ", "Kymriah", "x" * 2100]),
)  # fmt: skip
files = st.builds(
    FileRef,
    file_id=st.text(min_size=1, max_size=20),
    name=st.text(max_size=30),
    mime_type=st.sampled_from(MIME_TYPES),
    size=st.integers(0, 30 * 1024 * 1024),
    kind=st.sampled_from(["document", "photo"]),
)


@st.composite
def next_event(draw: st.DrawFn, state: State, ask: Ask | None) -> Event:
    """One event, shaped by the question on screen."""
    shown = codes(ask)
    kind = draw(
        st.sampled_from(
            ["press"] * 6 + ["junk", "stale", "text", "text", "file", "command", "resume"]
        )
    )
    if kind == "press" and shown:
        return Event(CHAT, "choice", NOW, code=draw(st.sampled_from(shown)), version=state.version)
    if kind in ("press", "junk"):
        code = draw(st.one_of(st.sampled_from(JUNK_CODES), st.text(max_size=12)))
        return Event(CHAT, "choice", NOW, code=code, version=state.version)
    if kind == "stale":
        code = draw(st.sampled_from(shown or JUNK_CODES))
        shift = draw(st.sampled_from([None, -5, -2, -1, 1, 2]))
        version = None if shift is None else state.version + shift
        return Event(CHAT, "choice", NOW, code=code, version=version)
    if kind == "text":
        return Event(CHAT, "text", NOW, text=draw(texts))
    if kind == "file":
        return Event(CHAT, "file", NOW, file=draw(files), text=draw(st.sampled_from(["", "scan"])))
    if kind == "command":
        arg = draw(st.sampled_from(["", "clinic_7", "bad payload!", "x" * 80]))
        return Event(CHAT, "command", NOW, code=draw(st.sampled_from(COMMANDS)), text=arg)
    return Event(CHAT, "resume", NOW)


def known_key(flow: Flow, key: str) -> bool:
    """A top-level step id, ``<repeat>.<n>.<step>`` within the block's size,
    or a ticked checklist item ``todo.<item>``."""
    top = {s.id: s for s in flow.steps}
    if key in top:
        return not isinstance(top[key], Repeat)
    parts = key.split(".")
    if len(parts) == 2:
        return parts[0] == "todo" and parts[1] in {item[0] for item in ITEMS}
    if len(parts) != 3 or parts[0] not in top or not parts[1].isdigit():
        return False
    block = top[parts[0]]
    return (
        isinstance(block, Repeat)
        and int(parts[1]) < block.max_items
        and parts[2] in {s.id for s in block.steps} | {MORE}
    )


def check(flow: Flow, old: State, new: State, effects: tuple) -> None:
    """Every invariant a transition must keep."""
    # The family is always somewhere real (or their case is sent).
    assert new.mode == "done" or find(flow, new.answers, new.position) is not None, new.position
    # The version never goes back, and moves exactly when something changed.
    changed = replace(new, version=0) != replace(old, version=0)
    assert new.version >= old.version
    assert (new.version > old.version) == changed, (old, new)
    assert all(known_key(flow, key) for key in new.answers), sorted(new.answers)
    assert State.from_json(json.loads(json.dumps(new.to_json()))) == new
    for effect in effects:
        if isinstance(effect, Ask):
            assert effect.version == new.version, (effect.key, effect.version, new.version)
        if isinstance(effect, Say | Ask | Alert | Submit | SendFile):
            data = json.loads(json.dumps(outgoing_to_json(effect)))
            assert outgoing_from_json(data) == effect
    # A reply always tells the family something (the service answers a Submit
    # and an Export), and asks the question unless the case is sent.
    assert any(isinstance(e, Say | Ask | Submit | Export) for e in effects)
    if new.mode != "done":
        assert isinstance(effects[-1], Ask)


@cache
def starts() -> tuple[Flow, dict[str, State]]:
    """The real flow and the states runs start from, built once (a plain
    cached function: with pytest fixtures here Hypothesis reported flaky
    data generation)."""
    flow = build_flow(LOCALES)
    states = {
        name: Family(flow).fill(position, answers).state
        for name, (position, answers) in CHECKPOINTS.items()
    }
    done = Family(flow, states["review"])
    done.do("submit")
    states["done"] = done.state
    return flow, states


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(start=st.sampled_from([*CHECKPOINTS, "done"]), data=st.data())
def test_random_events_never_break_the_conversation(start: str, data: st.DataObject) -> None:
    flow, states = starts()
    state = states[start]
    ask = None
    sent = state.mode == "done"
    for _ in range(data.draw(st.integers(1, 40), label="steps")):
        event = data.draw(next_event(state, ask))
        transition = advance(flow, state, event)
        check(flow, state, transition.state, transition.effects)
        if event.kind == "choice" and event.version != state.version and state.mode != "done":
            assert transition.state == state, "a button from an old message changed the state"
        # A case is sent once; only erasing the data (/delete) starts a new one.
        if any(isinstance(e, Erase) for e in transition.effects):
            sent = False
        if any(isinstance(e, Submit) for e in transition.effects):
            assert not sent, "the same case was submitted twice"
            sent = True
        state = transition.state
        asks = [e for e in transition.effects if isinstance(e, Ask)]
        ask = asks[-1] if asks else ask
