"""The printed report: figures per run, the aims, and a Markdown copy for the README."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bench.measure import RunFigures

__all__ = [
    "AIM_P99_MS",
    "AIM_RATIO",
    "AIM_RSS_MB",
    "aim_rows",
    "figure_rows",
    "format_number",
    "markdown_table",
    "render_report",
    "text_table",
]

AIM_RATIO = 0.5  # intake throughput / echo throughput of the same library
AIM_P99_MS = 50.0
AIM_RSS_MB = 200.0

FIGURE_HEADERS = (
    "bot",
    "runtime",
    "database",
    "families",
    "updates",
    "updates/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "peak RSS MB",
    "failures",
)
AIM_HEADERS = (
    "runtime",
    "database",
    f"throughput vs echo (aim >= {AIM_RATIO:g})",
    f"p99 (aim < {AIM_P99_MS:g} ms)",
    f"peak RSS (aim < {AIM_RSS_MB:g} MB)",
)


def format_number(value: float | None, digits: int = 1) -> str:
    """`value` with `digits` decimals; "-" for None or NaN."""
    if value is None or math.isnan(value):
        return "-"
    return f"{value:,.{digits}f}"


def _is_number(cell: str) -> bool:
    return cell.replace(",", "").replace(".", "", 1).lstrip("-").isdigit()


def _numeric_columns(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[bool]:
    return [
        bool(rows) and all(_is_number(r[i]) or r[i] == "-" for r in rows)
        for i in range(len(headers))
    ]


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table: numbers (and their headers) right-aligned, text left-aligned."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    numeric = _numeric_columns(headers, rows)

    def line(cells: Sequence[str], header: bool = False) -> str:
        return "  ".join(
            cell.rjust(w)
            if (n if header else _is_number(cell) or (n and cell == "-"))
            else cell.ljust(w)
            for cell, w, n in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers, header=True), rule, *(line(r) for r in rows)])


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub Markdown table (numeric columns right-aligned)."""
    numeric = _numeric_columns(headers, rows)

    def escape(cell: str) -> str:
        return cell.replace("|", "\\|")

    head = "| " + " | ".join(escape(h) for h in headers) + " |"
    align = "|" + "|".join("---:" if n else "---" for n in numeric) + "|"
    body = ["| " + " | ".join(escape(c) for c in row) + " |" for row in rows]
    return "\n".join([head, align, *body])


def figure_rows(runs: Sequence[RunFigures]) -> list[list[str]]:
    """One table row per run."""
    rows = []
    for run in runs:
        if run.error is not None:
            rows.append([run.bot, run.runtime, run.database, str(run.families), "-", *["-"] * 5])
            rows[-1].append("run failed")
            continue
        rows.append(
            [
                run.bot,
                run.runtime,
                run.database,
                str(run.families),
                str(run.updates),
                format_number(run.updates_per_second),
                format_number(run.latency_ms(50)),
                format_number(run.latency_ms(95)),
                format_number(run.latency_ms(99)),
                format_number(run.peak_rss_mb),
                str(run.failures),
            ]
        )
    return rows


@dataclass(frozen=True)
class _Verdict:
    text: str

    @staticmethod
    def of(value: float | None, met: bool, unit: str, digits: int) -> _Verdict:
        if value is None or math.isnan(value):
            return _Verdict("-")
        shown = f"{format_number(value, digits)}{unit}"
        return _Verdict(f"{shown} {'ok' if met else 'MISSED'}")


def aim_rows(runs: Sequence[RunFigures]) -> list[list[str]]:
    """For each intake run: the throughput ratio to its library's echo, p99 and RSS against the aims."""
    echo = {r.runtime: r for r in runs if r.bot == "echo" and r.error is None}
    rows = []
    for run in runs:
        if run.bot != "intake" or run.error is not None:
            continue
        base = echo.get(run.runtime)
        ratio = (
            run.updates_per_second / base.updates_per_second
            if base is not None and base.updates_per_second > 0
            else None
        )
        p99 = run.latency_ms(99)
        rss = run.peak_rss_mb
        rows.append(
            [
                run.runtime,
                run.database,
                _Verdict.of(ratio, ratio is not None and ratio >= AIM_RATIO, "", 2).text,
                _Verdict.of(p99, p99 < AIM_P99_MS, " ms", 1).text,
                _Verdict.of(rss, rss is not None and rss < AIM_RSS_MB, " MB", 1).text,
            ]
        )
    return rows


def render_report(runs: Sequence[RunFigures], context: Sequence[str]) -> str:
    """The whole printed report: context lines, both tables, notes, Markdown."""
    figures, aims = figure_rows(runs), aim_rows(runs)
    out = ["", "== benchmark ==", *context, "", text_table(FIGURE_HEADERS, figures)]
    if aims:
        out += ["", "aims (intake vs the echo bot of the same library):"]
        out.append(text_table(AIM_HEADERS, aims))
    notes = [
        f"- {run.bot} {run.runtime} {run.database}: {note}"
        for run in runs
        for note in ([run.error] if run.error else []) + run.notes
    ]
    if notes:
        out += ["", "notes:", *notes]
    out += ["", "Markdown (for the README):", "", markdown_table(FIGURE_HEADERS, figures)]
    if aims:
        out += ["", markdown_table(AIM_HEADERS, aims)]
    return "\n".join(out)
