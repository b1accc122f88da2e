"""Old buttons, double taps and redelivered updates never corrupt a conversation."""

from __future__ import annotations

from typing import Any

import pytest

from flows.state import Answer
from tests.e2e.harness import (
    RUNTIMES,
    START_TO_CONSENT,
    Family,
    QuickFamily,
    act,
    joined,
    quick_bot,
    running_bot,
    state_of,
    stored_answers,
)
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

USER = 2001
STALE = "That button belongs to an earlier message"
NAME_QUESTION = "What is your name?"
CONTACT_QUESTION = "Apart from this chat, how else can we reach you?"
AGE_QUESTION = "How old is the patient, in years?"


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


def _message_with(family: Family, text: str):
    return next(m for m in family.messages() if text in (m.text or ""))


async def test_stale_button_changes_nothing_and_shows_the_current_question(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do(
            [*START_TO_CONSENT, ("tap", "A parent or guardian"), ("type", "Uzbekistan")]
        )
        await family.type("Aziza")  # typed, so the name question keeps its « Back button
        old = _message_with(family, NAME_QUESTION)
        data = old.callback_data("« Back")
        before, answers_before = await state_of(runner, USER), await stored_answers(runner, USER)
        assert before is not None and before.position == "preferred_contact"

        replies = await act(family, lambda: emulator.user_presses(USER, old.message_id, data))

        assert STALE in joined(replies)
        assert CONTACT_QUESTION in (replies[-1].text or "")
        assert [b["text"] for b in replies[-1].buttons][:3] == [
            "Only here in Telegram",
            "Phone / WhatsApp",
            "E-mail",
        ]
        assert await state_of(runner, USER) == before
        assert await stored_answers(runner, USER) == answers_before
        # The pressed (old) keyboard is gone, so it cannot be pressed again.
        assert _message_with(family, NAME_QUESTION).reply_markup is None
    assert emulator.rejected_calls() == []


async def test_double_tap_stores_the_answer_once(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do(
            [
                *START_TO_CONSENT,
                ("tap", "A parent or guardian"),
                ("type", "Uzbekistan"),
                ("type", "Aziza"),
            ]
        )
        message, data = family.find_button("Only here in Telegram")
        before = await state_of(runner, USER)
        assert before is not None
        edits_before = len(emulator.calls_to("editMessageReplyMarkup"))

        def tap_twice() -> None:
            # Both presses reach Telegram before the bot has answered the first.
            emulator.user_presses(USER, message.message_id, data)
            emulator.user_presses(USER, message.message_id, data)

        replies = await act(family, tap_twice)

        after = await state_of(runner, USER)
        assert after is not None
        assert after.answers["preferred_contact"] == Answer("telegram")
        assert after.version == before.version + 1
        assert after.position == "patient_age_years"
        assert after.history.count("preferred_contact") == 1
        assert (await stored_answers(runner, USER))["preferred_contact"] == Answer("telegram")
        # First press: the next question. Second press: stale, the same question again.
        texts = [m.text or "" for m in replies]
        assert AGE_QUESTION in texts[0]
        assert STALE in texts[1]
        assert AGE_QUESTION in texts[-1]
        assert sum(AGE_QUESTION in t for t in texts) == 2
        # Both spinners stopped; the keyboard is removed once, not edited twice.
        answered = emulator.calls_to("answerCallbackQuery")[-2:]
        assert all(call.ok for call in answered)
        assert len(emulator.calls_to("editMessageReplyMarkup")) == edits_before + 1
        # The family goes on normally.
        replies = await family.type("7")
        assert "What does the patient weigh" in joined(replies)
    assert emulator.rejected_calls() == []


def _sending_calls(emulator: BotApiEmulator) -> list[Any]:
    return [c for c in emulator.calls if c.method not in ("getUpdates", "answerCallbackQuery")]


async def test_the_same_update_twice_changes_and_sends_nothing(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do([*START_TO_CONSENT, ("tap", "A parent or guardian")])
        updates: list[dict[str, Any]] = []

        # A typed answer, handled, then delivered to the bot again.
        await act(family, lambda: updates.append(emulator.user_sends_text(USER, "Uzbekistan")))
        state, calls = await state_of(runner, USER), len(_sending_calls(emulator))
        assert state is not None and state.answers["country_residence"] == Answer("UZ")
        task = runner.dispatch(updates[-1])
        assert task is not None
        await task
        await family.settle()
        assert await state_of(runner, USER) == state
        assert len(_sending_calls(emulator)) == calls
        assert emulator.rejected_calls() == []

        # A button press, handled, then delivered again.
        await family.type("Aziza")
        message, data = family.find_button("Only here in Telegram")
        await act(
            family, lambda: updates.append(emulator.user_presses(USER, message.message_id, data))
        )
        state, calls = await state_of(runner, USER), len(_sending_calls(emulator))
        messages = len(family.messages())
        task = runner.dispatch(updates[-1])
        assert task is not None
        await task
        await family.settle()
        assert await state_of(runner, USER) == state
        assert len(_sending_calls(emulator)) == calls
        assert len(family.messages()) == messages
        # The spinner is answered again, and Telegram says the query was answered
        # already: the one refusal this redelivery provokes.
        refused = emulator.rejected_calls()
        assert [c.method for c in refused] == ["answerCallbackQuery"]
        assert "query is too old" in (refused[0].error or "")

        # Later messages still work.
        replies = await family.type("7")
        assert "What does the patient weigh" in joined(replies)


async def test_a_redelivered_update_after_a_restart_is_ignored(emulator, runtime, tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    updates: list[dict[str, Any]] = []
    # The first session stops cleanly (its long poll ends), so the second one's
    # getUpdates does not end it with 409.
    async with running_bot(emulator, runtime, database_url=url) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do([*START_TO_CONSENT, ("tap", "A parent or guardian")])
        await act(family, lambda: updates.append(emulator.user_sends_text(USER, "Uzbekistan")))
        state = await state_of(runner, USER)
    async with quick_bot(emulator, runtime, database_url=url) as runner:
        family = QuickFamily(emulator, runner, USER)
        messages, calls = len(family.messages()), len(_sending_calls(emulator))
        task = runner.dispatch(updates[-1])
        assert task is not None
        await task
        await family.settle()
        assert await state_of(runner, USER) == state
        assert len(family.messages()) == messages
        # Only the start-up calls (getMe for PTB, commands, deleteWebhook) were made.
        assert {c.method for c in _sending_calls(emulator)[calls:]} <= {
            "getMe",
            "setMyCommands",
            "deleteWebhook",
        }
        replies = await family.type("Aziza")
        assert CONTACT_QUESTION in joined(replies)
        assert (await stored_answers(runner, USER))["contact_name"] == Answer("Aziza")
    assert emulator.rejected_calls() == []
