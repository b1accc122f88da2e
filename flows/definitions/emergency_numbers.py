"""Emergency telephone numbers by country of residence, as data.

Every number here was transcribed from shared/content/red-flags.md (written by
the service's medical team) and checked against it on `checked_on`. A number
is shown to a family only when it has a `checked_on` date; an entry whose
check has lapsed or not happened yet keeps `checked_on=None`, and families
then see the generic "your local emergency number". Never add a number from
memory: add it to red-flags.md first, then here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["EMERGENCY_NUMBERS", "EmergencyNumber"]

SOURCE = "shared/content/red-flags.md (service medical team)"
CHECKED_ON = "2026-11-27"


@dataclass(frozen=True)
class EmergencyNumber:
    """The number to call for a medical emergency in `country` (ISO 3166 alpha-2)."""

    country: str
    number: str
    service: str
    source: str
    checked_on: str | None  # ISO date the number was checked against `source`; None: unchecked


# The 27 EU member states; red-flags.md gives 112 "for the EU". France is
# listed separately below because the document names 15 (SAMU) for it.
# fmt: off
_EU_112 = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
)
# fmt: on

# country: (number, service as the document names it)
_NUMBERS: dict[str, tuple[str, str]] = {
    **{code: ("112", "European emergency number") for code in _EU_112},
    "FR": ("15", "SAMU (medical emergencies); 112 also works"),
    "US": ("911", "emergency services"),
    "CA": ("911", "emergency services"),
    "GB": ("999", "emergency services"),
    "RU": ("103", "ambulance"),
    "CN": ("120", "ambulance (mainland China)"),
    "SA": ("997", "emergency medical services"),
    "IR": ("115", "emergency medical services"),
    "VN": ("115", "emergency medical services"),
    "ID": ("119", "emergency services"),
    "BR": ("192", "emergency medical services"),
    "ET": ("907", "emergency medical services"),
    "UZ": ("103", "ambulance"),
    "KZ": ("103", "ambulance"),
    "EG": ("123", "emergency medical services"),
    "IQ": ("122", "emergency services"),
    "AE": ("998", "emergency medical services"),
    "QA": ("999", "emergency services"),
}

EMERGENCY_NUMBERS: Mapping[str, EmergencyNumber] = MappingProxyType(
    {
        code: EmergencyNumber(code, number, service, SOURCE, CHECKED_ON)
        for code, (number, service) in _NUMBERS.items()
    }
)
