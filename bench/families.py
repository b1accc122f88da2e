"""Simulated families driving a bot in the emulator (in this process).

Each family does one scripted action at a time and waits until the bot's
reply has arrived in its chat (the next question, the case number, or the
echo), with a timeout per step; a family that cannot go on is one failure.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bench.watch import CallWatch
from tests.emulator.state import ChatRecord

__all__ = [
    "INTAKE_STEPS",
    "SUBMIT",
    "DriveResult",
    "drive_echo",
    "drive_intake",
]

SUBMIT = "Send to the coordinators ✓"
CASE_SENT = "Your case #"
Accept = Callable[[dict[str, Any]], bool]
Plan = Sequence[tuple[str, str, Accept]]


def _harness_steps(name: str) -> list[tuple[str, str]]:
    """A script of the end-to-end harness, checked to be ("kind", "value") pairs.

    Imported by name so that type-checking the benchmark does not re-check
    the test suite's harness.
    """
    steps = getattr(importlib.import_module("tests.e2e.harness"), name)
    if not all(
        isinstance(s, tuple) and len(s) == 2 and all(isinstance(p, str) for p in s) for s in steps
    ):
        raise TypeError(f"tests.e2e.harness.{name} is not a list of (kind, value) pairs")
    return [(str(kind), str(value)) for kind, value in steps]


# The scripted intake of the end-to-end harness, then the submit on the review.
INTAKE_STEPS: list[tuple[str, str]] = [
    *_harness_steps("START_TO_CONSENT"),
    *_harness_steps("INTAKE_NO_PRIOR_CART"),
    ("tap", SUBMIT),
]
PDF = b"%PDF-1.4 benchmark flow report\n%%EOF\n"


@dataclass
class DriveResult:
    """Updates sent, latencies, time per family and failures of one load."""

    updates: int = 0
    seconds: float = 0.0
    latencies: list[tuple[str, float]] = field(default_factory=list)  # (step kind, seconds)
    family_seconds: list[float] = field(default_factory=list)
    failures: int = 0
    failure_examples: list[str] = field(default_factory=list)


class StepFailed(Exception):
    """A family could not go on (no reply in time, or no such button)."""


def _bot_reply_after(chat: ChatRecord, after: int, accept: Accept) -> bool:
    for message_id in range(after + 1, chat.last_message_id + 1):
        message = chat.messages.get(message_id)
        if message is not None and message.by_bot and not message.deleted and accept(message.data):
            return True
    return False


def _question_or_case(data: dict[str, Any]) -> bool:
    """The reply to an intake step ends with a question (a keyboard) or the case number."""
    return bool((data.get("reply_markup") or {}).get("inline_keyboard")) or CASE_SENT in str(
        data.get("text", "")
    )


def _find_button(chat: ChatRecord, label: str) -> tuple[int, str]:
    for message_id in sorted(chat.messages, reverse=True):
        message = chat.messages[message_id]
        if not message.by_bot or message.deleted:
            continue
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if button.get("text") == label and "callback_data" in button:
                    return message_id, str(button["callback_data"])
    raise StepFailed(f"no button {label!r}")


class _Family:
    def __init__(
        self, watch: CallWatch, user_id: int, timeout: float, think: float, result: DriveResult
    ) -> None:
        self.emu = watch.emu
        self.user_id = user_id
        self.probe = watch.probe(user_id)
        self.timeout = timeout
        self.think = think
        self.result = result

    def _chat(self) -> ChatRecord | None:
        return self.emu.state.chats.get(self.user_id)

    def _push(self, kind: str, value: str) -> int:
        """Do one action; the chat's last message id before the bot can answer."""
        uid, emu = self.user_id, self.emu
        if kind == "tap":
            chat = self._chat()
            if chat is None:
                raise StepFailed(f"tap {value!r} before any message")
            message_id, data = _find_button(chat, value)
            emu.user_presses(uid, message_id, data)
        elif kind == "type":
            emu.user_sends_text(uid, value, language_code="en")
        elif kind == "command":
            emu.user_sends_command(uid, value, language_code="en")
        elif kind == "pdf":
            emu.user_sends_document(uid, file_name=value, mime_type="application/pdf", content=PDF)
        else:
            raise ValueError(f"unknown step kind {kind!r}")
        self.probe.pushed_at = time.monotonic()
        self.probe.pushed_kind = kind
        self.result.updates += 1
        chat = self._chat()
        assert chat is not None
        return chat.last_message_id

    async def step(self, kind: str, value: str, accept: Accept) -> None:
        after = self._push(kind, value)
        chat = self._chat()
        assert chat is not None
        deadline = time.monotonic() + self.timeout
        while not _bot_reply_after(chat, after, accept):
            left = deadline - time.monotonic()
            if left <= 0:
                raise StepFailed(f"no reply to {kind} {value!r} within {self.timeout:.0f} s")
            self.probe.changed.clear()
            try:
                await asyncio.wait_for(self.probe.changed.wait(), left)
            except TimeoutError:
                continue

    async def run(self, steps: Plan) -> None:
        started = time.monotonic()
        try:
            for n, (kind, value, accept) in enumerate(steps):
                if n and self.think > 0:
                    await asyncio.sleep(self.think)
                await self.step(kind, value, accept)
        except (StepFailed, ValueError) as failure:
            self.result.failures += 1
            if len(self.result.failure_examples) < 5:
                self.result.failure_examples.append(f"user {self.user_id}: {failure}")
        else:
            self.result.family_seconds.append(time.monotonic() - started)
        finally:
            self.probe.pushed_at = None
            self.result.latencies.extend(self.probe.latencies)


def _echo_of(text: str) -> Accept:
    """Accepts the bot's message that repeats `text`."""
    return lambda data: data.get("text") == text


async def _drive(
    watch: CallWatch,
    user_ids: Sequence[int],
    plan: Callable[[int], Plan],
    step_timeout: float,
    think: float,
) -> DriveResult:
    result = DriveResult()
    families = [_Family(watch, uid, step_timeout, think, result) for uid in user_ids]
    started = time.monotonic()
    await asyncio.gather(*(family.run(plan(family.user_id)) for family in families))
    result.seconds = time.monotonic() - started
    return result


async def drive_intake(
    watch: CallWatch,
    user_ids: Sequence[int],
    steps: Sequence[tuple[str, str]],
    step_timeout: float,
    think: float = 0.0,
) -> DriveResult:
    """Every family walks `steps` at once, each waiting for the bot's next
    question (and `think` seconds more) before its next update."""
    plan = [(kind, value, _question_or_case) for kind, value in steps]
    return await _drive(watch, user_ids, lambda _uid: plan, step_timeout, think)


async def drive_echo(
    watch: CallWatch,
    user_ids: Sequence[int],
    messages: int,
    step_timeout: float,
    think: float = 0.0,
) -> DriveResult:
    """Every family sends `messages` texts, one at a time, waiting for each
    echo (and `think` seconds more)."""

    def plan(uid: int) -> Plan:
        texts = [f"echo {uid} #{n}" for n in range(messages)]
        return [("type", text, _echo_of(text)) for text in texts]

    return await _drive(watch, user_ids, plan, step_timeout, think)
