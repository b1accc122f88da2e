"""The aiogram 3 runtime (the default): a transport and nothing more.

It fetches updates and makes calls with aiogram's `Bot`, turning aiogram's
models into Bot API JSON and its exceptions into `bot.telegram.delivery`
errors. All behaviour lives in `bot.telegram.runner` and below.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot, methods
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import BufferedInputFile
from pydantic import BaseModel

from bot.bootstrap import build_app
from bot.config import Settings
from bot.telegram.delivery import Blocked, Rejected, RetryLater, Transient
from bot.telegram.render import Reply
from bot.telegram.runner import ALLOWED_UPDATES, TelegramRunner
from bot.telegram.serve import serve

__all__ = ["AiogramTransport", "run_aiogram"]


class AiogramTransport:
    """Bot API access through aiogram."""

    def __init__(self, token: str, base_url: str) -> None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(base_url))
        self.bot = Bot(token, session=session)

    async def get_updates(self, offset: int | None, poll_seconds: int) -> list[dict[str, Any]]:
        """Long polling with aiogram's getUpdates."""
        updates = await self._guard(
            self.bot.get_updates(
                offset=offset,
                timeout=poll_seconds,
                allowed_updates=ALLOWED_UPDATES,
                request_timeout=poll_seconds + 10,
            )
        )
        return [u.model_dump(mode="json", by_alias=True, exclude_none=True) for u in updates]

    async def call(self, reply: Reply) -> Any:
        """One call, by the aiogram method class named like the Bot API method."""
        method_class = getattr(methods, reply.method[0].upper() + reply.method[1:])
        params = dict(reply.params)
        if reply.upload is not None:
            params[reply.upload.param] = BufferedInputFile(
                reply.upload.content, reply.upload.filename
            )
        result = await self._guard(self.bot(method_class(**params)))
        if isinstance(result, BaseModel):
            return result.model_dump(mode="json", by_alias=True, exclude_none=True)
        return result

    @staticmethod
    async def _guard(call: Any) -> Any:
        try:
            return await call
        except TelegramRetryAfter as error:
            raise RetryLater(float(error.retry_after)) from None
        except TelegramServerError as error:
            raise Transient(error.message) from None
        except (TelegramNetworkError, TimeoutError) as error:
            raise Transient(str(error)) from None
        except TelegramForbiddenError as error:
            raise Blocked(error.message) from None
        except Exception as error:
            description = getattr(error, "message", type(error).__name__)
            raise Rejected(str(description)) from None

    async def close(self) -> None:
        """Close aiogram's HTTP session."""
        await self.bot.session.close()


async def run_aiogram(settings: Settings, *, webhook: bool) -> None:
    """Run until SIGINT/SIGTERM, by long polling or webhook."""
    assert settings.bot_token is not None
    app = await build_app(settings)
    transport = AiogramTransport(settings.bot_token.get_secret_value(), settings.bot_api_base_url)
    await serve(TelegramRunner(app, transport), settings, webhook=webhook)
