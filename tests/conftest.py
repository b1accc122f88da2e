"""Shared fixtures: the real flow, a fixed clock, and two drivers that answer
the questionnaire the way a family would (one through the pure engine, one
through the conversation service and a store).

An *action* is what a family does: a `str` presses the button with that code
(with the current version), ``("text", "9")`` types, ``("command", "back")``
sends a command, and a `FileRef` sends a file. `PATH` is a complete, plain
set of answers (no prior CAR-T); `fill` walks it to any position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import pytest

from flows.definitions import build_flow
from flows.effects import Ask, Effect, Outgoing, Say, Submit
from flows.engine import advance, initial_state
from flows.events import ChatRef, Event, FileRef
from flows.ports import OutboxItem
from flows.service import ConversationService
from flows.state import State
from flows.steps import Flow

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
CHAT = ChatRef("test", "family-1")
LOCALES = ("en", "ru")

Action = str | tuple[str, ...] | FileRef

FLOW_PDF = FileRef("file-flow-1", "flow-cytometry.pdf", "application/pdf", 120_000)

# One plain answer per position (keyed by step id; inside the CAR-T block by
# the block's own step id). A list is several actions on the same question.
PATH: dict[str, Sequence[Action]] = {
    "language": ["en"],
    "about": ["_continue"],
    "disclaimer": ["_continue"],
    "consent_store": ["yes"],
    "consent_share_hospitals": ["yes"],
    "contact_role": ["parent_guardian"],
    "country_residence": ["UZ"],
    "contact_name": [("text", "Dilnoza")],
    "preferred_contact": ["telegram"],
    "contact_value": [("text", "+998 90 123 45 67")],
    "patient_age_years": [("text", "9")],
    "weight_kg": [("text", "31.5")],
    "diagnosis": ["b_all"],
    "diagnosis_date": ["y:2024", "m:3"],
    "ph_status": ["ph_negative"],
    "tki_lines": [("text", "1")],
    "genetics_other": ["none_known", "_done"],
    "disease_status": ["first_relapse"],
    "last_relapse_date": [("text", "10/2026")],
    "cns_status": ["cns1"],
    "extramedullary": ["none", "_done"],
    "marrow_blasts_pct": [("text", "12.5")],
    "mrd_value": ["_skip"],
    "cd19_status": ["positive"],
    "cd22_status": ["dim"],
    "flow_date": [("text", "11/2026")],
    "flow_sample": ["bone_marrow"],
    "flow_report": [FLOW_PDF],
    "cd19_pct": ["_skip"],
    "cd22_pct": ["_skip"],
    "cd22_sites_per_cell": ["_skip"],
    "prior_lines": [("text", "2")],
    "current_therapy": ["_skip"],
    "prior_blinatumomab": ["no"],
    "blinatumomab_last_date": [("text", "05/2026")],
    "prior_inotuzumab": ["no"],
    "inotuzumab_last_date": [("text", "06/2026")],
    "prior_car_t": ["no"],
    # one CAR-T block (used when prior_car_t is "yes")
    "target": ["cd19"],
    "product": [("text", "Kymriah")],
    "infusion_date": [("text", "01/2025")],
    "best_response": ["mrd_negative_cr"],
    "relapsed": ["no"],
    "relapse_date": [("text", "09/2025")],
    "relapse_cd19": ["negative"],
    "relapse_cd22": ["positive"],
    "lineage_switch": ["no"],
    "worst_crs_icans": ["grade_1_2"],
    "+more": ["no"],
    "prior_hsct": ["none"],
    "hsct_date": [("text", "02/2023")],
    "gvhd_active": ["none"],
    "immunosuppression_now": ["no"],
    "performance": ["normal"],
    "active_infection": ["none"],
    "where_now": ["home"],
    "treating_physician": ["_skip"],
    "physician_supports_referral": ["yes"],
    "documents": ["_later"],
    "free_text_notes": ["_skip"],
}


def plan_for(position: str, answers: Mapping[str, Sequence[Action]]) -> Sequence[Action]:
    """The actions that answer `position`: an override, else `PATH`."""
    if position in answers:
        return answers[position]
    if position in PATH:
        return PATH[position]
    return PATH[position.rsplit(".", 1)[-1]]


def event_for(
    action: Action, chat: ChatRef, version: int, now: datetime = NOW, update_id: int | None = None
) -> Event:
    """The `Event` a family's action becomes."""
    if isinstance(action, FileRef):
        return Event(chat, "file", now, file=action, update_id=update_id)
    if isinstance(action, str):
        return Event(chat, "choice", now, code=action, version=version, update_id=update_id)
    kind, value, *rest = action
    if kind == "text":
        return Event(chat, "text", now, text=value, update_id=update_id)
    if kind == "command":
        arg = rest[0] if rest else ""
        return Event(chat, "command", now, code=value, text=arg, update_id=update_id)
    raise ValueError(f"unknown action {action!r}")


def codes(ask: Ask | None) -> list[str]:
    """Every button code on an `Ask`, in order."""
    return [] if ask is None else [b.code for row in ask.buttons for b in row]


def said(effects: Sequence[Effect]) -> list[str]:
    """The msgids of every `Say` paragraph, in order."""
    return [m.key for e in effects if isinstance(e, Say) for m in e.text]


def last_ask(effects: Sequence[Effect]) -> Ask | None:
    """The last question asked, if any."""
    asks = [e for e in effects if isinstance(e, Ask)]
    return asks[-1] if asks else None


class Family:
    """A family talking to the pure engine, one event at a time."""

    def __init__(self, flow: Flow, state: State | None = None, chat: ChatRef = CHAT) -> None:
        self.flow = flow
        self.chat = chat
        self.state = state if state is not None else initial_state(flow)
        self.effects: tuple[Effect, ...] = ()
        self.visited: list[str] = []

    def send(self, event: Event) -> tuple[Effect, ...]:
        """Apply one event; keep and return its effects."""
        transition = advance(self.flow, self.state, event)
        self.state, self.effects = transition.state, transition.effects
        return self.effects

    def do(self, *actions: Action) -> tuple[Effect, ...]:
        """Apply actions in turn (buttons carry the version of the moment)."""
        for action in actions:
            self.send(event_for(action, self.chat, self.state.version))
        return self.effects

    def press(self, code: str, version: int) -> tuple[Effect, ...]:
        """Press a button printed with `version` (maybe an old one)."""
        return self.send(Event(self.chat, "choice", NOW, code=code, version=version))

    @property
    def ask(self) -> Ask | None:
        """The question of the last reply."""
        return last_ask(self.effects)

    @property
    def said(self) -> list[str]:
        """The msgids said in the last reply."""
        return said(self.effects)

    @property
    def submitted(self) -> Submit | None:
        """The Submit effect of the last reply, if any."""
        return next((e for e in self.effects if isinstance(e, Submit)), None)

    def fill(
        self, until: str = "review", answers: Mapping[str, Sequence[Action]] | None = None
    ) -> Family:
        """Answer from `PATH` (or `answers`) until the family is at `until`."""
        answers = answers or {}
        for _ in range(200):
            position = self.state.position
            if position == until:
                return self
            if self.state.mode != "flow" or position == "review":
                raise AssertionError(f"never reached {until!r}; stopped at {position!r}")
            self.visited.append(position)
            self.do(*plan_for(position, answers))
            assert self.state.position != position, f"stuck at {position!r}: {self.said}"
        raise AssertionError(f"never reached {until!r}")


class ServiceChat:
    """A family talking through `ConversationService` (and so a store)."""

    def __init__(self, service: ConversationService, chat: ChatRef = CHAT) -> None:
        self.service = service
        self.chat = chat
        self.reply: OutboxItem | None = None
        self.next_update = 1

    async def start(self) -> OutboxItem | None:
        """Open the conversation (as the runtimes do on /start)."""
        return await self.send(Event(self.chat, "command", NOW, code="start"))

    async def send(self, event: Event) -> OutboxItem | None:
        """Handle one event; remember the reply."""
        self.reply = await self.service.handle(event)
        return self.reply

    async def do(self, *actions: Action) -> OutboxItem | None:
        """Each action as a new update, pressed on the last question shown."""
        for action in actions:
            version = self.ask.version if self.ask is not None else 0
            update_id = self.next_update
            self.next_update += 1
            await self.send(event_for(action, self.chat, version, update_id=update_id))
        return self.reply

    @property
    def effects(self) -> tuple[Outgoing, ...]:
        """The effects of the last reply."""
        return () if self.reply is None else self.reply.effects

    @property
    def ask(self) -> Ask | None:
        """The question of the last reply."""
        return last_ask(self.effects)

    async def fill(
        self, until: str = "review", answers: Mapping[str, Sequence[Action]] | None = None
    ) -> ServiceChat:
        """Answer from `PATH` (or `answers`) until the question at `until` is shown."""
        answers = answers or {}
        if self.ask is None:
            await self.start()
        for _ in range(200):
            assert self.ask is not None, f"no question after {self.effects}"
            position = self.ask.key
            if position in (until, "review"):
                assert position == until, f"never reached {until!r}"
                return self
            await self.do(*plan_for(position, answers))
        raise AssertionError(f"never reached {until!r}")


@pytest.fixture(scope="session")
def flow() -> Flow:
    """The real flow, offering English and Russian."""
    return build_flow(LOCALES)


@pytest.fixture
def family(flow: Flow) -> Family:
    """A new family at the first question."""
    return Family(flow)


@pytest.fixture(scope="session")
def reviewed_state(flow: Flow) -> State:
    """A state at the review with every answer of `PATH` given."""
    return Family(flow).fill("review").state
