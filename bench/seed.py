"""Seeding a database with conversations in progress, in bulk.

States are built with the real engine (`flows.engine.advance`) by walking
the end-to-end harness's script from a new conversation until about 20
answers are given; each seeded conversation then gets such a state (with its
own name and contact), its answer rows, its two consents and the update ids
it has processed, as the conversation service would have left them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from bot.i18n import Translator, load_translator
from bot.telegram.updates import CHANNEL
from bot.text import plain, render
from flows.definitions import build_flow
from flows.effects import Ask, Button
from flows.engine import advance, initial_state
from flows.events import ChatRef, Event, FileRef
from flows.state import State
from storage.models import AnswerRow, ConsentRow, Conversation, ProcessedUpdate
from storage.sql import make_engine

__all__ = ["SEED_USER_BASE", "build_states", "seed_database"]

SEED_USER_BASE = 900_000_000  # seeded chats' Telegram ids; families use far smaller ones
ANSWER_TARGETS = range(16, 25)  # answers given per seeded conversation (~20 on average)
CHUNK = 2_000
SEED_UPDATE_BASE = 10**11  # above any update id the emulator hands out in a run
NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _label(button: Button, tr: Translator) -> str:
    return plain(button.label if isinstance(button.label, str) else render(button.label, "en", tr))


def _event(chat: ChatRef, ask: Ask | None, kind: str, value: str, tr: Translator) -> Event:
    if kind == "tap":
        if ask is None:
            raise ValueError(f"tap {value!r} with no question shown")
        for row in ask.buttons:
            for button in row:
                if _label(button, tr) == value:
                    return Event(chat, "choice", NOW, code=button.code, version=ask.version)
        raise ValueError(f"no button {value!r} on question {ask.key!r}")
    if kind == "type":
        return Event(chat, "text", NOW, text=value, locale_hint="en")
    if kind == "command":
        return Event(chat, "command", NOW, code=value, locale_hint="en")
    if kind == "pdf":
        return Event(
            chat, "file", NOW, file=FileRef("BQACAgIAAxkSeed", value, "application/pdf", 20)
        )
    raise ValueError(f"unknown step kind {kind!r}")


def build_states(steps: Sequence[tuple[str, str]], targets: Sequence[int]) -> list[State]:
    """One state per target: the script walked until that many answers are given."""
    tr = load_translator()
    flow = build_flow(tr.locales)
    chat = ChatRef(CHANNEL, str(SEED_USER_BASE))
    state = initial_state(flow)
    ask: Ask | None = None
    wanted = sorted(targets)
    states: list[State] = []
    for kind, value in steps:
        transition = advance(flow, state, _event(chat, ask, kind, value, tr))
        state = transition.state
        ask = next((e for e in reversed(transition.effects) if isinstance(e, Ask)), ask)
        while wanted and len(state.answers) >= wanted[0]:
            states.append(state)
            wanted.pop(0)
    if wanted:
        raise ValueError(f"the script gives only {len(state.answers)} answers")
    return states


def _personal(state_json: dict[str, Any], n: int) -> dict[str, Any]:
    """A copy of a state's JSON with this family's own name and contact."""
    answers = dict(state_json["answers"])
    if "contact_name" in answers:
        answers["contact_name"] = {"value": f"Family {n} <i>&amp;</i>", "status": "answered"}
    if "contact_value" in answers:
        answers["contact_value"] = {"value": f"+998 90 {n:07d}", "status": "answered"}
    return {**state_json, "answers": answers}


def _rows(states: Sequence[State], count: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(table, rows) batches for `count` conversations."""
    templates = [s.to_json() for s in states]
    conversations: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    consents: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    update_ids = itertools.count(SEED_UPDATE_BASE)
    for n in range(count):
        key = ChatRef(CHANNEL, str(SEED_USER_BASE + n)).key
        state = _personal(templates[n % len(templates)], n)
        when = NOW - timedelta(minutes=n)
        conversations.append(
            {
                "chat_key": key,
                "state": state,
                "version": state["version"],
                "locale": state["locale"],
                "created_at": when,
                "updated_at": when,
            }
        )
        for field, value in state["answers"].items():
            answers.append({"chat_key": key, "field": field, "value": value, "updated_at": when})
        for kind in ("consent_store", "consent_share_hospitals"):
            given = state["answers"].get(kind, {}).get("value") or {}
            consents.append(
                {
                    "chat_key": key,
                    "kind": kind,
                    "agreed": bool(given.get("agreed", True)),
                    "text_version": str(given.get("version", "1")),
                    "locale": str(given.get("locale", "en")),
                    "given_at": when,
                }
            )
        for _ in range(state["version"]):
            updates.append(
                {"channel": CHANNEL, "update_id": next(update_ids), "processed_at": when}
            )
        if len(conversations) >= CHUNK or n == count - 1:
            yield "conversations", conversations
            yield "answers", answers
            yield "consents", consents
            yield "processed_updates", updates
            conversations, answers, consents, updates = [], [], [], []


async def seed_database(url: str, count: int, steps: Sequence[tuple[str, str]]) -> int:
    """Insert `count` conversations in progress into the migrated database at
    `url`; returns the number of rows written."""
    if count <= 0:
        return 0
    states = build_states(steps, ANSWER_TARGETS)
    models = {
        "conversations": Conversation,
        "answers": AnswerRow,
        "consents": ConsentRow,
        "processed_updates": ProcessedUpdate,
    }
    engine = make_engine(url)
    written = 0
    try:
        async with engine.begin() as connection:
            for table, rows in _rows(states, count):
                if rows:
                    await connection.execute(insert(models[table]), rows)
                    written += len(rows)
    finally:
        await engine.dispose()
    return written
