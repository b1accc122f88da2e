"""Emergency numbers (flows.emergency, flows.definitions.emergency_numbers)."""

from __future__ import annotations

import datetime
from types import MappingProxyType

import pytest

from flows.definitions.emergency_numbers import EMERGENCY_NUMBERS, EmergencyNumber
from flows.emergency import emergency_number

EU_112 = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]  # fmt: skip

# Exactly the numbers shared/content/red-flags.md gives.
EXPECTED = {
    **dict.fromkeys(EU_112, "112"),
    "FR": "15",
    "US": "911",
    "CA": "911",
    "GB": "999",
    "RU": "103",
    "CN": "120",
    "SA": "997",
    "IR": "115",
    "VN": "115",
    "ID": "119",
    "BR": "192",
    "ET": "907",
    "UZ": "103",
    "KZ": "103",
    "EG": "123",
    "IQ": "122",
    "AE": "998",
    "QA": "999",
}


@pytest.mark.parametrize(("country", "number"), sorted(EXPECTED.items()))
def test_each_listed_country(country: str, number: str) -> None:
    found = emergency_number(country)
    assert found is not None
    assert (found.country, found.number) == (country, number)
    assert found.source == "shared/content/red-flags.md (service medical team)"
    assert found.checked_on == "2026-11-27"


def test_the_table_holds_exactly_the_documented_countries() -> None:
    assert {code: entry.number for code, entry in EMERGENCY_NUMBERS.items()} == EXPECTED
    assert len(EU_112) + 1 == 27  # the EU-27, France listed with 15


@pytest.mark.parametrize("entry", EMERGENCY_NUMBERS.values(), ids=lambda e: e.country)
def test_entries_are_well_formed(entry: EmergencyNumber) -> None:
    assert entry.number.isdigit()
    assert entry.service
    assert entry.checked_on is not None
    datetime.date.fromisoformat(entry.checked_on)


def test_france_is_samu_and_mentions_112() -> None:
    france = emergency_number("FR")
    assert france is not None
    assert france.number == "15"
    assert "SAMU" in france.service and "112" in france.service


@pytest.mark.parametrize(
    ("typed", "number"),
    [("ru", "103"), ("de", "112"), (" us ", "911"), ("Gb", "999"), ("uk", "999"), ("el", "112")],
)
def test_case_spaces_and_reserved_codes(typed: str, number: str) -> None:
    found = emergency_number(typed)
    assert found is not None
    assert found.number == number


@pytest.mark.parametrize("country", [None, "", "  ", "XX", "TR", "IN", "AU", "other", "Russia"])
def test_unknown_country_gets_no_number(country: str | None) -> None:
    # The caller then says "your local emergency number"; we never guess.
    assert emergency_number(country) is None


def test_an_unchecked_entry_is_hidden() -> None:
    table = MappingProxyType(
        {
            "RU": EMERGENCY_NUMBERS["RU"],
            "TR": EmergencyNumber("TR", "112", "emergency services", "draft", None),
        }
    )
    assert emergency_number("TR", table=table) is None
    assert emergency_number("tr", table=table) is None
    assert emergency_number("RU", table=table) == EMERGENCY_NUMBERS["RU"]


def test_the_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        EMERGENCY_NUMBERS["XX"] = EMERGENCY_NUMBERS["RU"]  # type: ignore[index]
