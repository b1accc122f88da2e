"""Updates by webhook: only Telegram, which knows the secret token, is listened to."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import pytest
from aiohttp import web

from bot.telegram.render import Reply
from bot.telegram.runner import ALLOWED_UPDATES, SECRET_HEADER, TelegramRunner
from tests.e2e.harness import RUNTIMES, QuickFamily, idle_bot, joined, state_of
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

USER = 10001
INTRUDER = 10002
SECRET = "s3cret-Token_42"


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


@asynccontextmanager
async def serve_webhook(runner: TelegramRunner) -> AsyncIterator[str]:
    """The runner's webhook app on 127.0.0.1 (a free port); yields its URL."""
    site_runner = web.AppRunner(runner.webhook_app(SECRET), access_log=None)
    await site_runner.setup()
    site = web.TCPSite(site_runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{site_runner.addresses[0][1]}/webhook"
    finally:
        await site_runner.cleanup()


def start_update(user_id: int, update_id: int) -> dict:
    """A /start from `user_id`, as Telegram would post it."""
    user = {"id": user_id, "is_bot": False, "first_name": "Mallory", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1_790_000_000,
            "chat": {"id": user_id, "type": "private", "first_name": "Mallory"},
            "from": user,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


async def test_webhook_checks_the_secret_and_answers(emulator, runtime):
    async with idle_bot(emulator, runtime) as runner, serve_webhook(runner) as url:
        await runner.startup()
        await runner.deliverer.send(
            Reply(
                "setWebhook",
                {"url": url, "secret_token": SECRET, "allowed_updates": ALLOWED_UPDATES},
            )
        )
        assert emulator.state.updates.webhook is not None

        # Posts without the secret, or with a wrong one, are refused and ignored.
        async with aiohttp.ClientSession() as session:
            for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET + "x"}):
                update = start_update(INTRUDER, 900_001)
                async with session.post(url, json=update, headers=headers) as response:
                    assert response.status == 401
            async with session.post(
                url, data=b"{not json", headers={SECRET_HEADER: SECRET}
            ) as response:
                assert response.status == 400
        assert runner.sequencer.busy == 0
        assert await state_of(runner, INTRUDER) is None
        assert emulator.messages_to(INTRUDER) == []

        # Telegram posts with the secret: the family is answered.
        family = QuickFamily(emulator, runner, USER)
        replies = await family.command("start")
        assert "Please choose your language." in joined(replies)
        replies = await family.tap("English")
        assert "Continue »" in [b["text"] for b in replies[-1].buttons]
        state = await state_of(runner, USER)
        assert state is not None and state.locale == "en"
        info = emulator.state.updates.webhook_info()
        assert info["pending_update_count"] == 0 and "last_error_message" not in info

        await runner.deliverer.send(Reply("deleteWebhook", {}))
    assert emulator.rejected_calls() == []
