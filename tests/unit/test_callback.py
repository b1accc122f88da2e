"""The callback-data codec: round trips, Telegram's 64-byte limit, and junk."""

from __future__ import annotations

import pytest

from bot.telegram.callback import (
    MAX_BYTES,
    CallbackData,
    CallbackTooLongError,
    decode,
    encode,
)


@pytest.mark.parametrize(
    ("version", "code"),
    [
        (0, "yes"),
        (7, "_back"),
        (123456, "parent_guardian"),
        (3, "y:2024"),  # codes may contain the separator
        (9, "field:car_t.0.target"),
        (1, "ответ"),  # non-ASCII codes are counted in bytes
    ],
)
def test_round_trip(version, code):
    data = encode(version, code)
    assert data.startswith(f"v1:{version}:")
    assert decode(data) == CallbackData(version, code)


def test_exactly_64_bytes_fits():
    code = "x" * (MAX_BYTES - len("v1:5:"))
    data = encode(5, code)
    assert len(data.encode()) == MAX_BYTES
    assert decode(data) == CallbackData(5, code)


def test_too_long_raises_and_says_how_to_fix_it():
    code = "a_very_long_option_code_that_nobody_should_ever_write_in_a_flow"
    with pytest.raises(CallbackTooLongError) as caught:
        encode(1234, code)
    message = str(caught.value)
    assert repr(code) in message
    assert f"{len(('v1:1234:' + code).encode())} bytes" in message
    assert "limit 64" in message
    assert "shorten the step or option id" in message
    assert isinstance(caught.value, ValueError)


def test_multibyte_codes_are_measured_in_bytes():
    code = "д" * 30  # 30 characters, 60 bytes
    with pytest.raises(CallbackTooLongError):
        encode(1, code)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "yes",
        "v1",
        "v1:",
        "v1:3",
        "v1:3:",
        "v1::yes",
        "v1:-1:yes",
        "v1:x:yes",
        "v1: 3:yes",
        "v2:3:yes",
        "V1:3:yes",
        ":3:yes",
    ],
)
def test_anything_else_decodes_to_none(data):
    assert decode(data) is None
