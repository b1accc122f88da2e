"""Telegram updates (Bot API JSON) to channel-neutral events, or ignored with a reason."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.telegram.updates import CHANNEL, FamilyBlocked, Ignored, Incoming, parse_update
from flows.events import ChatRef, FileRef

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
USER = {"id": 42, "is_bot": False, "first_name": "Aziza", "language_code": "uz"}
PRIVATE = {"id": 42, "type": "private", "first_name": "Aziza"}
CHAT = ChatRef(CHANNEL, "42")


def message(**content: Any) -> dict[str, Any]:
    return {"message_id": 7, "date": 1_790_000_000, "chat": PRIVATE, "from": USER, **content}


def parsed(update: dict[str, Any]) -> Incoming:
    result = parse_update({"update_id": 1001, **update}, NOW)
    assert isinstance(result, Incoming), result
    assert result.event.chat == CHAT and result.chat_id == 42
    assert result.event.update_id == 1001 and result.event.now == NOW
    return result


def command(text: str) -> dict[str, Any]:
    length = len(text.split(" ", 1)[0])
    entities = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"message": message(text=text, entities=entities)}


def test_text():
    incoming = parsed({"message": message(text="  Uzbekistan ")})
    event = incoming.event
    assert (event.kind, event.text, event.locale_hint) == ("text", "  Uzbekistan ", "uz")
    assert incoming.message_id == 7 and incoming.callback_query_id is None


def test_command():
    event = parsed(command("/start")).event
    assert (event.kind, event.code, event.text) == ("command", "start", "")


def test_command_with_bot_name_and_arguments():
    event = parsed(command("/Start@intake_test_bot  campaign-42 ")).event
    assert (event.kind, event.code, event.text) == ("command", "start", "campaign-42")


def test_a_slash_without_a_command_entity_is_text():
    event = parsed({"message": message(text="/start is what I typed")}).event
    assert (event.kind, event.text) == ("text", "/start is what I typed")


def test_a_command_entity_later_in_the_text_is_text():
    entities = [{"type": "bot_command", "offset": 6, "length": 5}]
    event = parsed({"message": message(text="/ see /help", entities=entities)}).event
    assert event.kind == "text"


def callback(data: str | None, chat: dict[str, Any] = PRIVATE) -> dict[str, Any]:
    query: dict[str, Any] = {
        "id": "4000001",
        "from": USER,
        "chat_instance": "1",
        "message": {"message_id": 9, "date": 1_790_000_000, "chat": chat},
    }
    if data is not None:
        query["data"] = data
    return {"callback_query": query}


def test_callback_with_good_data():
    incoming = parsed(callback("v1:12:parent_guardian"))
    event = incoming.event
    assert (event.kind, event.code, event.version) == ("choice", "parent_guardian", 12)
    assert event.locale_hint == "uz"
    assert incoming.callback_query_id == "4000001" and incoming.message_id == 9


@pytest.mark.parametrize("data", ["garbage", "v0:1:yes", "v1:x:yes", "", None])
def test_callback_with_bad_data_is_a_stale_press(data):
    incoming = parsed(callback(data))
    assert (incoming.event.kind, incoming.event.code, incoming.event.version) == ("choice", "", -1)
    # The spinner must still be answered.
    assert incoming.callback_query_id == "4000001"


def test_callback_outside_a_private_chat_is_ignored():
    group = {"id": -1001, "type": "supergroup", "title": "Coordinators"}
    assert parse_update({"update_id": 1, **callback("v1:1:x", group)}) == Ignored(
        "callback outside a private chat"
    )


def test_callback_without_a_message_is_ignored():
    update = callback("v1:1:x")
    del update["callback_query"]["message"]
    assert isinstance(parse_update({"update_id": 1, **update}), Ignored)


def test_document():
    document = {
        "file_id": "BQAC-doc",
        "file_unique_id": "u1",
        "file_name": "flow.pdf",
        "mime_type": "application/pdf",
        "file_size": 12345,
    }
    event = parsed({"message": message(document=document, caption="latest report")}).event
    assert event.kind == "file" and event.text == "latest report"
    assert event.file == FileRef("BQAC-doc", "flow.pdf", "application/pdf", 12345)


def test_document_without_name_or_type():
    event = parsed({"message": message(document={"file_id": "f", "file_unique_id": "u"})}).event
    assert event.file == FileRef("f", "document", "application/octet-stream", 0)


def test_photo_picks_the_largest_size():
    sizes = [
        {"file_id": "small", "file_unique_id": "a", "width": 90, "height": 60, "file_size": 900},
        {
            "file_id": "big",
            "file_unique_id": "b",
            "width": 1280,
            "height": 853,
            "file_size": 90_000,
        },
        {"file_id": "mid", "file_unique_id": "c", "width": 320, "height": 213, "file_size": 9_000},
    ]
    event = parsed({"message": message(photo=sizes)}).event
    assert event.kind == "file"
    assert event.file == FileRef("big", "photo.jpg", "image/jpeg", 90_000, kind="photo")


def test_photo_sizes_without_file_size_compare_by_width():
    sizes = [
        {"file_id": "wide", "file_unique_id": "a", "width": 800, "height": 600},
        {"file_id": "thumb", "file_unique_id": "b", "width": 90, "height": 60},
    ]
    event = parsed({"message": message(photo=sizes)}).event
    assert event.file is not None and event.file.file_id == "wide"


@pytest.mark.parametrize(
    "content",
    [
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "u",
                "type": "regular",
                "width": 1,
                "height": 1,
            }
        },
        {"voice": {"file_id": "v", "file_unique_id": "u", "duration": 2}},
        {"location": {"latitude": 41.3, "longitude": 69.2}},
        {"contact": {"phone_number": "+998", "first_name": "A"}},
    ],
)
def test_other_content_is_unsupported(content):
    assert parsed({"message": message(**content)}).event.kind == "unsupported"


def test_an_edited_text_is_a_text_event_marked_edited():
    incoming = parsed({"edited_message": message(text="Kazakhstan", edit_date=1_790_000_100)})
    event = incoming.event
    assert (event.kind, event.code, event.text, event.message_id) == (
        "text",
        "edited",
        "Kazakhstan",
        7,
    )


def test_blocking_the_bot_is_noted():
    member = {
        "chat": PRIVATE,
        "from": USER,
        "date": 1,
        "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True}},
        "new_chat_member": {"status": "kicked", "user": {"id": 1, "is_bot": True}, "until_date": 0},
    }
    assert parse_update({"update_id": 3, "my_chat_member": member}) == FamilyBlocked(CHAT)


@pytest.mark.parametrize(
    ("update", "reason"),
    [
        (
            {
                "message": message(
                    text="hello", chat={"id": -1001, "type": "supergroup", "title": "G"}
                )
            },
            "not a private chat",
        ),
        (
            {"message": message(text="hello", chat={"id": -1002, "type": "group", "title": "G"})},
            "not a private chat",
        ),
        (
            {"edited_message": message(text="edited", chat={"id": -1, "type": "group"})},
            "edited message outside a private chat, or not text",
        ),
        (
            {"edited_message": message(caption="new caption", photo=[])},
            "edited message outside a private chat, or not text",
        ),
        (
            {
                "channel_post": {
                    "message_id": 1,
                    "date": 1,
                    "chat": {"id": -1003, "type": "channel"},
                }
            },
            "channel post",
        ),
        (
            {
                "edited_channel_post": {
                    "message_id": 1,
                    "date": 1,
                    "chat": {"id": -1003, "type": "channel"},
                }
            },
            "channel post",
        ),
        ({"my_chat_member": {"chat": PRIVATE, "from": USER}}, "membership change"),
        (
            {"my_chat_member": {"chat": PRIVATE, "new_chat_member": {"status": "member"}}},
            "membership change",
        ),
        (
            {
                "my_chat_member": {
                    "chat": {"id": -5, "type": "supergroup", "title": "G"},
                    "new_chat_member": {"status": "kicked"},
                }
            },
            "membership change",
        ),
        ({"message_reaction": {"chat": PRIVATE}}, "unhandled update kind"),
        ({"some_future_kind": {"x": 1}}, "unhandled update kind"),
        ({}, "unhandled update kind"),
    ],
)
def test_updates_not_for_the_conversation_are_ignored(update, reason):
    assert parse_update({"update_id": 5, **update}, NOW) == Ignored(reason)
