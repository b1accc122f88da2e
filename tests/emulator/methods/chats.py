"""Chat information, members, pins and the menu button."""

from __future__ import annotations

from typing import Any

from tests.emulator import validation
from tests.emulator.errors import bad_request
from tests.emulator.methods.sending import Handler
from tests.emulator.params import Params
from tests.emulator.state import ChatRecord, State

NO_GIFTS = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}
ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)


async def get_chat(state: State, params: Params) -> Any:
    """getChat: a ChatFullInfo."""
    chat = state.chat_for(params.values.get("chat_id"), sending=False)
    info = {
        **chat.as_dict(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": NO_GIFTS,
    }
    if chat.pinned:
        info["pinned_message"] = chat.messages[chat.pinned[-1]].data
    return info


def _status(state: State, chat: ChatRecord, user_id: int) -> str:
    if user_id == state.bot.id:
        return "administrator" if chat.type != "private" else "member"
    if chat.type == "private":
        return "member" if user_id == chat.id else "left"
    return chat.members.get(user_id, "left")


async def get_chat_member(state: State, params: Params) -> Any:
    """getChatMember."""
    chat = state.chat_for(params.values.get("chat_id"), sending=False)
    user = state.users.get(params.req_int("user_id", "user not found"))
    if user is None:
        raise bad_request("user not found")
    status = _status(state, chat, user.id)
    member: dict[str, Any] = {"status": status, "user": user.as_dict()}
    if status == "administrator":
        member.update({right: True for right in ADMIN_RIGHTS})
        member.update(can_be_edited=False, is_anonymous=False, can_promote_members=False)
    elif status == "creator":
        member["is_anonymous"] = False
    elif status == "kicked":
        member["until_date"] = 0
    return member


async def pin_chat_message(state: State, params: Params) -> Any:
    """pinChatMessage."""
    chat = state.chat_for(params.values.get("chat_id"))
    message_id = params.req_int("message_id", "message identifier is not specified")
    if chat.live_message(message_id) is None:
        raise bad_request("message to pin not found")
    if message_id in chat.pinned:
        chat.pinned.remove(message_id)
    chat.pinned.append(message_id)
    return True


async def unpin_chat_message(state: State, params: Params) -> Any:
    """unpinChatMessage: the given message, or the most recent pin."""
    chat = state.chat_for(params.values.get("chat_id"))
    message_id = params.opt_int("message_id")
    if message_id is None:
        if chat.pinned:
            chat.pinned.pop()
        return True
    if chat.live_message(message_id) is None:
        raise bad_request("message to unpin not found")
    if message_id in chat.pinned:
        chat.pinned.remove(message_id)
    return True


async def unpin_all_chat_messages(state: State, params: Params) -> Any:
    """unpinAllChatMessages."""
    state.chat_for(params.values.get("chat_id")).pinned.clear()
    return True


async def set_chat_menu_button(state: State, params: Params) -> Any:
    """setChatMenuButton: for one private chat, or the bot's default."""
    button = validation.menu_button(params.obj("menu_button"))
    if params.has("chat_id"):
        chat = state.chat_for(params.values.get("chat_id"))
        if chat.type != "private":
            raise bad_request("chat_id must be a private chat")
        chat.menu_button = button
    else:
        state.default_menu_button = {"type": "commands"} if button["type"] == "default" else button
    return True


async def get_chat_menu_button(state: State, params: Params) -> Any:
    """getChatMenuButton."""
    if params.has("chat_id"):
        chat = state.chat_for(params.values.get("chat_id"), sending=False)
        if chat.menu_button and chat.menu_button["type"] != "default":
            return chat.menu_button
    return state.default_menu_button


HANDLERS: dict[str, Handler] = {
    "getChat": get_chat,
    "getChatMember": get_chat_member,
    "pinChatMessage": pin_chat_message,
    "unpinChatMessage": unpin_chat_message,
    "unpinAllChatMessages": unpin_all_chat_messages,
    "setChatMenuButton": set_chat_menu_button,
    "getChatMenuButton": get_chat_menu_button,
}
