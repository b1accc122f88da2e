"""The python-telegram-bot baseline: a bare echo bot (Application + MessageHandler).

Run as ``python -m bench.echo_ptb`` with BOT_TOKEN and BOT_API_BASE_URL in
the environment; it answers every text with the same text until SIGTERM.
The Application keeps PTB's defaults (updates are handled one at a time).
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

__all__ = ["main"]


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back."""
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text, do_quote=False)


def main() -> None:
    """Poll until SIGINT/SIGTERM (PTB's own signal handling)."""
    base = os.environ["BOT_API_BASE_URL"].rstrip("/")
    application = (
        Application.builder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    application.run_polling(timeout=10)


if __name__ == "__main__":
    main()
