"""The aiogram baseline: a bare echo bot (Dispatcher + start_polling).

Run as ``python -m bench.echo_aiogram`` with BOT_TOKEN and BOT_API_BASE_URL
in the environment; it answers every text with the same text until SIGTERM.
"""

from __future__ import annotations

import asyncio
import os

from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

__all__ = ["main"]


async def echo(message: Message) -> None:
    """Send the text back."""
    await message.answer(message.text or "")


async def main() -> None:
    """Poll until SIGINT/SIGTERM (aiogram's own signal handling)."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["BOT_API_BASE_URL"]))
    bot = Bot(os.environ["BOT_TOKEN"], session=session)
    dispatcher = Dispatcher()
    dispatcher.message.register(echo, F.text)
    await dispatcher.start_polling(bot, polling_timeout=10)


if __name__ == "__main__":
    asyncio.run(main())
