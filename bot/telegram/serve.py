"""Running a `TelegramRunner` until a stop signal: long polling or webhook.

Shared by both runtimes, so start-up, the webhook's secret check and the
graceful shutdown (finish queued updates, then close) behave the same.
"""

from __future__ import annotations

import asyncio
import signal

from aiohttp import web

from bot.config import Settings
from bot.telegram.render import Reply
from bot.telegram.runner import ALLOWED_UPDATES, TelegramRunner

__all__ = ["serve"]


async def serve(runner: TelegramRunner, settings: Settings, *, webhook: bool) -> None:
    """Polling or webhook until a stop signal, then a graceful shutdown."""
    loop = asyncio.get_running_loop()
    stopped = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopped.set)
    try:
        if webhook:
            await _webhook(runner, settings, stopped)
        else:
            polling = asyncio.create_task(runner.poll())
            await stopped.wait()
            runner.stop()
            polling.cancel()
            await asyncio.gather(polling, return_exceptions=True)
    finally:
        await runner.shutdown()


async def _webhook(runner: TelegramRunner, settings: Settings, stopped: asyncio.Event) -> None:
    if not settings.webhook_url or settings.webhook_secret is None:
        raise SystemExit("intakebot: --webhook needs WEBHOOK_URL and WEBHOOK_SECRET to be set")
    secret = settings.webhook_secret.get_secret_value()
    await runner.startup()
    await runner.deliverer.send(
        Reply(
            "setWebhook",
            {
                "url": settings.webhook_url,
                "secret_token": secret,
                "allowed_updates": ALLOWED_UPDATES,
            },
        )
    )
    web_runner = web.AppRunner(runner.webhook_app(secret))
    await web_runner.setup()
    site = web.TCPSite(web_runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    try:
        await stopped.wait()
    finally:
        await web_runner.cleanup()
