"""Per-chat order, concurrency across chats, failures contained, drain."""

from __future__ import annotations

import asyncio
import logging
import random

import pytest

from bot.telegram.sequencer import Sequencer


async def test_jobs_of_one_key_run_in_submission_order():
    sequencer = Sequencer()
    done: list[int] = []
    rng = random.Random(7)

    def job(n: int):
        async def run() -> None:
            # Later jobs would overtake earlier ones if they ran concurrently.
            await asyncio.sleep(rng.random() / 200)
            done.append(n)

        return run

    for n in range(20):
        sequencer.submit("chat-1", job(n))
    assert sequencer.busy == 20
    await sequencer.drain()
    assert done == list(range(20))
    assert sequencer.busy == 0


async def test_different_keys_run_at_the_same_time():
    sequencer = Sequencer()
    a_started, b_started = asyncio.Event(), asyncio.Event()

    async def a() -> None:
        a_started.set()
        await asyncio.wait_for(b_started.wait(), 2)

    async def b() -> None:
        b_started.set()
        await asyncio.wait_for(a_started.wait(), 2)

    first, second = sequencer.submit("chat-a", a), sequencer.submit("chat-b", b)
    # Each waits for the other: this only finishes if they run concurrently.
    await asyncio.wait_for(sequencer.drain(), 3)
    assert first.exception() is None and second.exception() is None


async def test_one_key_waits_while_another_proceeds():
    sequencer = Sequencer()
    gate = asyncio.Event()
    order: list[str] = []

    async def slow() -> None:
        await gate.wait()
        order.append("a1")

    async def quick(name: str) -> None:
        order.append(name)

    sequencer.submit("a", slow)
    sequencer.submit("a", lambda: quick("a2"))
    other = sequencer.submit("b", lambda: quick("b1"))
    await asyncio.wait_for(other, 1)
    assert order == ["b1"]  # "a2" is held back behind "a1"
    gate.set()
    await sequencer.drain()
    assert order == ["b1", "a1", "a2"]


async def test_a_failing_job_does_not_stop_later_ones(caplog):
    sequencer = Sequencer()
    done: list[str] = []

    async def boom() -> None:
        raise RuntimeError("secret answer text must not be logged")

    async def fine() -> None:
        done.append("after")

    with caplog.at_level(logging.ERROR, logger="bot.telegram.sequencer"):
        failing = sequencer.submit("chat", boom)
        later = sequencer.submit("chat", fine)
        await sequencer.drain()
    assert done == ["after"]
    # The failure is contained (the task itself does not fail) and logged.
    assert failing.exception() is None and later.exception() is None
    assert [r.getMessage() for r in caplog.records] == ["update handling failed"]


async def test_a_cancelled_job_does_not_stop_later_ones():
    sequencer = Sequencer()
    started = asyncio.Event()
    done: list[str] = []

    async def hangs() -> None:
        started.set()
        await asyncio.sleep(60)

    async def fine() -> None:
        done.append("after")

    stuck = sequencer.submit("chat", hangs)
    sequencer.submit("chat", fine)
    await started.wait()
    stuck.cancel()
    await asyncio.wait_for(sequencer.drain(), 2)
    assert done == ["after"]


async def test_drain_waits_for_jobs_submitted_while_draining():
    sequencer = Sequencer()
    done: list[str] = []

    async def second() -> None:
        await asyncio.sleep(0.01)
        done.append("second")

    async def first() -> None:
        await asyncio.sleep(0.01)
        done.append("first")
        sequencer.submit("other", second)

    sequencer.submit("chat", first)
    await sequencer.drain()
    assert done == ["first", "second"]
    assert sequencer.busy == 0


async def test_drain_with_nothing_to_do_returns_at_once():
    await asyncio.wait_for(Sequencer().drain(), 0.5)


@pytest.mark.parametrize("keys", [1, 5])
async def test_busy_counts_unfinished_jobs(keys):
    sequencer = Sequencer()
    gate = asyncio.Event()
    for n in range(10):
        sequencer.submit(f"chat-{n % keys}", gate.wait)
    await asyncio.sleep(0)
    assert sequencer.busy == 10
    gate.set()
    await sequencer.drain()
    assert sequencer.busy == 0
