"""`intakebot run`: pick the Telegram runtime named by BOT_RUNTIME and run it."""

from __future__ import annotations

import asyncio
import sys

from bot.config import Settings

__all__ = ["launch"]

NO_TOKEN = (
    "intakebot: BOT_TOKEN is not set. Create a bot with @BotFather, then set BOT_TOKEN "
    "(in the environment or .env). To try the bot without Telegram, run: intakebot demo"
)


def launch(settings: Settings, *, webhook: bool) -> int:
    """Run the bot until interrupted; 2 if it cannot start."""
    if settings.bot_token is None or not settings.bot_token.get_secret_value().strip():
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if settings.bot_runtime == "ptb":
        from bot.telegram.ptb_runtime import run_ptb

        asyncio.run(run_ptb(settings, webhook=webhook))
    else:
        from bot.telegram.aiogram_runtime import run_aiogram

        asyncio.run(run_aiogram(settings, webhook=webhook))
    return 0
