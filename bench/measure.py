"""Pure measurement helpers: percentiles, one run's figures, the kernel's VmHWM."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["RunFigures", "parse_status_kb", "percentile", "read_peak_rss_mb"]


def percentile(values: Sequence[float], p: float) -> float:
    """The `p`-th percentile (0..100) with linear interpolation between ranks
    (numpy's default); NaN for no values."""
    if not 0 <= p <= 100:
        raise ValueError(f"percentile must be within 0..100, not {p}")
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def parse_status_kb(status_text: str, key: str = "VmHWM") -> int | None:
    """The value in kB of `key` (e.g. ``VmHWM:    123456 kB``) in a
    /proc/<pid>/status text; None if it is not there."""
    for line in status_text.splitlines():
        name, _, rest = line.partition(":")
        if name.strip() == key:
            parts = rest.split()
            if parts and parts[0].isdigit():
                return int(parts[0])
    return None


def read_peak_rss_mb(pid: int) -> float | None:
    """The peak resident set size (VmHWM) of a live process in MB; None if unknown."""
    try:
        text = Path(f"/proc/{pid}/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    kb = parse_status_kb(text)
    return None if kb is None else kb / 1024


@dataclass
class RunFigures:
    """What one measured run produced."""

    bot: str  # "intake" or "echo"
    runtime: str  # "aiogram" or "ptb"
    database: str  # "sqlite", "postgres" or "-" (echo)
    families: int = 0
    updates: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)  # seconds
    latencies_by_kind: dict[str, list[float]] = field(default_factory=dict)  # "tap", "type"...
    family_seconds: list[float] = field(default_factory=list)  # time to finish the script
    peak_rss_mb: float | None = None
    failures: int = 0
    rejected_calls: int = 0
    error: str | None = None  # the run could not be measured at all
    notes: list[str] = field(default_factory=list)

    @property
    def updates_per_second(self) -> float:
        """Updates sent divided by wall time."""
        return self.updates / self.seconds if self.seconds > 0 else math.nan

    def latency_ms(self, p: float) -> float:
        """The `p`-th percentile of first-reply latency in milliseconds."""
        return percentile(self.latencies, p) * 1000
