"""The bot itself: identity, updates, webhook, commands, log out."""

from __future__ import annotations

from typing import Any

from tests.emulator import validation
from tests.emulator.methods.sending import Handler
from tests.emulator.params import Params
from tests.emulator.state import State

DEFAULT_CONNECTIONS = 40


async def get_me(state: State, params: Params) -> Any:
    """getMe."""
    return {
        **state.bot.as_dict(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def log_out(state: State, params: Params) -> Any:
    """logOut: afterwards every call is refused with 401."""
    state.logged_out = True
    return True


async def close(state: State, params: Params) -> Any:
    """close: nothing to close in the emulator."""
    return True


async def get_updates(state: State, params: Params) -> Any:
    """getUpdates with offset, limit, timeout (long polling) and allowed_updates."""
    if "allowed_updates" in params.values:
        state.updates.set_allowed(params.obj("allowed_updates"))
    limit = params.opt_int("limit") or 100
    timeout = params.opt_int("timeout") or 0
    return await state.updates.get(params.opt_int("offset"), limit, timeout)


async def set_webhook(state: State, params: Params) -> Any:
    """setWebhook; an empty url removes the webhook."""
    url = params.opt_str("url") or ""
    if not url:
        state.updates.delete_webhook()
        return True
    validation.webhook_url(url)
    secret = validation.secret_token(params.opt_str("secret_token"))
    connections = params.opt_int("max_connections") or DEFAULT_CONNECTIONS
    connections = min(max(connections, 1), 100)
    if params.flag("drop_pending_updates"):
        state.updates.drop_pending()
    if "allowed_updates" in params.values:
        state.updates.set_allowed(params.obj("allowed_updates"))
    state.updates.set_webhook(url, secret, connections)
    return True


async def delete_webhook(state: State, params: Params) -> Any:
    """deleteWebhook."""
    if params.flag("drop_pending_updates"):
        state.updates.drop_pending()
    state.updates.delete_webhook()
    return True


async def get_webhook_info(state: State, params: Params) -> Any:
    """getWebhookInfo."""
    return state.updates.webhook_info()


def _scope(state: State, params: Params) -> tuple[str, str]:
    kind, chat_id, user_id = validation.scope_key(params.obj("scope"))
    language = validation.language_code(params.opt_str("language_code"))
    if chat_id is None and kind not in validation.SCOPES_WITHOUT_CHAT:
        state.chat_for(chat_id)  # raises "chat_id is empty"
    key = kind
    if chat_id is not None:
        key = f"{kind}:{state.chat_for(chat_id, sending=False).id}"
    if user_id is not None:
        key = f"{key}:{user_id}"
    return key, language


async def set_my_commands(state: State, params: Params) -> Any:
    """setMyCommands (an empty list deletes the list for that scope and language)."""
    commands = validation.commands(params.obj("commands"))
    key = _scope(state, params)
    if commands:
        state.commands[key] = commands
    else:
        state.commands.pop(key, None)
    return True


async def get_my_commands(state: State, params: Params) -> Any:
    """getMyCommands: the list of exactly that scope and language, no fallback."""
    return state.commands.get(_scope(state, params), [])


async def delete_my_commands(state: State, params: Params) -> Any:
    """deleteMyCommands."""
    state.commands.pop(_scope(state, params), None)
    return True


HANDLERS: dict[str, Handler] = {
    "getMe": get_me,
    "logOut": log_out,
    "close": close,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
}
