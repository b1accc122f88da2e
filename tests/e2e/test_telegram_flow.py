"""End to end: the real runtimes (aiogram and PTB) against the Bot API emulator."""

from __future__ import annotations

import pytest

from tests.e2e.harness import INTAKE_NO_PRIOR_CART, RUNTIMES, START_TO_CONSENT, Family, running_bot
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


async def test_family_completes_the_intake(emulator, runtime):
    async with running_bot(emulator, runtime) as runner:
        family = Family(emulator, runner, 1001)
        await family.do(START_TO_CONSENT)
        await family.do(INTAKE_NO_PRIOR_CART)
        review = family.messages()[-1]
        assert "Please check your answers" in (review.text or "")
        # The family's own text is shown escaped, exactly as typed.
        assert "Aziza <b>&amp; co</b>" in (review.text or "")
        replies = await family.tap("Send to the coordinators ✓")
        texts = "\n".join(m.text or "" for m in replies)
        assert "Your case #1 has been sent" in texts
        assert "not medical advice" in texts
        assert "Your consent receipt" in texts
    assert emulator.rejected_calls() == []
