"""Running the real Telegram runtime in-process against the Bot API emulator,
and a `Family` that talks to it the way a person would (tap labels, type)."""

from __future__ import annotations

import asyncio
import os
import struct
import zlib
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from bot.bootstrap import App, build_app
from bot.config import load_settings
from bot.telegram.delivery import Limiter
from bot.telegram.runner import TelegramRunner, Transport
from bot.telegram.updates import CHANNEL
from flows.events import ChatRef
from flows.state import Answer, State
from tests.emulator import BotApiEmulator, BotMessage

os.environ.setdefault("PTB_TIMEDELTA", "1")

RUNTIMES = ("aiogram", "ptb")


def transport_for(runtime: str, emulator: BotApiEmulator) -> Transport:
    """The runtime's transport pointed at the emulator."""
    if runtime == "ptb":
        from bot.telegram.ptb_runtime import PtbTransport

        return PtbTransport(emulator.token, emulator.base_url)
    from bot.telegram.aiogram_runtime import AiogramTransport

    return AiogramTransport(emulator.token, emulator.base_url)


async def make_runner(
    emulator: BotApiEmulator, runtime: str, database_url: str | None, settings: dict[str, Any]
) -> TelegramRunner:
    """A runner for the emulator (memory store unless a URL is given)."""
    overrides: dict[str, Any] = {
        "bot_token": emulator.token,
        "bot_api_base_url": emulator.base_url,
        "bot_runtime": runtime,
        **({"database_url": database_url} if database_url else {}),
        **settings,
    }
    app: App = await build_app(load_settings(**overrides), memory=database_url is None)
    runner = TelegramRunner(app, transport_for(runtime, emulator), poll_timeout=1)
    # Telegram's per-chat pace (about 1/s) would make a 45-step intake take a
    # minute; the limiter has its own unit tests.
    runner.deliverer.limiter = Limiter(per_chat_rate=100, per_chat_burst=100, global_rate=1000)
    return runner


@asynccontextmanager
async def running_bot(
    emulator: BotApiEmulator, runtime: str, *, database_url: str | None = None, **settings: Any
) -> AsyncIterator[TelegramRunner]:
    """The bot polling the emulator until the block ends (memory store unless a URL is given)."""
    runner = await make_runner(emulator, runtime, database_url, settings)
    polling = asyncio.create_task(runner.poll())
    try:
        await emulator.wait_for(
            lambda e: polling.done() or e.polls_waiting > 0 or bool(e.calls_to("getUpdates")),
            timeout=10,
        )
        if polling.done():
            polling.result()
        yield runner
    finally:
        runner.stop()
        await asyncio.wait_for(asyncio.gather(polling, return_exceptions=True), timeout=15)
        await runner.shutdown()
        if polling.done() and not polling.cancelled() and polling.exception() is not None:
            raise AssertionError("polling crashed") from polling.exception()


class Family:
    """One person in a private chat with the bot."""

    def __init__(
        self,
        emulator: BotApiEmulator,
        runner: TelegramRunner,
        user_id: int,
        language_code: str | None = "en",
    ) -> None:
        self.emu = emulator
        self.runner = runner
        self.user_id = user_id
        self.language_code = language_code

    def messages(self) -> list[BotMessage]:
        """The bot's messages in this chat, oldest first."""
        return self.emu.messages_to(self.user_id)

    async def _after(
        self, act: Callable[[], object], *, expect_reply: bool = True
    ) -> list[BotMessage]:
        before = len(self.messages())
        act()
        if expect_reply:
            await self.emu.wait_for(
                lambda e: len(e.messages_to(self.user_id)) > before,
                timeout=15,
                message=f"no reply for user {self.user_id}",
            )
        await self.settle()
        return self.messages()[before:]

    async def settle(self) -> None:
        """Wait until every update was fetched and handled."""
        await self.emu.wait_for(
            lambda e: e.pending_update_count == 0 and self.runner.sequencer.busy == 0, timeout=15
        )
        await asyncio.sleep(0.05)
        await self.emu.wait_for(
            lambda e: e.pending_update_count == 0 and self.runner.sequencer.busy == 0, timeout=15
        )

    async def command(self, name: str, args: str = "") -> list[BotMessage]:
        """Send /name."""
        return await self._after(
            lambda: self.emu.user_sends_command(
                self.user_id, name, args, language_code=self.language_code
            )
        )

    async def type(self, text: str) -> list[BotMessage]:
        """Type a message."""
        return await self._after(
            lambda: self.emu.user_sends_text(self.user_id, text, language_code=self.language_code)
        )

    async def tap(self, label: str) -> list[BotMessage]:
        """Tap the button whose text is exactly `label` on the latest keyboard that has it."""
        message, data = self.find_button(label)
        return await self._after(
            lambda: self.emu.user_presses(self.user_id, message.message_id, data)
        )

    def find_button(self, label: str) -> tuple[BotMessage, str]:
        """The newest message with a button labelled `label`, and its callback data."""
        for message in reversed(self.messages()):
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label:
                        return message, button["callback_data"]
        labels = [
            b["text"]
            for m in self.messages()[-2:]
            for row in (m.reply_markup or {}).get("inline_keyboard", [])
            for b in row
        ]
        raise AssertionError(f"no button {label!r}; latest buttons: {labels}")

    async def send_document(self, name: str, mime: str, content: bytes) -> list[BotMessage]:
        """Send a file."""
        return await self._after(
            lambda: self.emu.user_sends_document(
                self.user_id, file_name=name, mime_type=mime, content=content
            )
        )

    async def do(self, steps: Sequence[tuple[str, str]]) -> None:
        """Run ("tap"|"type"|"command", value) steps."""
        for kind, value in steps:
            if kind == "tap":
                await self.tap(value)
            elif kind == "type":
                await self.type(value)
            elif kind == "command":
                await self.command(value)
            elif kind == "pdf":
                await self.send_document(value, "application/pdf", b"%PDF-1.4 test report")
            else:
                raise ValueError(kind)


# The whole intake through Telegram, no prior CAR-T, as a family would tap it.
START_TO_CONSENT: list[tuple[str, str]] = [
    ("command", "start"),
    ("tap", "English"),
    ("tap", "Continue »"),
    ("tap", "Continue »"),
    ("tap", "I agree"),
    ("tap", "I agree"),
]
INTAKE_NO_PRIOR_CART: list[tuple[str, str]] = [
    ("tap", "A parent or guardian"),
    ("type", "Uzbekistan"),
    ("type", "Aziza <b>&amp; co</b>"),
    ("tap", "Only here in Telegram"),
    ("type", "7"),
    ("tap", "Skip"),
    ("tap", "B-cell acute lymphoblastic leukaemia (B-ALL)"),
    ("tap", "2024"),
    ("tap", "March"),
    ("tap", "Ph-negative (not found)"),
    ("tap", "None that I know of"),
    ("tap", "Done ✓"),
    ("tap", "It came back for the first time"),
    ("type", "09/2026"),
    ("tap", "No, none found (CNS1)"),
    ("tap", "No"),
    ("tap", "Done ✓"),
    ("tap", "Skip"),
    ("tap", "Skip"),
    ("tap", "Positive (present)"),
    ("tap", "Positive (present)"),
    ("type", "10/2026"),
    ("tap", "Bone marrow"),
    ("pdf", "flow-report.pdf"),
    ("tap", "Skip"),
    ("tap", "Skip"),
    ("tap", "Skip"),
    ("tap", "I don't know"),
    ("tap", "Skip"),
    ("tap", "No"),
    ("tap", "No"),
    ("tap", "No"),
    ("tap", "No"),
    ("tap", "Plays or works normally"),
    ("tap", "No"),
    ("tap", "At home"),
    ("tap", "Skip"),
    ("tap", "I will send it later"),
    ("type", "He likes drawing <3"),
]


# --- Helpers for the wider end-to-end suite (added; the ones above are unchanged) ---

# Prefixes of INTAKE_NO_PRIOR_CART that stop at a given question.
TO_FLOW_REPORT = INTAKE_NO_PRIOR_CART[:23]
TO_CURRENT_THERAPY = INTAKE_NO_PRIOR_CART[:28]


def chat_of(user_id: int) -> ChatRef:
    """The conversation key of a family's private chat."""
    return ChatRef(CHANNEL, str(user_id))


async def state_of(runner: TelegramRunner, user_id: int) -> State | None:
    """The family's stored conversation state."""
    return await runner.app.service.state_of(chat_of(user_id))


async def stored_answers(runner: TelegramRunner, user_id: int) -> dict[str, Answer]:
    """The family's rows in the answers table (or its in-memory twin)."""
    async with runner.app.store.transaction() as repo:
        return await repo.answers(chat_of(user_id))


async def stored_export(runner: TelegramRunner, user_id: int) -> dict[str, Any]:
    """Everything stored about the family, as /mydata would export it."""
    async with runner.app.store.transaction() as repo:
        return await repo.export_chat(chat_of(user_id))


@asynccontextmanager
async def idle_bot(
    emulator: BotApiEmulator, runtime: str, *, database_url: str | None = None, **settings: Any
) -> AsyncIterator[TelegramRunner]:
    """A runner pointed at the emulator that does not poll (webhook tests, direct dispatch)."""
    runner = await make_runner(emulator, runtime, database_url, settings)
    try:
        yield runner
    finally:
        await runner.shutdown()


async def act(
    family: Family, action: Callable[[], object], *, expect_reply: bool = True
) -> list[BotMessage]:
    """Do anything a person can do in the emulator; the bot's new messages."""
    return await family._after(action, expect_reply=expect_reply)


def joined(messages: Sequence[BotMessage]) -> str:
    """The texts (or captions) of messages, one after another."""
    return "\n".join(m.text or "" for m in messages)


def png_bytes(width: int = 1, height: int = 1) -> bytes:
    """A valid PNG image of the given size (grey pixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\0" + b"\x80" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def sent_texts(emulator: BotApiEmulator, user_id: int) -> list[str]:
    """The text of every successful sendMessage to a chat, in order (edits aside)."""
    return [
        str(call.params.get("text", ""))
        for call in emulator.calls_to("sendMessage")
        if call.ok and call.params.get("chat_id") == user_id
    ]


@asynccontextmanager
async def quick_bot(
    emulator: BotApiEmulator, runtime: str, *, database_url: str | None = None, **settings: Any
) -> AsyncIterator[TelegramRunner]:
    """Like `running_bot`, but it stops at once: the open long poll is cancelled
    (as `serve` does on SIGTERM) instead of waited for, then queued updates finish.

    Use `running_bot` for a session followed by another one on the same emulator:
    the abandoned long poll would end with 409 once the next session polls.
    """
    async with idle_bot(emulator, runtime, database_url=database_url, **settings) as runner:
        polls = len(emulator.calls_to("getUpdates"))
        polling = asyncio.create_task(runner.poll())
        try:
            await emulator.wait_for(
                lambda e: (
                    polling.done() or e.polls_waiting > 0 or len(e.calls_to("getUpdates")) > polls
                ),
                timeout=10,
            )
            if polling.done():
                polling.result()
            yield runner
        finally:
            runner.stop()
            polling.cancel()
            outcome = (await asyncio.gather(polling, return_exceptions=True))[0]
        if isinstance(outcome, Exception):
            raise AssertionError("polling crashed") from outcome


class QuickFamily(Family):
    """A `Family` that notices a settled bot sooner (it checks every few
    milliseconds instead of waiting for the emulator's next change)."""

    async def settle(self) -> None:
        """Wait until every update was fetched and handled, and stays so briefly."""
        for pause in (0.0, 0.02):
            await asyncio.sleep(pause)
            await until(
                lambda: self.emu.pending_update_count == 0 and self.runner.sequencer.busy == 0,
                self.emu,
            )


async def until(
    condition: Callable[[], object], emulator: BotApiEmulator, seconds: float = 15.0
) -> None:
    """Wait until `condition()` is true, checking every 5 ms; AssertionError with a dump if not."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {seconds}s\n{emulator.dump()}")
        await asyncio.sleep(0.005)


def push_unfiltered(emulator: BotApiEmulator, body: dict[str, Any]) -> dict[str, Any]:
    """Queue an update even if its kind is outside the bot's allowed_updates
    (as after a Bot API upgrade), to check that the runtimes tolerate it."""
    queue = emulator.state.updates
    allowed = queue.allowed
    queue.allowed = frozenset({*allowed, *body})
    try:
        return emulator.push_raw_update(body)
    finally:
        queue.allowed = allowed


def pending_for(emulator: BotApiEmulator, user_id: int) -> int:
    """Updates from this person's private chat not yet confirmed by the bot."""
    count = 0
    for update in emulator.state.updates.pending:
        body = update.get("message") or update.get("callback_query") or {}
        sender = body.get("from") or {}
        if sender.get("id") == user_id:
            count += 1
    return count


class ChatFamily(QuickFamily):
    """A `QuickFamily` that waits only for its own chat to settle, so that many
    families can go through the bot at the same time without waiting for each other."""

    async def settle(self) -> None:
        """Wait until this family's updates were all handled and confirmed."""
        await until(lambda: pending_for(self.emu, self.user_id) == 0, self.emu)
