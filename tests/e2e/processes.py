"""The real `intakebot run` as a subprocess against the emulator, and a family
that talks to it from the test process."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from tests.e2e.harness import pending_for, until
from tests.emulator import BotApiEmulator, BotMessage

INTAKEBOT = str(Path(sys.executable).with_name("intakebot"))


def url_of(database: Path) -> str:
    return f"sqlite+aiosqlite:///{database}"


def bot_env(
    runtime: str, emulator: BotApiEmulator | None, database: Path, **extra: str
) -> dict[str, str]:
    """The environment of the bot process (nothing inherited that could point elsewhere)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BOT_", "DATABASE_", "COORDINATOR_", "WEBHOOK_"))
    }
    env.update(
        BOT_RUNTIME=runtime,
        DATABASE_URL=url_of(database),
        PTB_TIMEDELTA="1",
        PYTHONUNBUFFERED="1",
    )
    if emulator is not None:
        env.update(BOT_TOKEN=emulator.token, BOT_API_BASE_URL=emulator.base_url)
    env.update(extra)
    return env


@asynccontextmanager
async def bot_process(
    emulator: BotApiEmulator, runtime: str, database: Path, **extra: str
) -> AsyncIterator[asyncio.subprocess.Process]:
    """`intakebot run` against the emulator, ready (polling) when the block starts;
    killed at the end if the block left it running."""
    polls = len(emulator.calls_to("getUpdates"))
    process = await asyncio.create_subprocess_exec(
        INTAKEBOT,
        "run",
        cwd=database.parent,
        env=bot_env(runtime, emulator, database, **extra),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await until(
            lambda: (
                process.returncode is not None
                or emulator.polls_waiting > 0
                or len(emulator.calls_to("getUpdates")) > polls
            ),
            emulator,
            seconds=60,
        )
        assert process.returncode is None, await process.stderr.read()  # type: ignore[union-attr]
        yield process
    finally:
        if process.returncode is None:
            process.kill()
        await process.communicate()


class Remote:
    """A family writing to the bot that runs in another process."""

    def __init__(self, emulator: BotApiEmulator, user_id: int) -> None:
        self.emu = emulator
        self.user_id = user_id

    def messages(self) -> list[BotMessage]:
        return self.emu.messages_to(self.user_id)

    async def _after(self, action: Callable[[], object]) -> list[BotMessage]:
        before = len(self.messages())
        action()
        # Confirmed (offset past it) only once handled and its reply sent.
        await until(
            lambda: len(self.messages()) > before and pending_for(self.emu, self.user_id) == 0,
            self.emu,
            seconds=30,
        )
        return self.messages()[before:]

    async def do(self, steps: list[tuple[str, str]]) -> None:
        for kind, value in steps:
            if kind == "tap":
                await self.tap(value)
            elif kind == "type":
                await self.type(value)
            else:
                await self.command(value)

    async def command(self, name: str) -> list[BotMessage]:
        return await self._after(lambda: self.emu.user_sends_command(self.user_id, name))

    async def type(self, text: str) -> list[BotMessage]:
        return await self._after(lambda: self.emu.user_sends_text(self.user_id, text))

    async def tap(self, label: str) -> list[BotMessage]:
        message = next(
            m for m in reversed(self.messages()) if any(b["text"] == label for b in m.buttons)
        )
        data = message.callback_data(label)
        return await self._after(
            lambda: self.emu.user_presses(self.user_id, message.message_id, data)
        )
