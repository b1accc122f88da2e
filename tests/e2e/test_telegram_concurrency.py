"""Many families at once, and one family typing fast: each chat in order, none mixed up."""

from __future__ import annotations

import asyncio

import pytest

from flows.state import Answer
from tests.e2e.harness import (
    RUNTIMES,
    START_TO_CONSENT,
    ChatFamily,
    QuickFamily,
    act,
    quick_bot,
    state_of,
    stored_answers,
    until,
)
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

FAMILIES = 6
FIRST = 9001
COUNTRIES = ("Uzbekistan", "Kazakhstan", "Egypt", "Russia", "Uzbekistan", "Kazakhstan")
CODES = {"Uzbekistan": "UZ", "Kazakhstan": "KZ", "Egypt": "EG", "Russia": "RU"}


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


async def test_families_at_the_same_time_each_get_their_own_conversation(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        families = [ChatFamily(emulator, runner, FIRST + i) for i in range(FAMILIES)]

        async def journey(i: int, family: ChatFamily) -> None:
            await family.do(
                [
                    *START_TO_CONSENT,
                    ("tap", "A parent or guardian"),
                    ("type", COUNTRIES[i]),
                    ("type", f"Parent number {i}"),
                    ("tap", "Only here in Telegram"),
                    ("type", str(3 + i)),
                ]
            )

        await asyncio.gather(*(journey(i, f) for i, f in enumerate(families)))

        shown = [[m.text for m in f.messages()] for f in families]
        for i, family in enumerate(families):
            state = await state_of(runner, family.user_id)
            assert state is not None
            assert state.position == "weight_kg"
            assert state.answers["country_residence"] == Answer(CODES[COUNTRIES[i]])
            assert state.answers["contact_name"] == Answer(f"Parent number {i}")
            assert state.answers["patient_age_years"] == Answer(3 + i)
            answers = await stored_answers(runner, family.user_id)
            assert answers["contact_name"] == Answer(f"Parent number {i}")
            # Every family saw the same questions, in the same order, each once.
            assert shown[i] == shown[0]
        assert "What does the patient weigh" in (shown[0][-1] or "")
    assert emulator.rejected_calls() == []


async def test_one_family_typing_fast_is_handled_in_order(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, FIRST)
        await family.do([*START_TO_CONSENT, ("tap", "A parent or guardian")])
        before = len(family.messages())
        texts = ["Uzbekistan", "Aziza", "one", "two", "three"]

        def burst() -> None:
            # All five are queued before the bot fetches any of them.
            for text in texts:
                emulator.user_sends_text(FIRST, text)

        await act(family, burst)
        await until(lambda: len(family.messages()) >= before + 5, emulator)
        await family.settle()

        replies = [m.text or "" for m in family.messages()[before:]]
        assert "What is your name?" in replies[0]
        assert "Apart from this chat, how else can we reach you?" in replies[1]
        for later in (replies[2:4], replies[4:6], replies[6:8]):
            assert "Please tap one of the buttons below." in later[0]
            assert "Apart from this chat, how else can we reach you?" in later[1]
        assert len(replies) == 8
        state = await state_of(runner, FIRST)
        assert state is not None
        assert state.answers["country_residence"] == Answer("UZ")
        assert state.answers["contact_name"] == Answer("Aziza")
        assert state.position == "preferred_contact"
        # The updates were fetched together, yet handled one after another.
        sends = [c for c in emulator.calls_to("sendMessage") if c.params["chat_id"] == FIRST]
        assert [c.at for c in sends] == sorted(c.at for c in sends)
    assert emulator.rejected_calls() == []
