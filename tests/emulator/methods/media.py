"""Documents, photos, media groups and getFile."""

from __future__ import annotations

from typing import Any

from tests.emulator import formatting
from tests.emulator.errors import bad_request
from tests.emulator.files import DOWNLOAD_LIMIT, input_file, media_content, media_item_file
from tests.emulator.markup import check_reply_markup
from tests.emulator.methods.sending import Handler, place, send, text_content
from tests.emulator.params import Params
from tests.emulator.state import State

GROUPABLE = {"photo": "visual", "video": "visual", "document": "document", "audio": "audio"}


async def _send_file(state: State, params: Params, field: str, kind: str) -> Any:
    text, entities = formatting.caption(params)
    markup = check_reply_markup(params.obj("reply_markup"))
    chat = state.chat_for(params.values.get("chat_id"))
    stored = input_file(state, params, field, kind)
    content = {**media_content(stored), **text_content(text, entities, "caption")}
    return send(state, chat, params, content, markup).data


async def send_document(state: State, params: Params) -> Any:
    """sendDocument (upload, ``attach://`` or file_id)."""
    return await _send_file(state, params, "document", "document")


async def send_photo(state: State, params: Params) -> Any:
    """sendPhoto (upload, ``attach://`` or file_id); the bytes must be an image."""
    return await _send_file(state, params, "photo", "photo")


def _media_items(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise bad_request("can't parse media JSON object")
    if not 2 <= len(raw) <= 10:
        raise bad_request("wrong number of media in the group: 2-10 items are allowed")
    families = set()
    for item in raw:
        family = GROUPABLE.get(str(item.get("type")))
        if family is None:
            raise bad_request("can't parse InputMedia JSON object")
        families.add(family)
    if len(families) > 1:
        raise bad_request("documents and audio can't be mixed with other media types")
    return raw


async def send_media_group(state: State, params: Params) -> Any:
    """sendMediaGroup: 2-10 items of one family, returned as a list of messages."""
    items = _media_items(params.obj("media"))
    captions = [formatting.caption_of(item) for item in items]
    chat = state.chat_for(params.values.get("chat_id"))
    thread_id, reply_to = place(chat, params)
    files = [media_item_file(state, params, item) for item in items]
    group_id = str(10_000_000_000 + state.serial())
    sent = []
    for stored, (text, entities) in zip(files, captions, strict=True):
        content = {
            "media_group_id": group_id,
            **media_content(stored),
            **text_content(text, entities, "caption"),
        }
        message = state.store_message(
            chat,
            sender=state.bot.as_dict(),
            content=content,
            thread_id=thread_id,
            reply_to=reply_to,
        )
        sent.append(message.data)
    return sent


async def get_file(state: State, params: Params) -> Any:
    """getFile: files over 20 MB cannot be downloaded by bots."""
    stored = state.files.get(params.opt_str("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    if len(stored.content) > DOWNLOAD_LIMIT:
        raise bad_request("file is too big")
    return stored.as_dict()


HANDLERS: dict[str, Handler] = {
    "sendDocument": send_document,
    "sendPhoto": send_photo,
    "sendMediaGroup": send_media_group,
    "getFile": get_file,
}
