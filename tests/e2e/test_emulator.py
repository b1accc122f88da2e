"""The Bot API emulator behaves like Telegram: answers, refusals, updates, files, faults.

Raw HTTP calls check the exact wire shapes; the real aiogram and
python-telegram-bot clients check that both libraries parse what it answers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import struct
import zlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from tests.emulator import BotApiEmulator

USER = 42
FORUM = -1001000000001
PLAIN_GROUP = -1001000000002
COORDINATOR = 7
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BAD_MARKUP = "Bad Request: can't parse reply keyboard markup JSON object"


def png(width: int = 4, height: int = 3) -> bytes:
    """A valid PNG of the given size (grey pixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\0" + b"\x80" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


class RawApi:
    """Calls the emulator the way an HTTP client would, returning status and body."""

    def __init__(self, session: aiohttp.ClientSession, telegram: BotApiEmulator) -> None:
        self.session = session
        self.telegram = telegram

    def url(self, method: str, token: str | None = None) -> str:
        return f"{self.telegram.base_url}/bot{token or self.telegram.token}/{method}"

    async def call(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        async with self.session.post(self.url(method), json=params) as response:
            return response.status, await response.json()

    async def form(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        """Post urlencoded, nested values as JSON strings (python-telegram-bot's way)."""
        data = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
        async with self.session.post(self.url(method), data=data) as response:
            return response.status, await response.json()

    async def upload(
        self, method: str, field: str, content: bytes, file_name: str, **params: Any
    ) -> tuple[int, dict[str, Any]]:
        """Post multipart with the file under ``attach://`` (aiogram's way)."""
        form = aiohttp.FormData(quote_fields=False)
        for key, value in params.items():
            form.add_field(key, value if isinstance(value, str) else json.dumps(value))
        form.add_field(field, "attach://upload1")
        form.add_field("upload1", content, filename=file_name)
        async with self.session.post(self.url(method), data=form) as response:
            return response.status, await response.json()

    async def ok(self, method: str, **params: Any) -> Any:
        status, body = await self.call(method, **params)
        assert status == 200 and body["ok"] is True, body
        return body["result"]

    async def error(self, method: str, **params: Any) -> tuple[int, str]:
        status, body = await self.call(method, **params)
        assert body["ok"] is False and body["error_code"] == status, body
        return status, body["description"]


@pytest.fixture
async def telegram() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator() as emulator:
        yield emulator


@pytest.fixture
async def api(telegram: BotApiEmulator) -> AsyncIterator[RawApi]:
    async with aiohttp.ClientSession() as session:
        yield RawApi(session, telegram)


@pytest.fixture
async def world(telegram: BotApiEmulator, api: RawApi) -> dict[str, int]:
    """A family that wrote once, a forum with one topic, and a group without topics."""
    telegram.user_sends_text(USER, "hello", first_name="Anna", language_code="ru")
    telegram.add_supergroup(FORUM, title="Coordinators", member_ids=(COORDINATOR,))
    telegram.add_supergroup(PLAIN_GROUP, title="Plain", is_forum=False)
    topic = await api.ok("createForumTopic", chat_id=FORUM, name="#1 case")
    keyboard = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
    sent = await api.ok("sendMessage", chat_id=USER, text="Question?", reply_markup=keyboard)
    return {"topic": topic["message_thread_id"], "question": sent["message_id"]}


# --- the wire: identity, tokens, methods, encodings ------------------------------------------


async def test_get_me_describes_the_bot(api: RawApi) -> None:
    me = await api.ok("getMe")
    assert me["id"] == 123456 and me["is_bot"] is True and me["username"] == "intake_test_bot"


async def test_wrong_token_is_unauthorized(api: RawApi) -> None:
    async with api.session.post(api.url("getMe", token="999:WRONG")) as response:
        assert response.status == 401
        assert await response.json() == {
            "ok": False,
            "error_code": 401,
            "description": "Unauthorized",
        }


async def test_unknown_method_is_not_found(api: RawApi) -> None:
    assert await api.error("sendTelepathy", chat_id=USER) == (404, "Not Found")


async def test_method_names_are_case_insensitive(api: RawApi) -> None:
    assert (await api.ok("getme"))["is_bot"] is True


@pytest.mark.usefixtures("world")
async def test_form_encoded_nested_json_is_decoded(api: RawApi, telegram: BotApiEmulator) -> None:
    keyboard = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    status, body = await api.form(
        "sendMessage", chat_id=str(USER), text="hi", reply_markup=keyboard
    )
    assert status == 200 and body["result"]["reply_markup"] == keyboard
    assert telegram.calls[-1].params["chat_id"] == USER
    assert telegram.calls[-1].params["reply_markup"] == keyboard


async def test_log_out_makes_later_calls_unauthorized(api: RawApi) -> None:
    assert await api.ok("logOut") is True
    assert await api.error("getMe") == (401, "Unauthorized")


# --- validation, with Telegram's exact descriptions ------------------------------------------

LONG = "x" * 4097
REFUSED_SENDS = [
    ({"text": ""}, "Bad Request: message text is empty"),
    ({"text": "  \n "}, "Bad Request: message text is empty"),
    ({}, "Bad Request: message text is empty"),
    ({"text": "<b></b>", "parse_mode": "HTML"}, "Bad Request: message text is empty"),
    ({"text": LONG}, "Bad Request: message is too long"),
    (
        {"text": "<b>" + "é" * 4097 + "</b>", "parse_mode": "HTML"},
        "Bad Request: message is too long",
    ),
    (
        {"text": "a <blink>b</blink>", "parse_mode": "HTML"},
        'Bad Request: can\'t parse entities: Unsupported start tag "blink" at byte offset 2',
    ),
    (
        {"text": "<b>open", "parse_mode": "HTML"},
        "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
    ),
    (
        {"text": "<b><i>x</b></i>", "parse_mode": "HTML"},
        "Bad Request: can't parse entities: Unmatched end tag at byte offset 7, "
        'expected "</i>", found "</b>"',
    ),
    (
        {"text": "age < 18", "parse_mode": "HTML"},
        'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 4',
    ),
    (
        {"text": "Привет <b", "parse_mode": "HTML"},
        "Bad Request: can't parse entities: Unclosed start tag at byte offset 13",
    ),
    (
        {"text": "<span>x</span>", "parse_mode": "HTML"},
        'Bad Request: can\'t parse entities: Tag "span" must have class "tg-spoiler" '
        "at byte offset 0",
    ),
    (
        {"text": "Done.", "parse_mode": "MarkdownV2"},
        "Bad Request: can't parse entities: Character '.' is reserved and must be escaped "
        "with the preceding '\\'",
    ),
    ({"text": "x", "parse_mode": "BBCode"}, "Bad Request: unsupported parse_mode"),
    (
        {
            "text": "x",
            "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "é" * 33}]]},
        },
        "Bad Request: BUTTON_DATA_INVALID",
    ),
    (
        {"text": "x", "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": ""}]]}},
        "Bad Request: BUTTON_DATA_INVALID",
    ),
    (
        {"text": "x", "reply_markup": {"inline_keyboard": [{"text": "A", "callback_data": "a"}]}},
        BAD_MARKUP,
    ),
    ({"text": "x", "reply_markup": {"inline_keyboard": "A"}}, BAD_MARKUP),
    ({"text": "x", "reply_markup": {"keyboard_of_sorts": []}}, BAD_MARKUP),
    ({"text": "x", "reply_markup": "{not json"}, BAD_MARKUP),
    (
        {"text": "x", "reply_markup": {"inline_keyboard": [[{"callback_data": "a"}]]}},
        BAD_MARKUP,
    ),
    (
        {
            "text": "x",
            "reply_markup": {
                "inline_keyboard": [[{"text": "A", "callback_data": "a", "url": "https://a.org"}]]
            },
        },
        BAD_MARKUP,
    ),
    (
        {"text": "x", "reply_markup": {"inline_keyboard": [[{"text": "A"}]]}},
        "Bad Request: text buttons are unallowed in the inline keyboard",
    ),
    ({"text": "x", "chat_id": 999}, "Bad Request: chat not found"),
    ({"text": "x", "reply_to_message_id": 999}, "Bad Request: message to be replied not found"),
]


@pytest.mark.parametrize(("params", "description"), REFUSED_SENDS)
@pytest.mark.usefixtures("world")
async def test_send_message_refusals(
    api: RawApi, telegram: BotApiEmulator, params: dict[str, Any], description: str
) -> None:
    status, text = await api.error("sendMessage", **{"chat_id": USER, **params})
    assert (status, text) == (400, description)
    assert telegram.rejected_calls()[-1].error == description


@pytest.mark.usefixtures("world")
async def test_limits_count_parsed_text_and_callback_bytes(api: RawApi) -> None:
    markup = "<b>" + "x" * 4096 + "</b>"  # 4103 characters of source, 4096 of text
    sent = await api.ok("sendMessage", chat_id=USER, text=markup, parse_mode="HTML")
    assert sent["entities"] == [{"type": "bold", "offset": 0, "length": 4096}]
    keyboard = {"inline_keyboard": [[{"text": "A", "callback_data": "é" * 32}]]}  # 64 bytes
    await api.ok("sendMessage", chat_id=USER, text="ok", reply_markup=keyboard)


@pytest.mark.usefixtures("world")
async def test_html_is_parsed_into_entities(api: RawApi) -> None:
    html = (
        '<b>Hi</b> &lt;3 &amp; &quot;q&quot; &nbsp; &#128512; <a href="https://t.me">link</a> '
        '<span class="tg-spoiler">s</span> <pre><code class="language-py">c</code></pre>'
    )
    sent = await api.ok("sendMessage", chat_id=USER, text=html, parse_mode="HTML")
    assert sent["text"] == 'Hi <3 & "q" &nbsp; 😀 link s c'
    types = [(e["type"], e["offset"], e["length"]) for e in sent["entities"]]
    assert types == [("bold", 0, 2), ("text_link", 22, 4), ("spoiler", 27, 1), ("pre", 29, 1)]
    assert sent["entities"][1]["url"] == "https://t.me"
    assert sent["entities"][3]["language"] == "py"


async def test_caption_over_1024_is_refused(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.user_sends_text(USER, "hi")
    status, body = await api.upload(
        "sendDocument", "document", b"%PDF", "a.pdf", chat_id=USER, caption="c" * 1025
    )
    assert (status, body["description"]) == (400, "Bad Request: message caption is too long")


async def test_edit_refusals(api: RawApi, world: dict[str, int]) -> None:
    question = world["question"]
    keyboard = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
    same = {"chat_id": USER, "message_id": question, "text": "Question?", "reply_markup": keyboard}
    assert await api.error("editMessageText", **same) == (400, NOT_MODIFIED)
    same_markup = {"chat_id": USER, "message_id": question, "reply_markup": keyboard}
    assert await api.error("editMessageReplyMarkup", **same_markup) == (400, NOT_MODIFIED)
    missing = {"chat_id": USER, "message_id": 999, "text": "x"}
    assert await api.error("editMessageText", **missing) == (
        400,
        "Bad Request: message to edit not found",
    )
    assert await api.error("deleteMessage", chat_id=USER, message_id=999) == (
        400,
        "Bad Request: message to delete not found",
    )


async def test_edit_without_markup_removes_the_keyboard(
    api: RawApi, telegram: BotApiEmulator, world: dict[str, int]
) -> None:
    edited = await api.ok("editMessageText", chat_id=USER, message_id=world["question"], text="Q")
    assert "reply_markup" not in edited and "edit_date" in edited
    current = telegram.last_message_to(USER)
    assert (current.text, current.reply_markup) == ("Q", None)


async def test_answer_callback_query_once(
    api: RawApi, telegram: BotApiEmulator, world: dict[str, int]
) -> None:
    update = telegram.user_presses(USER, world["question"], "yes")
    query_id = update["callback_query"]["id"]
    assert update["callback_query"]["message"]["message_id"] == world["question"]
    assert await api.ok("answerCallbackQuery", callback_query_id=query_id, text="Saved") is True
    assert await api.error("answerCallbackQuery", callback_query_id=query_id) == (
        400,
        QUERY_TOO_OLD,
    )
    assert await api.error("answerCallbackQuery", callback_query_id="123") == (400, QUERY_TOO_OLD)


async def test_people_can_only_press_buttons_that_exist(
    telegram: BotApiEmulator, world: dict[str, int]
) -> None:
    with pytest.raises(ValueError, match="offers no button"):
        telegram.user_presses(USER, world["question"], "no")
    update = telegram.user_presses_button(USER, "Yes")
    assert update["callback_query"]["data"] == "yes"


async def test_blocked_user_is_forbidden(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.user_sends_text(USER, "hi")
    update = telegram.user_blocks_bot(USER)
    assert update["my_chat_member"]["new_chat_member"]["status"] == "kicked"
    forbidden = (403, "Forbidden: bot was blocked by the user")
    assert await api.error("sendMessage", chat_id=USER, text="x") == forbidden
    assert await api.error("sendChatAction", chat_id=USER, action="typing") == forbidden
    telegram.user_sends_text(USER, "I am back")
    await api.ok("sendMessage", chat_id=USER, text="Welcome back")


async def test_chat_action_is_checked(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.user_sends_text(USER, "hi")
    assert await api.ok("sendChatAction", chat_id=USER, action="typing") is True
    assert await api.error("sendChatAction", chat_id=USER, action="dancing") == (
        400,
        "Bad Request: wrong parameter action in request",
    )


@pytest.mark.parametrize(
    ("commands", "description"),
    [
        ([{"command": "Start", "description": "Begin"}], "Bad Request: BOT_COMMAND_INVALID"),
        ([{"command": "/start", "description": "Begin"}], "Bad Request: BOT_COMMAND_INVALID"),
        ([{"command": "a" * 33, "description": "Begin"}], "Bad Request: BOT_COMMAND_INVALID"),
        ([{"command": "start", "description": ""}], "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"),
        (
            [{"command": "start", "description": "d" * 257}],
            "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID",
        ),
    ],
)
async def test_set_my_commands_refusals(
    api: RawApi, commands: list[dict[str, str]], description: str
) -> None:
    assert await api.error("setMyCommands", commands=commands) == (400, description)


async def test_commands_are_kept_per_scope_and_language(
    api: RawApi, telegram: BotApiEmulator
) -> None:
    english = [{"command": "start", "description": "Begin"}]
    russian = [{"command": "start", "description": "Начать"}]
    private = {"type": "all_private_chats"}
    await api.ok("setMyCommands", commands=english, scope=private)
    await api.ok("setMyCommands", commands=russian, scope=private, language_code="ru")
    assert telegram.commands == {
        ("all_private_chats", ""): english,
        ("all_private_chats", "ru"): russian,
    }
    assert await api.ok("getMyCommands", scope=private, language_code="ru") == russian
    assert await api.ok("getMyCommands") == []
    await api.ok("deleteMyCommands", scope=private, language_code="ru")
    assert ("all_private_chats", "ru") not in telegram.commands


async def test_menu_button(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.user_sends_text(USER, "hi")
    assert await api.ok("setChatMenuButton", chat_id=USER, menu_button={"type": "commands"})
    assert await api.ok("getChatMenuButton", chat_id=USER) == {"type": "commands"}
    assert await api.error("setChatMenuButton", menu_button={"type": "rocket"}) == (
        400,
        "Bad Request: can't parse menu button JSON object",
    )


# --- forum topics ----------------------------------------------------------------------------


async def test_forum_topic_life(
    api: RawApi, telegram: BotApiEmulator, world: dict[str, int]
) -> None:
    topic = world["topic"]
    sent = await api.ok("sendMessage", chat_id=FORUM, message_thread_id=topic, text="Card")
    assert sent["message_thread_id"] == topic and sent["is_topic_message"] is True
    assert sent["reply_to_message"]["forum_topic_created"]["name"] == "#1 case"
    assert [m.text for m in telegram.messages_to(FORUM, topic)] == ["Card"]
    assert await api.ok("editForumTopic", chat_id=FORUM, message_thread_id=topic, name="#1 done")
    assert await api.error(
        "editForumTopic", chat_id=FORUM, message_thread_id=topic, name="#1 done"
    ) == (400, "Bad Request: TOPIC_NOT_MODIFIED")
    assert await api.ok("closeForumTopic", chat_id=FORUM, message_thread_id=topic)
    assert await api.error("closeForumTopic", chat_id=FORUM, message_thread_id=topic) == (
        400,
        "Bad Request: TOPIC_NOT_MODIFIED",
    )
    assert await api.ok("reopenForumTopic", chat_id=FORUM, message_thread_id=topic)
    assert await api.ok("deleteForumTopic", chat_id=FORUM, message_thread_id=topic)
    assert telegram.messages_to(FORUM, topic) == []
    assert await api.error("sendMessage", chat_id=FORUM, message_thread_id=topic, text="x") == (
        400,
        "Bad Request: message thread not found",
    )


async def test_topic_deleted_by_hand_and_unknown_thread(
    api: RawApi, telegram: BotApiEmulator, world: dict[str, int]
) -> None:
    telegram.delete_topic(FORUM, world["topic"])
    for thread in (world["topic"], 9999):
        assert await api.error(
            "sendMessage", chat_id=FORUM, message_thread_id=thread, text="x"
        ) == (400, "Bad Request: message thread not found")


@pytest.mark.usefixtures("world")
async def test_topics_need_a_forum(api: RawApi) -> None:
    not_forum = (400, "Bad Request: the chat is not a forum")
    assert await api.error("createForumTopic", chat_id=PLAIN_GROUP, name="x") == not_forum
    assert await api.error("createForumTopic", chat_id=USER, name="x") == not_forum


async def test_coordinator_writes_in_topic_and_presses(
    api: RawApi, telegram: BotApiEmulator, world: dict[str, int]
) -> None:
    topic = world["topic"]
    keyboard = {"inline_keyboard": [[{"text": "Claim", "callback_data": "claim:1"}]]}
    card = await api.ok(
        "sendMessage", chat_id=FORUM, message_thread_id=topic, text="Card", reply_markup=keyboard
    )
    update = telegram.member_sends_in_group(FORUM, COORDINATOR, "Hello family", thread_id=topic)
    message = update["message"]
    assert message["message_thread_id"] == topic and message["is_topic_message"] is True
    assert message["from"]["id"] == COORDINATOR and message["chat"]["is_forum"] is True
    press = telegram.member_presses_in_group(FORUM, COORDINATOR, card["message_id"], "claim:1")
    assert press["callback_query"]["message"]["message_thread_id"] == topic
    with pytest.raises(ValueError, match="not a member"):
        telegram.member_sends_in_group(FORUM, 8, "I am not here")
    member = await api.ok("getChatMember", chat_id=FORUM, user_id=COORDINATOR)
    assert member["status"] == "member"
    bot = await api.ok("getChatMember", chat_id=FORUM, user_id=telegram.bot_id)
    assert bot["status"] == "administrator" and bot["can_manage_topics"] is True


@pytest.mark.usefixtures("world")
async def test_pins_and_get_chat(api: RawApi, telegram: BotApiEmulator) -> None:
    sent = await api.ok("sendMessage", chat_id=FORUM, text="Rules")
    assert await api.ok("pinChatMessage", chat_id=FORUM, message_id=sent["message_id"])
    chat = await api.ok("getChat", chat_id=FORUM)
    assert chat["pinned_message"]["text"] == "Rules" and chat["is_forum"] is True
    assert await api.ok("unpinChatMessage", chat_id=FORUM)
    assert "pinned_message" not in await api.ok("getChat", chat_id=FORUM)
    assert await api.error("pinChatMessage", chat_id=FORUM, message_id=999) == (
        400,
        "Bad Request: message to pin not found",
    )


# --- updates: long polling, offsets, conflicts, webhook -------------------------------------


async def test_long_poll_returns_when_an_update_arrives(
    api: RawApi, telegram: BotApiEmulator
) -> None:
    poll = asyncio.create_task(api.ok("getUpdates", timeout=30))
    await telegram.wait_for(lambda t: t.polls_waiting == 1)
    telegram.user_sends_text(USER, "wake up")
    updates = await asyncio.wait_for(poll, timeout=10)  # far below the 30 s poll
    assert [u["message"]["text"] for u in updates] == ["wake up"]


async def test_long_poll_without_updates_returns_empty(api: RawApi) -> None:
    assert await api.ok("getUpdates", timeout=0) == []


async def test_offset_confirms_and_drops_updates(api: RawApi, telegram: BotApiEmulator) -> None:
    ids = [telegram.user_sends_text(USER, f"m{i}")["update_id"] for i in range(3)]
    assert [u["update_id"] for u in await api.ok("getUpdates")] == ids
    assert [u["update_id"] for u in await api.ok("getUpdates")] == ids  # not confirmed yet
    assert [u["update_id"] for u in await api.ok("getUpdates", offset=ids[1])] == ids[1:]
    assert [u["update_id"] for u in await api.ok("getUpdates", limit=1)] == ids[1:2]
    assert await api.ok("getUpdates", offset=ids[2] + 1) == []
    more = [telegram.user_sends_text(USER, f"n{i}")["update_id"] for i in range(3)]
    assert [u["update_id"] for u in await api.ok("getUpdates", offset=-1)] == more[-1:]
    assert telegram.pending_update_count == 1


async def test_allowed_updates_filter(api: RawApi, telegram: BotApiEmulator) -> None:
    await api.ok("getUpdates", allowed_updates=["callback_query"])
    telegram.user_sends_text(USER, "filtered out")
    assert await api.ok("getUpdates") == []
    await api.ok("getUpdates", allowed_updates=[])
    telegram.user_sends_text(USER, "default set again")
    assert [u["message"]["text"] for u in await api.ok("getUpdates")] == ["default set again"]


async def test_a_newer_poll_terminates_the_older(api: RawApi, telegram: BotApiEmulator) -> None:
    first = asyncio.create_task(api.call("getUpdates", timeout=30))
    await telegram.wait_for(lambda t: t.polls_waiting == 1)
    second = asyncio.create_task(api.call("getUpdates", timeout=0))
    status, body = await asyncio.wait_for(first, timeout=10)
    assert status == 409
    assert body["description"].startswith("Conflict: terminated by other getUpdates request")
    assert (await second)[0] == 200


async def test_unknown_update_types_are_delivered(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.push_raw_update({"message_reaction_count": {"chat": {"id": 1, "type": "private"}}})
    await api.ok("getUpdates", allowed_updates=["message_reaction_count"])
    telegram.push_raw_update({"message_reaction_count": {"chat": {"id": 1, "type": "private"}}})
    assert [list(u)[1] for u in await api.ok("getUpdates")] == ["message_reaction_count"]


async def test_webhook_delivery_and_conflict(api: RawApi, telegram: BotApiEmulator) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        if len(received) == 1:  # answer the first update with a method, as bots may
            reply = {"method": "sendMessage", "chat_id": USER, "text": "from webhook"}
            return web.json_response(reply)
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        url = f"http://127.0.0.1:{port}/hook"
        assert await api.ok("setWebhook", url=url, secret_token="s3cret_-")
        assert (await api.ok("getWebhookInfo"))["url"] == url
        status, text = await api.error("getUpdates")
        assert status == 409 and text.startswith("Conflict: can't use getUpdates method")
        telegram.user_sends_text(USER, "one")
        telegram.user_sends_text(USER, "two")
        await telegram.wait_for(lambda t: len(received) == 2 and t.pending_update_count == 0)
        assert [(secret, u["message"]["text"]) for secret, u in received] == [
            ("s3cret_-", "one"),
            ("s3cret_-", "two"),
        ]
        await telegram.wait_for(lambda t: t.messages_to(USER))
        assert telegram.last_message_to(USER).text == "from webhook"
        assert await api.error("setWebhook", url=url, secret_token="bad token!") == (
            400,
            "Bad Request: secret token contains unallowed characters",
        )
        assert await api.ok("deleteWebhook")
        assert await api.ok("getUpdates") == []
    finally:
        await runner.cleanup()


async def test_webhook_failures_are_retried_and_reported(
    api: RawApi, telegram: BotApiEmulator
) -> None:
    attempts: list[int] = []

    async def flaky(request: web.Request) -> web.Response:
        attempts.append((await request.json())["update_id"])
        return web.Response(status=500 if len(attempts) == 1 else 200)

    app = web.Application()
    app.router.add_post("/", flaky)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        await api.ok("setWebhook", url=f"http://127.0.0.1:{runner.addresses[0][1]}/")
        update_id = telegram.user_sends_text(USER, "retry me")["update_id"]
        await telegram.wait_for(lambda t: t.pending_update_count == 0)
        assert attempts == [update_id, update_id]
        info = await api.ok("getWebhookInfo")
        assert (
            info["last_error_message"]
            == "Wrong response from the webhook: 500 Internal Server Error"
        )
    finally:
        await api.ok("deleteWebhook")
        await runner.cleanup()


# --- fault injection and flood control -------------------------------------------------------


@pytest.mark.usefixtures("world")
async def test_injected_429_then_success(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.fail_next("sendMessage", status=429, retry_after=3)
    status, body = await api.call("sendMessage", chat_id=USER, text="x")
    assert status == 429
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    await api.ok("sendMessage", chat_id=USER, text="x")
    assert telegram.calls_to("sendMessage")[-2].fault == "injected"
    assert telegram.rejected_calls() == []


@pytest.mark.parametrize(
    ("status", "description"), [(500, "Internal Server Error"), (502, "Bad Gateway")]
)
@pytest.mark.usefixtures("world")
async def test_injected_server_errors(
    api: RawApi, telegram: BotApiEmulator, status: int, description: str
) -> None:
    telegram.fail_next(None, status=status, count=2, chat_id=FORUM)
    await api.ok("sendMessage", chat_id=USER, text="other chats are fine")
    assert await api.error("sendMessage", chat_id=FORUM, text="x") == (status, description)
    assert await api.error("sendChatAction", chat_id=FORUM, action="typing") == (
        status,
        description,
    )
    await api.ok("sendMessage", chat_id=FORUM, text="recovered")


@pytest.mark.usefixtures("world")
async def test_slow_answers_still_arrive(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.slow_next("sendMessage", 0.2)
    slow = asyncio.create_task(api.ok("sendMessage", chat_id=USER, text="slow"))
    fast = await api.ok("getMe")
    assert fast["is_bot"] is True
    assert (await slow)["text"] == "slow"


@pytest.mark.usefixtures("world")
async def test_flood_control(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.enable_flood_control(per_chat_per_second=2)
    await api.ok("sendMessage", chat_id=USER, text="1")
    await api.ok("sendMessage", chat_id=USER, text="2")
    status, body = await api.call("sendMessage", chat_id=USER, text="3")
    assert status == 429 and body["parameters"]["retry_after"] >= 1
    assert (
        body["description"] == f"Too Many Requests: retry after {body['parameters']['retry_after']}"
    )
    assert telegram.calls[-1].fault == "flood" and telegram.rejected_calls() == []
    await api.ok("sendMessage", chat_id=FORUM, text="another chat has its own budget")
    telegram.disable_flood_control()
    await api.ok("sendMessage", chat_id=USER, text="4")


# --- files -----------------------------------------------------------------------------------


async def test_upload_get_file_and_download(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.user_sends_text(USER, "hi")
    content = b"%PDF-1.4 discharge summary"
    status, body = await api.upload(
        "sendDocument",
        "document",
        content,
        "summary.pdf",
        chat_id=USER,
        caption="<b>Doc</b>",
        parse_mode="HTML",
    )
    assert status == 200, body
    message = body["result"]
    document = message["document"]
    assert (document["file_name"], document["mime_type"], document["file_size"]) == (
        "summary.pdf",
        "application/pdf",
        len(content),
    )
    assert message["caption"] == "Doc" and message["caption_entities"][0]["type"] == "bold"
    assert telegram.calls[-1].params["upload1"] == {
        "upload": "upload1",
        "file_name": "summary.pdf",
        "size": len(content),
    }
    assert telegram.calls[-1].uploads["upload1"].content == content
    file = await api.ok("getFile", file_id=document["file_id"])
    async with api.session.get(
        f"{telegram.base_url}/file/bot{telegram.token}/{file['file_path']}"
    ) as r:
        assert r.status == 200 and await r.read() == content
    resent = await api.ok("sendDocument", chat_id=USER, document=document["file_id"])
    assert resent["document"]["file_unique_id"] == document["file_unique_id"]
    assert await api.error("getFile", file_id="nope") == (400, "Bad Request: invalid file_id")
    assert await api.error("sendDocument", chat_id=USER, document="nope") == (
        400,
        "Bad Request: wrong file identifier/HTTP URL specified",
    )
    assert await api.error("sendDocument", chat_id=USER) == (
        400,
        "Bad Request: there is no document in the request",
    )


async def test_users_files_can_be_downloaded(api: RawApi, telegram: BotApiEmulator) -> None:
    update = telegram.user_sends_document(
        USER, file_name="scan.jpg", mime_type="image/jpeg", content=b"\xff\xd8scan", caption="CD19"
    )
    document = update["message"]["document"]
    file = await api.ok("getFile", file_id=document["file_id"])
    async with api.session.get(
        f"{telegram.base_url}/file/bot{telegram.token}/{file['file_path']}"
    ) as r:
        assert await r.read() == b"\xff\xd8scan"
    async with api.session.get(f"{telegram.base_url}/file/bot{telegram.token}/missing/x") as r:
        assert r.status == 404


async def test_photos_must_be_images(api: RawApi, telegram: BotApiEmulator) -> None:
    telegram.user_sends_text(USER, "hi")
    status, body = await api.upload("sendPhoto", "photo", b"not an image", "x.jpg", chat_id=USER)
    assert (status, body["description"]) == (400, "Bad Request: IMAGE_PROCESS_FAILED")
    status, body = await api.upload("sendPhoto", "photo", png(200, 100), "x.png", chat_id=USER)
    sizes = body["result"]["photo"]
    assert [(s["width"], s["height"]) for s in sizes] == [(90, 45), (200, 100)]
    update = telegram.user_sends_photo(USER, png())
    photo_id = update["message"]["photo"][-1]["file_id"]
    assert update["message"]["photo"][-1]["width"] == 4
    resent = await api.ok("sendPhoto", chat_id=USER, photo=photo_id)
    assert resent["photo"][-1]["file_id"] == photo_id
    document = telegram.user_sends_document(
        USER, file_name="a.png", mime_type="image/png", content=png()
    )
    document_id = document["message"]["document"]["file_id"]
    assert await api.error("sendPhoto", chat_id=USER, photo=document_id) == (
        400,
        "Bad Request: type of file mismatch",
    )


async def test_media_group_copy_and_forward(
    api: RawApi, telegram: BotApiEmulator, world: dict[str, int]
) -> None:
    first = telegram.user_sends_document(
        USER, file_name="a.pdf", mime_type="application/pdf", content=b"A"
    )
    second = telegram.user_sends_document(
        USER, file_name="b.pdf", mime_type="application/pdf", content=b"B"
    )
    media = [
        {"type": "document", "media": first["message"]["document"]["file_id"], "caption": "A"},
        {"type": "document", "media": second["message"]["document"]["file_id"]},
    ]
    sent = await api.ok(
        "sendMediaGroup", chat_id=FORUM, message_thread_id=world["topic"], media=media
    )
    assert len(sent) == 2 and sent[0]["media_group_id"] == sent[1]["media_group_id"]
    assert await api.error("sendMediaGroup", chat_id=FORUM, media=media[:1]) == (
        400,
        "Bad Request: wrong number of media in the group: 2-10 items are allowed",
    )
    copied = await api.ok(
        "copyMessage",
        chat_id=FORUM,
        from_chat_id=USER,
        message_id=first["message"]["message_id"],
        message_thread_id=world["topic"],
    )
    stored = telegram.messages_to(FORUM, world["topic"])[-1]
    assert stored.message_id == copied["message_id"] and stored.kind == "document"
    forwarded = await api.ok(
        "forwardMessage", chat_id=FORUM, from_chat_id=USER, message_id=world["question"] - 1
    )
    assert forwarded["forward_origin"]["sender_user"]["id"] == USER
    assert await api.error("copyMessage", chat_id=FORUM, from_chat_id=USER, message_id=999) == (
        400,
        "Bad Request: message to copy not found",
    )


# --- observation -----------------------------------------------------------------------------


async def test_wait_for_explains_a_timeout(telegram: BotApiEmulator) -> None:
    with pytest.raises(AssertionError, match="last 15 calls"):
        await telegram.wait_for(lambda t: t.messages_to(USER), timeout=0.1)


async def test_other_update_kinds(telegram: BotApiEmulator) -> None:
    assert "sticker" in telegram.user_sends_sticker(USER)["message"]
    assert telegram.user_sends_voice(USER)["message"]["voice"]["duration"] == 3
    assert telegram.user_sends_location(USER, 41.3, 69.2)["message"]["location"]["latitude"] == 41.3
    text = telegram.user_sends_text(USER, "typo")
    edited = telegram.user_edits_message(USER, text["message"]["message_id"], "fixed")
    assert edited["edited_message"]["text"] == "fixed"
    command = telegram.user_sends_command(USER, "start", "ref42")
    assert command["message"]["text"] == "/start ref42"
    assert command["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    post = telegram.channel_post(-1001000000009, "news")
    assert post["channel_post"]["sender_chat"]["type"] == "channel"


# --- the real client libraries parse the answers ---------------------------------------------


async def test_aiogram_parses_answers(telegram: BotApiEmulator) -> None:
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
    from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    bot = Bot(telegram.token, session=session)
    try:
        me = await bot.get_me()
        assert me.username == "intake_test_bot" and me.is_bot
        telegram.user_sends_text(USER, "hello", first_name="Anna")
        telegram.add_supergroup(FORUM, title="Coordinators", member_ids=(COORDINATOR,))
        keyboard = InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="Yes", callback_data="yes")]]
        )
        sent = await bot.send_message(
            USER, "<b>Question</b>", parse_mode="HTML", reply_markup=keyboard
        )
        assert sent.text == "Question" and sent.from_user is not None and sent.from_user.is_bot
        assert sent.entities is not None and sent.entities[0].type == "bold"
        telegram.user_presses(USER, sent.message_id, "yes")
        updates = await bot.get_updates(timeout=1)
        assert updates[0].message is not None and updates[0].message.text == "hello"
        assert updates[1].callback_query is not None and updates[1].callback_query.data == "yes"
        assert await bot.answer_callback_query(updates[1].callback_query.id)
        topic = await bot.create_forum_topic(FORUM, "#1 case")
        in_topic = await bot.send_message(FORUM, "Card", message_thread_id=topic.message_thread_id)
        assert in_topic.is_topic_message and in_topic.message_thread_id == topic.message_thread_id
        document = await bot.send_document(USER, BufferedInputFile(b"%PDF", filename="a.pdf"))
        assert document.document is not None and document.document.file_name == "a.pdf"
        downloaded = await bot.download(document.document.file_id)
        assert downloaded is not None and downloaded.read() == b"%PDF"
        assert (await bot.get_chat(FORUM)).is_forum
        assert (await bot.get_chat_member(FORUM, COORDINATOR)).status == "member"
        with pytest.raises(TelegramBadRequest, match="message is not modified"):
            await bot.edit_message_text(
                "<b>Question</b>",
                chat_id=USER,
                message_id=sent.message_id,
                parse_mode="HTML",
                reply_markup=keyboard,
            )
        telegram.fail_next("sendMessage", retry_after=2)
        with pytest.raises(TelegramRetryAfter) as retry:
            await bot.send_message(USER, "x")
        assert retry.value.retry_after == 2
        telegram.user_blocks_bot(USER)
        with pytest.raises(TelegramForbiddenError):
            await bot.send_message(USER, "x")
    finally:
        await bot.session.close()


async def test_python_telegram_bot_parses_answers(
    telegram: BotApiEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    import telegram as ptb
    from telegram.error import BadRequest, Forbidden, RetryAfter

    # PTB 22 warns when it builds RetryAfter unless periods are timedeltas
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    bot = ptb.Bot(
        telegram.token,
        base_url=f"{telegram.base_url}/bot",
        base_file_url=f"{telegram.base_url}/file/bot",
    )
    async with bot:
        assert bot.username == "intake_test_bot"
        telegram.user_sends_text(USER, "hello", first_name="Anna")
        telegram.add_supergroup(FORUM, title="Coordinators", member_ids=(COORDINATOR,))
        keyboard = ptb.InlineKeyboardMarkup(
            [[ptb.InlineKeyboardButton("Yes", callback_data="yes")]]
        )
        sent = await bot.send_message(
            USER, "<i>Question</i>", parse_mode="HTML", reply_markup=keyboard
        )
        assert sent.text == "Question" and sent.from_user is not None and sent.from_user.is_bot
        assert sent.reply_markup == keyboard
        with pytest.raises(BadRequest, match="Message is not modified"):
            await bot.edit_message_text(
                "<i>Question</i>",
                chat_id=USER,
                message_id=sent.message_id,
                parse_mode="HTML",
                reply_markup=keyboard,
            )
        # the same words without the italics are a change
        await bot.edit_message_text(
            "Question", chat_id=USER, message_id=sent.message_id, reply_markup=keyboard
        )
        telegram.user_presses(USER, sent.message_id, "yes")
        updates = await bot.get_updates(timeout=1)
        assert updates[0].message is not None and updates[0].message.text == "hello"
        assert updates[1].callback_query is not None and updates[1].callback_query.data == "yes"
        assert await bot.answer_callback_query(updates[1].callback_query.id)
        topic = await bot.create_forum_topic(FORUM, "#1 case")
        in_topic = await bot.send_message(FORUM, "Card", message_thread_id=topic.message_thread_id)
        assert in_topic.is_topic_message and in_topic.message_thread_id == topic.message_thread_id
        document = await bot.send_document(USER, b"%PDF", filename="a.pdf")
        assert document.document is not None and document.document.file_name == "a.pdf"
        file = await bot.get_file(document.document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"%PDF"
        assert (await bot.get_chat(FORUM)).is_forum
        assert (await bot.get_chat_member(FORUM, COORDINATOR)).status == "member"
        assert (await bot.get_webhook_info()).url == ""
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(999, "x")
        telegram.fail_next("sendMessage", retry_after=2)
        with pytest.raises(RetryAfter) as retry:
            await bot.send_message(USER, "x")
        assert retry.value.retry_after == dt.timedelta(seconds=2)
        telegram.user_blocks_bot(USER)
        with pytest.raises(Forbidden):
            await bot.send_message(USER, "x")


# --- the real runtimes' polling loops run against it -----------------------------------------


async def test_aiogram_dispatcher_polls_and_answers(telegram: BotApiEmulator) -> None:
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message

    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> None:
        await message.answer(f"echo: {message.text}")

    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    bot = Bot(telegram.token, session=session)
    polling = asyncio.create_task(
        dispatcher.start_polling(
            bot, handle_signals=False, close_bot_session=False, polling_timeout=5
        )
    )
    try:
        telegram.user_sends_text(USER, "one")
        telegram.user_sends_text(USER, "two")
        await telegram.wait_for(lambda t: len(t.messages_to(USER)) == 2)
        assert [m.text for m in telegram.messages_to(USER)] == ["echo: one", "echo: two"]
        assert telegram.rejected_calls() == []
    finally:
        await dispatcher.stop_polling()
        await polling
        await bot.session.close()


async def test_ptb_application_polls_and_answers(
    telegram: BotApiEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from telegram import Update
    from telegram.ext import Application, ContextTypes, MessageHandler, filters

    monkeypatch.setenv("PTB_TIMEDELTA", "1")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"echo: {update.effective_message.text}")

    application = (
        Application.builder()
        .token(telegram.token)
        .base_url(f"{telegram.base_url}/bot")
        .base_file_url(f"{telegram.base_url}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(timeout=5)
        try:
            telegram.user_sends_text(USER, "one")
            await telegram.wait_for(lambda t: t.messages_to(USER))
            reply = telegram.last_message_to(USER)
            assert reply.text == "echo: one"
            assert telegram.rejected_calls() == []
        finally:
            await application.updater.stop()
            await application.stop()


@pytest.mark.usefixtures("world")
async def test_replies_in_a_group_without_topics_form_threads(
    api: RawApi, telegram: BotApiEmulator
) -> None:
    telegram.add_member(PLAIN_GROUP, COORDINATOR)
    root = await api.ok("sendMessage", chat_id=PLAIN_GROUP, text="Case #1")
    update = telegram.member_sends_in_group(
        PLAIN_GROUP, COORDINATOR, "I take it", reply_to=root["message_id"]
    )
    message = update["message"]
    assert message["message_thread_id"] == root["message_id"]
    assert message["reply_to_message"]["text"] == "Case #1" and "is_topic_message" not in message
    answer = await api.ok(
        "sendMessage", chat_id=PLAIN_GROUP, text="Thanks", message_thread_id=root["message_id"]
    )
    assert answer["message_thread_id"] == root["message_id"]
