"""Bot API method handlers, one module per family, merged into one table."""

from __future__ import annotations

from tests.emulator.methods import bot, chats, forum, media, messages
from tests.emulator.methods.sending import Handler

HANDLERS: dict[str, Handler] = {
    **bot.HANDLERS,
    **messages.HANDLERS,
    **media.HANDLERS,
    **forum.HANDLERS,
    **chats.HANDLERS,
}
BY_LOWER_NAME: dict[str, tuple[str, Handler]] = {
    name.lower(): (name, handler) for name, handler in HANDLERS.items()
}

__all__ = ["BY_LOWER_NAME", "HANDLERS", "Handler"]
