"""Which emergency number to give a family (shared/content/red-flags.md).

The table lives in `flows.definitions.emergency_numbers`. A number is only
given when it has been checked; otherwise the caller uses the generic wording
"your local emergency number". We never guess a number.
"""

from __future__ import annotations

from collections.abc import Mapping

from flows.definitions.emergency_numbers import EMERGENCY_NUMBERS, EmergencyNumber

__all__ = ["EmergencyNumber", "emergency_number"]

# ISO 3166 exceptionally reserves these codes for the same countries; people
# (and the EU) use them.
_ALIASES = {"UK": "GB", "EL": "GR"}


def emergency_number(
    country: str | None, *, table: Mapping[str, EmergencyNumber] = EMERGENCY_NUMBERS
) -> EmergencyNumber | None:
    """The checked emergency number for `country` (ISO alpha-2, any case), or None.

    None means: unknown or missing country, or a number nobody has checked;
    the caller then says "your local emergency number".
    """
    if not country:
        return None
    code = country.strip().upper()
    entry = table.get(_ALIASES.get(code, code))
    if entry is None or entry.checked_on is None:
        return None
    return entry
