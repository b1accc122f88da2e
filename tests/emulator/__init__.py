"""An in-project Telegram Bot API emulator for end-to-end tests and benchmarks.

Usage::

    async with BotApiEmulator() as telegram:
        # aiogram: Bot(telegram.token,
        #              session=AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url)))
        # PTB:     telegram.Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")
        telegram.user_sends_command(42, "start")
        await telegram.wait_for(lambda t: t.messages_to(42))
        assert telegram.rejected_calls() == []
"""

from tests.emulator.emulator import BotApiEmulator
from tests.emulator.observation import BotMessage
from tests.emulator.params import UploadedFile
from tests.emulator.state import RecordedCall

__all__ = ["BotApiEmulator", "BotMessage", "RecordedCall", "UploadedFile"]
