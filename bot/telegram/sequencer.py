"""Per-chat ordering with concurrency across chats.

Each chat's work runs strictly in the order it was submitted; different
chats run at the same time. Submitting never blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

__all__ = ["Sequencer"]

log = logging.getLogger(__name__)


class Sequencer:
    """Chains each chat's jobs; `drain` waits for everything submitted."""

    def __init__(self) -> None:
        self._tails: dict[str, asyncio.Task[None]] = {}
        self._all: set[asyncio.Task[None]] = set()

    def submit(self, key: str, job: Callable[[], Awaitable[None]]) -> asyncio.Task[None]:
        """Run `job` after every job submitted earlier for `key`."""
        previous = self._tails.get(key)

        async def run() -> None:
            if previous is not None:
                with contextlib.suppress(BaseException):
                    await previous
            try:
                await job()
            except Exception:
                # One failed update must not stop the chat's later ones; the
                # error is logged without message content.
                log.exception("update handling failed")

        task = asyncio.create_task(run())
        self._tails[key] = task
        self._all.add(task)

        def done(finished: asyncio.Task[None]) -> None:
            self._all.discard(finished)
            if self._tails.get(key) is finished:
                del self._tails[key]

        task.add_done_callback(done)
        return task

    @property
    def busy(self) -> int:
        """Jobs submitted and not finished."""
        return len(self._all)

    async def drain(self) -> None:
        """Wait until every submitted job has finished."""
        while self._all:
            await asyncio.gather(*list(self._all), return_exceptions=True)
