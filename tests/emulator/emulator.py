"""``BotApiEmulator``: a Telegram Bot API server on 127.0.0.1 for end-to-end tests."""

from __future__ import annotations

from types import TracebackType

from tests.emulator.faults import Faults, FloodControl
from tests.emulator.groups import GroupsMixin
from tests.emulator.observation import ObservationMixin
from tests.emulator.people import PeopleMixin
from tests.emulator.server import ApiServer
from tests.emulator.state import State


class BotApiEmulator(PeopleMixin, GroupsMixin, ObservationMixin):
    """A Bot API server that validates like Telegram, plays people, and injects faults.

    Point a runtime at ``base_url``: calls go to ``{base_url}/bot{token}/{method}``
    and downloads to ``{base_url}/file/bot{token}/{path}``.
    """

    def __init__(
        self, token: str = "123456:TEST", *, bot_username: str = "intake_test_bot"
    ) -> None:
        self.state = State(token, bot_username)
        self.faults = Faults()
        self.flood = FloodControl()
        self.server = ApiServer(self.state, self.faults, self.flood)

    @property
    def token(self) -> str:
        """The only token the emulator accepts."""
        return self.state.token

    @property
    def bot_id(self) -> int:
        """The bot's user id (the number before the colon of the token)."""
        return self.state.bot.id

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` once started."""
        if not self.server.port:
            raise RuntimeError("call await emulator.start() first")
        return f"http://127.0.0.1:{self.server.port}"

    async def start(self) -> None:
        """Bind 127.0.0.1 on a free port and start serving."""
        await self.server.start()

    async def stop(self) -> None:
        """End long polls, stop webhook delivery and close the server."""
        await self.server.stop()

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    def fail_next(
        self,
        method: str | None,
        *,
        status: int = 429,
        retry_after: int = 1,
        count: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Answer the next ``count`` calls of ``method`` (any if None) with 429/500/502/503."""
        self.faults.add_failure(method, status, retry_after, count, chat_id)

    def slow_next(self, method: str | None, delay_seconds: float, count: int = 1) -> None:
        """Delay the answer to the next ``count`` calls of ``method`` (any if None)."""
        self.faults.add_delay(method, delay_seconds, count)

    def enable_flood_control(
        self,
        *,
        per_chat_per_second: int = 1,
        group_per_minute: int = 20,
        global_per_second: int = 30,
    ) -> None:
        """Refuse sends over Telegram's limits with 429 and a computed retry_after."""
        self.flood.enabled = True
        self.flood.per_chat_per_second = per_chat_per_second
        self.flood.group_per_minute = group_per_minute
        self.flood.global_per_second = global_per_second

    def disable_flood_control(self) -> None:
        """Stop enforcing flood limits (the default)."""
        self.flood.enabled = False
