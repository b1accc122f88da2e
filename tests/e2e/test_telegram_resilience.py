"""An update the library cannot read never stops the bot for everyone."""

from __future__ import annotations

import pytest

from tests.e2e.harness import RUNTIMES, Family, running_bot
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)


async def test_an_unreadable_update_is_skipped_and_families_go_on(runtime):
    async with BotApiEmulator() as emulator, running_bot(emulator, runtime) as runner:
        family = Family(emulator, runner, 4001)
        await family.command("start")
        # A message without chat or date: both libraries refuse to parse the batch.
        emulator.push_raw_update({"message": {"message_id": 77, "text": "broken"}})
        replies = await family.tap("English")
        assert replies, "the family still gets the next question"
        assert emulator.pending_update_count == 0
    assert emulator.rejected_calls() == []
