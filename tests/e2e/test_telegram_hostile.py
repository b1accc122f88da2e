"""Whatever a family types, the bot answers, and Telegram accepts every call it makes."""

from __future__ import annotations

import pytest

from tests.e2e.harness import (
    INTAKE_NO_PRIOR_CART,
    RUNTIMES,
    START_TO_CONSENT,
    TO_CURRENT_THERAPY,
    QuickFamily,
    joined,
    quick_bot,
    state_of,
)
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

USER = 6001
THERAPY = "What treatment is the patient getting now"  # a text question, up to 2000 characters
BLINATUMOMAB = "Has the patient ever had blinatumomab"  # the button question after it
SPECIALS = "<b>bold</i> & &amp; <script>x</script> *_[]()~` **x** _y_ [a](http://b) ~z~ `c` \\"

# Typed where text is the answer, each one is stored exactly as typed (trimmed).
ACCEPTED = [
    "<b>",
    "</i>",
    "&",
    "*_[]()~`",
    SPECIALS,
    "العلاج الكيميائي منذ شهرين",  # Arabic (RTL)
    "شیمی‌درمانی از دو ماه پیش",  # Persian (RTL, with a zero-width non-joiner)
    "Chemo 💉🧬 👨‍👩‍👧 ✅🇺🇿",  # emoji, ZWJ sequences, flags
    "Vin\u200bcris\u200dtine\u2060 \ufeff\u200e\u200f",  # zero-width and direction marks
    "dex\x00a\x07meth\x1b[31masone\x7f\x1f",  # control characters
    "x" * 2000,  # exactly at the limit
]


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


async def test_hostile_text_always_gets_an_answer(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        family = QuickFamily(emulator, runner, USER)
        await family.do([*START_TO_CONSENT, *TO_CURRENT_THERAPY])
        assert THERAPY in (family.messages()[-1].text or "")

        async def typed(text: str, expect: str, question: str) -> None:
            replies = await family.type(text)
            assert replies, f"no answer to {text[:40]!r}"
            assert expect in joined(replies), (text[:40], joined(replies)[:300])
            assert question in (replies[-1].text or "")
            assert replies[-1].buttons, "the question comes with its buttons"
            assert emulator.rejected_calls() == [], text[:40]

        # Too long, or only spaces: told what is wrong, asked again.
        await typed("y" * 5000, "That is 5000 characters; the limit is 2000.", THERAPY)
        await typed("     ", "Please type your answer as a message.", THERAPY)
        await typed(" \n\t \n", "Please type your answer as a message.", THERAPY)

        for text in ACCEPTED:
            # At the text question it is the answer...
            await typed(text, BLINATUMOMAB, BLINATUMOMAB)
            state = await state_of(runner, USER)
            assert state is not None
            assert state.answers["current_therapy"].value == text.strip()
            # ...at a button question it is not, and the family is told so.
            await typed(text, "Please tap one of the buttons below.", BLINATUMOMAB)
            await family.tap("« Back")
            assert THERAPY in (family.messages()[-1].text or "")

        await typed("y" * 5000, "the limit is 2000", THERAPY)
        await typed("   ", "Please type your answer as a message.", THERAPY)

        # The review shows the family's words exactly as typed.
        await family.type(SPECIALS)
        await family.do(INTAKE_NO_PRIOR_CART[29:])
        review = family.messages()[-1].text or ""
        assert "Please check your answers" in review
        assert f"Treatment now: {SPECIALS}" in review
    assert emulator.rejected_calls() == []
