"""Limits and retries of Bot API calls, with a fake clock and a fake sender."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.telegram.delivery import (
    Blocked,
    Deliverer,
    DeliveryError,
    Limiter,
    Rejected,
    RetryLater,
    Transient,
)
from bot.telegram.render import Reply


class Clock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Sender:
    """Answers each call with the next outcome: an exception to raise, or a result."""

    def __init__(self, *outcomes: Any) -> None:
        self.outcomes = list(outcomes)
        self.calls: list[Reply] = []

    async def __call__(self, reply: Reply) -> Any:
        self.calls.append(reply)
        outcome = self.outcomes.pop(0) if self.outcomes else {"ok": True}
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def deliverer(
    sender: Sender, clock: Clock | None = None, **options: Any
) -> tuple[Deliverer, list[float]]:
    """A Deliverer that records its sleeps (and moves the clock by them)."""
    slept: list[float] = []
    clock = clock or Clock()

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    limiter = options.pop("limiter", None) or Limiter(clock=clock)
    return Deliverer(sender, limiter=limiter, sleep=sleep, **options), slept


def message(chat_id: int = 1, text: str = "hi") -> Reply:
    return Reply("sendMessage", {"chat_id": chat_id, "text": text})


# --- Limiter ---------------------------------------------------------------------------------


def delays(limiter: Limiter, chats: list[Any]) -> list[float]:
    return [round(limiter.delay(chat), 6) for chat in chats]


def test_per_chat_burst_then_one_a_second():
    clock = Clock()
    limiter = Limiter(clock=clock)  # 1/s per chat, burst 3
    # Three at once, then each later call waits for its own slot.
    assert delays(limiter, [1, 1, 1, 1, 1, 1]) == [0, 0, 0, 1, 2, 3]


def test_per_chat_tokens_come_back_with_time():
    clock = Clock()
    limiter = Limiter(clock=clock)
    assert delays(limiter, [1, 1, 1]) == [0, 0, 0]
    clock.advance(1.0)
    assert delays(limiter, [1, 1]) == [0, 1]
    clock.advance(10.0)  # refills, but never above the burst
    assert delays(limiter, [1, 1, 1, 1]) == [0, 0, 0, 1]


def test_chats_are_limited_separately():
    clock = Clock()
    limiter = Limiter(clock=clock)
    assert delays(limiter, [1, 1, 1, 1]) == [0, 0, 0, 1]
    assert delays(limiter, [2, 2, 2, 3]) == [0, 0, 0, 0]


def test_global_limit_across_chats():
    clock = Clock()
    limiter = Limiter(global_rate=30.0, clock=clock)
    # 30 different chats at once pass; the 31st and 32nd wait 1/30 s and 2/30 s.
    assert set(delays(limiter, list(range(30)))) == {0}
    assert delays(limiter, [100, 101]) == [round(1 / 30, 6), round(2 / 30, 6)]
    clock.advance(1.0)
    assert delays(limiter, [102]) == [0]


def test_calls_without_a_chat_count_only_globally():
    clock = Clock()
    limiter = Limiter(global_rate=5.0, clock=clock)
    assert delays(limiter, [None] * 6) == [0, 0, 0, 0, 0, 0.2]


def test_the_longer_of_both_waits_applies():
    clock = Clock()
    limiter = Limiter(per_chat_rate=1.0, per_chat_burst=1.0, global_rate=2.0, clock=clock)
    assert delays(limiter, [1, 2, 1]) == [0, 0, 1]


# --- Deliverer -------------------------------------------------------------------------------


async def test_result_is_returned_without_sleeping():
    sender = Sender({"message_id": 5})
    send, slept = deliverer(sender)
    assert await send.send(message()) == {"message_id": 5}
    assert slept == [] and len(sender.calls) == 1


async def test_retry_later_then_transient_then_success():
    sender = Sender(RetryLater(3), Transient("502 Bad Gateway"), Transient("timeout"), "done")
    send, slept = deliverer(sender, backoff=0.5)
    assert await send.send(message()) == "done"
    # Telegram's retry_after as given; then exponential backoff by attempt.
    assert slept == [3, 1.0, 2.0]
    assert len(sender.calls) == 4
    assert all(call == message() for call in sender.calls)


@pytest.mark.parametrize("error", [Blocked("bot was blocked"), Rejected("chat not found")])
async def test_blocked_and_rejected_raise_at_once(error):
    sender = Sender(error, "never")
    send, slept = deliverer(sender)
    with pytest.raises(type(error)):
        await send.send(message())
    assert len(sender.calls) == 1 and slept == []


@pytest.mark.parametrize(
    ("make", "expected_sleeps"),
    [
        (lambda: Transient("500"), [0.5, 1.0, 2.0, 4.0, 8.0]),
        (lambda: RetryLater(2), [2, 2, 2, 2, 2]),
    ],
)
async def test_attempts_used_up_raise_the_last_error(
    make: Callable[[], DeliveryError], expected_sleeps: list[float]
):
    sender = Sender(*(make() for _ in range(10)))
    send, slept = deliverer(sender, attempts=6, backoff=0.5)
    with pytest.raises(type(make())):
        await send.send(message())
    assert len(sender.calls) == 6
    assert slept == expected_sleeps


async def test_backoff_is_capped_at_30_seconds():
    sender = Sender(*(Transient("500") for _ in range(9)), "ok")
    send, slept = deliverer(sender, attempts=10, backoff=4.0)
    assert await send.send(message()) == "ok"
    assert slept == [4.0, 8.0, 16.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0]


async def test_sends_to_one_chat_are_paced_by_the_limiter():
    clock = Clock()
    sender = Sender()
    send, slept = deliverer(sender, clock)
    for n in range(5):
        await send.send(message(chat_id=42, text=str(n)))
    # Burst of three, then the clock (moved by each sleep) paces one a second.
    assert slept == [1.0, 1.0]
    assert [c.params["text"] for c in sender.calls] == ["0", "1", "2", "3", "4"]


async def test_only_sending_methods_use_the_chat_bucket():
    clock = Clock()
    sender = Sender()
    send, slept = deliverer(sender, clock)
    for _ in range(3):
        await send.send(message(chat_id=42))
    # Answering a button or editing a keyboard is not a new message.
    await send.send(Reply("answerCallbackQuery", {"callback_query_id": "1"}))
    await send.send(Reply("editMessageReplyMarkup", {"chat_id": 42, "message_id": 1}))
    assert slept == []
    await send.send(Reply("copyMessage", {"chat_id": 42, "from_chat_id": -1, "message_id": 1}))
    assert slept == [1.0]


def test_the_error_tree():
    for error in (RetryLater(1), Transient("x"), Blocked("x"), Rejected("x")):
        assert isinstance(error, DeliveryError)
    assert RetryLater(2.5).retry_after == 2.5


async def test_calls_that_send_no_message_never_wait_for_the_global_limit():
    clock = Clock()
    sender = Sender()
    send, slept = deliverer(sender, clock, limiter=Limiter(global_rate=2.0, clock=clock))
    for n in range(10):
        await send.send(Reply("answerCallbackQuery", {"callback_query_id": str(n)}))
        await send.send(Reply("sendChatAction", {"chat_id": n, "action": "typing"}))
    assert slept == []
    for n in range(3):
        await send.send(message(chat_id=n))
    assert slept == [0.5]
