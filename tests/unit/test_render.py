"""Effects to Bot API calls: splitting long texts, escaping, keyboards, files."""

from __future__ import annotations

import html

import pytest

from bot.i18n import Translator, load_translator
from bot.telegram.callback import decode
from bot.telegram.render import MAX_TEXT, Upload, keyboard, render_effects, split_text
from bot.text import plain
from flows.definitions import build_flow
from flows.effects import Ask, Button, Say, SendFile
from flows.steps import Choice, Repeat
from flows.text import msg

TR = Translator({"en": {}})


def visible(part: str) -> int:
    return len(plain(part))


def test_short_text_is_one_part():
    assert split_text("<b>Hello</b>\n\nworld") == ["<b>Hello</b>\n\nworld"]


def test_empty_text_has_no_parts():
    assert split_text("") == []


def test_splits_at_paragraph_boundaries():
    paragraphs = [f"<b>Part {n}</b> " + chr(ord("a") + n) * 1500 for n in range(6)]
    text = "\n\n".join(paragraphs)
    parts = split_text(text)
    assert len(parts) == 3
    assert all(visible(p) <= MAX_TEXT for p in parts)
    # Nothing is lost or cut: the parts are whole paragraphs, in order.
    assert "\n\n".join(parts) == text
    assert all(p.startswith("<b>Part") for p in parts)


def test_a_long_paragraph_splits_at_line_boundaries():
    lines = [f"<i>{n:02d}</i> " + "x" * 900 for n in range(12)]
    text = "Intro\n\n" + "\n".join(lines)
    parts = split_text(text)
    assert all(visible(p) <= MAX_TEXT for p in parts)
    assert parts[0] == "Intro"
    rejoined = "\n".join(parts[1:])
    assert rejoined == "\n".join(lines)  # every line whole, tags kept
    assert all(p.count("<i>") == p.count("</i>") for p in parts)


def test_tags_do_not_count_towards_the_limit():
    text = "<b>" + "y" * MAX_TEXT + "</b>"
    assert split_text(text) == [text]
    assert len(split_text("&amp;" * MAX_TEXT)) == 1


def test_a_single_line_over_the_limit_is_cut_as_plain_text():
    line = "z" * (MAX_TEXT * 2 + 100)
    parts = split_text(line)
    assert [visible(p) for p in parts] == [MAX_TEXT, MAX_TEXT, 100]
    assert "".join(parts) == line


def test_cut_user_text_stays_escaped():
    # A family's text full of characters that are special in HTML.
    typed = "<b>&x</b> " * 1000
    parts = split_text(html.escape(typed, quote=False))
    assert all(visible(p) <= MAX_TEXT for p in parts)
    assert "".join(plain(p) for p in parts) == typed
    for part in parts:
        # No raw tag or broken entity reaches Telegram.
        assert "<" not in part and ">" not in part
        assert html.escape(plain(part), quote=False) == part


@pytest.mark.parametrize("limit", [10, 50])
def test_every_part_fits_any_limit(limit):
    text = "\n\n".join(["short", "a longer paragraph " * 5, "line one\nline two " * 4, "x" * 75])
    parts = split_text(text, limit)
    assert parts and all(0 < visible(p) <= limit for p in parts)


def test_user_text_in_a_message_is_escaped():
    effects = [Say((msg("Your name: {name}", name="<b>Aziza</b> & co"),))]
    (reply,) = render_effects(effects, 42, "en", TR)
    assert reply.method == "sendMessage"
    assert reply.params == {
        "chat_id": 42,
        "text": "Your name: &lt;b&gt;Aziza&lt;/b&gt; &amp; co",
        "parse_mode": "HTML",
    }


def test_the_keyboard_goes_on_the_last_part_of_a_long_question():
    ask = Ask(
        "notes",
        (msg("a" * 3000), msg("b" * 3000)),
        ((Button("« Back", "_back"), Button("Skip", "_skip")),),
        17,
        "text",
    )
    replies = render_effects([ask], 42, "en", TR)
    assert len(replies) == 2
    assert "reply_markup" not in replies[0].params
    assert replies[1].params["reply_markup"] == {
        "inline_keyboard": [
            [
                {"text": "« Back", "callback_data": "v1:17:_back"},
                {"text": "Skip", "callback_data": "v1:17:_skip"},
            ]
        ]
    }


def test_a_question_without_buttons_has_no_keyboard():
    (reply,) = render_effects([Ask("x", (msg("Type it"),), (), 3, "text")], 1, "en", TR)
    assert "reply_markup" not in reply.params


def test_button_labels_are_plain_text():
    ask = Ask("x", (msg("Q"),), ((Button(msg("<b>Yes</b>"), "yes"),),), 1, "choice")
    assert keyboard(ask, "en", TR)["inline_keyboard"][0][0]["text"] == "Yes"


def test_a_file_is_uploaded_as_a_document():
    effect = SendFile("my-data.json", '{"answers": {}}', msg("Everything we keep about you"))
    (reply,) = render_effects([effect], 42, "en", TR)
    assert reply.method == "sendDocument"
    assert reply.params == {
        "chat_id": 42,
        "caption": "Everything we keep about you",
        "parse_mode": "HTML",
    }
    assert reply.upload == Upload("document", "my-data.json", b'{"answers": {}}')


def test_every_button_of_the_real_flow_fits_callback_data():
    translator = load_translator()
    flow = build_flow(translator.locales)
    version = 10**9  # far more changes than any conversation makes

    def choices(steps):
        for step in steps:
            if isinstance(step, Repeat):
                yield from choices(step.steps)
            elif isinstance(step, Choice):
                yield step

    rows = tuple(
        tuple(Button(option.label, option.code) for option in step.options)
        for step in choices(flow.steps)
    )
    assert len(rows) > 20
    # The engine's own buttons and generated codes (years, months, review fields).
    extra = ("_back", "_skip", "_unknown", "_done", "_later", "_confirm_yes", "y:2026", "m:12")
    fields = [f"edit:{section.id}" for section in flow.sections]
    for step in flow.steps:
        fields.append(f"field:{step.id}")
        if isinstance(step, Repeat):  # positions inside a block: "<block>.<n>.<step>"
            fields += [f"field:{step.id}.{step.max_items - 1}.{sub.id}" for sub in step.steps]
    generated = tuple(Button(code, code) for code in (*extra, *fields))
    ask = Ask("all", (msg("Q"),), (*rows, generated), version, "choice")
    for row in keyboard(ask, "en", translator)["inline_keyboard"]:
        for button in row:
            data = button["callback_data"]
            assert len(data.encode("utf-8")) <= 64, data
            decoded = decode(data)
            assert decoded is not None and decoded.version == version
