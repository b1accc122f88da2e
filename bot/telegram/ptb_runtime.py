"""The python-telegram-bot 22 runtime: a transport and nothing more.

It fetches updates and makes calls with PTB's `Bot` (built by
`ApplicationBuilder` with `base_url`/`base_file_url` from BOT_API_BASE_URL),
turning PTB's objects into Bot API JSON and its exceptions into
`bot.telegram.delivery` errors. All behaviour lives in `bot.telegram.runner`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from telegram import Bot, BotCommand, InlineKeyboardMarkup, InputFile, TelegramObject
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import ApplicationBuilder

from bot.bootstrap import build_app
from bot.config import Settings
from bot.telegram.delivery import Blocked, Rejected, RetryLater, Transient
from bot.telegram.render import Reply
from bot.telegram.runner import ALLOWED_UPDATES, TelegramRunner
from bot.telegram.serve import serve

__all__ = ["PtbTransport", "run_ptb"]


class PtbTransport:
    """Bot API access through python-telegram-bot."""

    def __init__(self, token: str, base_url: str) -> None:
        application = (
            ApplicationBuilder()
            .token(token)
            .base_url(f"{base_url}/bot")
            .base_file_url(f"{base_url}/file/bot")
            .get_updates_read_timeout(40)
            .updater(None)
            .build()
        )
        self.bot: Bot = application.bot
        self._started = False

    async def _ensure_started(self) -> None:
        if not self._started:
            await self.bot.initialize()
            self._started = True

    async def get_updates(self, offset: int | None, poll_seconds: int) -> list[dict[str, Any]]:
        """Long polling with PTB's getUpdates."""
        await self._ensure_started()
        updates = await self._guard(
            self.bot.get_updates(
                offset=offset,
                timeout=poll_seconds,
                allowed_updates=ALLOWED_UPDATES,
                read_timeout=poll_seconds + 10,
            )
        )
        return [u.to_dict() for u in updates]

    async def call(self, reply: Reply) -> Any:
        """One call, by PTB's method named like the Bot API method; the result as JSON."""
        await self._ensure_started()
        method = getattr(self.bot, _snake(reply.method))
        result = await self._guard(method(**self._objects(reply)))
        if isinstance(result, TelegramObject):
            return result.to_dict()
        return result

    def _objects(self, reply: Reply) -> dict[str, Any]:
        """Bot API JSON parameters as the PTB objects its methods expect."""
        params = dict(reply.params)
        if "reply_markup" in params:
            params["reply_markup"] = InlineKeyboardMarkup.de_json(params["reply_markup"], self.bot)
        if "commands" in params:
            params["commands"] = [
                BotCommand(c["command"], c["description"]) for c in params["commands"]
            ]
        if reply.upload is not None:
            params[reply.upload.param] = InputFile(
                reply.upload.content, filename=reply.upload.filename
            )
        return params

    @staticmethod
    async def _guard(call: Any) -> Any:
        try:
            return await call
        except RetryAfter as error:
            retry = error.retry_after
            seconds = retry.total_seconds() if isinstance(retry, timedelta) else float(retry)
            raise RetryLater(seconds) from None
        except Forbidden as error:
            raise Blocked(error.message) from None
        except BadRequest as error:
            raise Rejected(error.message) from None
        except (TimedOut, NetworkError) as error:
            raise Transient(error.message) from None
        except TelegramError as error:
            raise Rejected(error.message) from None
        except (KeyError, TypeError, ValueError) as error:
            # PTB could not read Telegram's answer (e.g. an update shape it does not know).
            raise Rejected(f"unreadable answer: {type(error).__name__}") from None

    async def close(self) -> None:
        """Shut PTB's HTTP clients down."""
        if self._started:
            await self.bot.shutdown()


def _snake(method: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", method).lower()


async def run_ptb(settings: Settings, *, webhook: bool) -> None:
    """Run until SIGINT/SIGTERM, by long polling or webhook."""
    assert settings.bot_token is not None
    app = await build_app(settings)
    transport = PtbTransport(settings.bot_token.get_secret_value(), settings.bot_api_base_url)
    await serve(TelegramRunner(app, transport), settings, webhook=webhook)
