"""Per-chat state is kept only while it is needed (no growth per family forever)."""

from __future__ import annotations

import asyncio

from bot.telegram.delivery import MAX_TRACKED_CHATS, Limiter
from flows.service import ChatLocks


async def test_chat_locks_serialise_one_chat_and_are_forgotten_after_use():
    locks = ChatLocks()
    order: list[str] = []

    async def job(name: str, key: str, pause: float) -> None:
        async with locks.hold(key):
            order.append(f"{name}+")
            await asyncio.sleep(pause)
            order.append(f"{name}-")

    await asyncio.gather(job("a", "chat1", 0.02), job("b", "chat1", 0.0), job("c", "chat2", 0.0))
    assert order.index("a-") < order.index("b+")  # same chat: one after the other
    assert order.index("c+") < order.index("a-")  # another chat: at the same time
    assert len(locks) == 0


def test_the_limiter_forgets_chats_whose_bucket_refilled():
    now = [0.0]
    limiter = Limiter(clock=lambda: now[0])
    for chat in range(MAX_TRACKED_CHATS):
        limiter.delay(chat)
    now[0] = 10.0  # every bucket has refilled
    limiter.delay("one more")
    assert len(limiter._chats) == 1
