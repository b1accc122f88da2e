"""The two runtimes are interchangeable: the same family, the same Bot API calls;
and both register the bot's commands for every language at start."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.telegram.commands import COMMANDS
from tests.e2e.harness import (
    RUNTIMES,
    START_TO_CONSENT,
    QuickFamily,
    quick_bot,
)
from tests.emulator import BotApiEmulator, RecordedCall

USER = 11001
SCENARIO: list[tuple[str, str]] = [
    *START_TO_CONSENT,
    ("tap", "A parent or guardian"),
    ("type", "Uzbekistan"),
    ("type", "Aziza <b>&amp; co</b> 👩‍👦"),
    ("tap", "« Back"),
    ("type", "Aziza"),
    ("tap", "Phone / WhatsApp"),
    ("type", "+998 90 123 45 67"),
    ("type", "seven"),
    ("type", "7"),
    ("command", "help"),
    ("command", "mydata"),
    ("command", "status"),
]
# Calls whose number depends on timing, not on the conversation.
TIMING = {"getUpdates", "getMe"}
# Keys of recorded moments in the /mydata export.
TIMES = {"at", "given_at", "submitted", "created_at"}


def normalised(call: RecordedCall) -> tuple[str, dict[str, Any]]:
    """Method and parameters, without ids and offsets; an uploaded file as its
    name and bytes (aiogram attaches it under a random part name, PTB under the
    parameter's own name; the libraries also label its content type differently)."""
    params = {
        key: value
        for key, value in call.params.items()
        if not key.endswith("_id") and key not in {"offset", "date"}
    }
    parts = {
        key: value.removeprefix("attach://")
        for key, value in params.items()
        if isinstance(value, str) and value.startswith("attach://")
    }
    for key, part in parts.items():
        params.pop(part, None)
        params[key] = part
    for key in params:
        part = parts.get(key, key)
        if part in call.uploads:
            upload = call.uploads[part]
            params[key] = (upload.file_name, without_times(json.loads(upload.content)))
    return call.method, params


def without_times(data: Any) -> Any:
    """JSON data without the moments it records (they differ from run to run)."""
    if isinstance(data, dict):
        return {k: without_times(v) for k, v in data.items() if k not in TIMES}
    if isinstance(data, list):
        return [without_times(v) for v in data]
    return data


async def record(runtime: str) -> list[tuple[str, dict[str, Any]]]:
    """The scenario on one runtime: its calls, normalised, in order."""
    async with BotApiEmulator() as emulator:
        async with quick_bot(emulator, runtime) as runner:
            family = QuickFamily(emulator, runner, USER)
            await family.do(SCENARIO)
        assert emulator.rejected_calls() == []
        return [normalised(c) for c in emulator.calls if c.method not in TIMING]


async def test_both_runtimes_make_the_same_calls():
    aiogram, ptb = await record("aiogram"), await record("ptb")
    assert [m for m, _ in aiogram] == [m for m, _ in ptb]
    for index, (left, right) in enumerate(zip(aiogram, ptb, strict=True)):
        assert left == right, f"call {index} differs"
    methods = {m for m, _ in aiogram}
    assert {"sendMessage", "answerCallbackQuery", "editMessageReplyMarkup"} <= methods
    assert {"sendDocument", "setMyCommands", "deleteWebhook"} <= methods


@pytest.mark.parametrize("runtime", RUNTIMES)
async def test_commands_are_registered_per_language_at_start(runtime):
    async with BotApiEmulator() as emulator:
        async with quick_bot(emulator, runtime) as runner:
            translator = runner.app.translator
            # By the time the bot polls, every list is registered.
            registered = dict(emulator.commands)
            polls = emulator.calls_to("getUpdates")
            assert all(c.at < p.at for c in emulator.calls_to("setMyCommands") for p in polls)
        names = [name for name, _ in COMMANDS]
        languages = {locale.split("_")[0].lower(): locale for locale in translator.locales}
        assert {"en", "ru"} <= languages.keys()
        # One list per language for the default scope, plus the fallback ("").
        assert set(registered) == {("default", lang) for lang in (*languages, "")}
        for language, locale in languages.items():
            commands = registered[("default", language)]
            assert [c["command"] for c in commands] == names
            expected = [translator.gettext(locale, text) for _, text in COMMANDS]
            assert [c["description"] for c in commands] == expected
        default = runner.app.settings.default_locale
        assert [c["description"] for c in registered[("default", "")]] == [
            translator.gettext(default, text) for _, text in COMMANDS
        ]
        assert emulator.rejected_calls() == []
