"""The benchmark's pure parts: percentiles, VmHWM parsing, tables, options.

No subprocesses and no emulator: the benchmark itself is run by hand
(`python -m bench`), never as a timed test.
"""

from __future__ import annotations

import math

import pytest

from bench.__main__ import QUICK_STEPS, options_from
from bench.families import INTAKE_STEPS, SUBMIT
from bench.measure import RunFigures, parse_status_kb, percentile
from bench.report import (
    aim_rows,
    figure_rows,
    format_number,
    markdown_table,
    render_report,
    text_table,
)

STATUS = """Name:\tpython
Umask:\t0022
State:\tS (sleeping)
Pid:\t4242
VmPeak:\t  812344 kB
VmSize:\t  745112 kB
VmHWM:\t  204800 kB
VmRSS:\t  153600 kB
Threads:\t3
"""


def test_percentile_interpolates_between_ranks():
    values = [10.0, 20.0, 30.0, 40.0]
    assert percentile(values, 0) == 10.0
    assert percentile(values, 100) == 40.0
    assert percentile(values, 50) == pytest.approx(25.0)
    assert percentile(values, 95) == pytest.approx(38.5)


def test_percentile_ignores_order_and_handles_one_or_no_value():
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile([7.0], 99) == 7.0
    assert math.isnan(percentile([], 50))
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_vmhwm_is_read_from_a_status_text():
    assert parse_status_kb(STATUS) == 204_800
    assert parse_status_kb(STATUS, "VmRSS") == 153_600
    assert parse_status_kb("Name:\tpython\n") is None
    assert parse_status_kb("VmHWM:\tgarbage\n") is None


def _run(bot: str, runtime: str, database: str, *, seconds: float, rss: float) -> RunFigures:
    return RunFigures(
        bot,
        runtime,
        database,
        families=2,
        updates=100,
        seconds=seconds,
        latencies=[0.001 * n for n in range(101)],
        peak_rss_mb=rss,
    )


def test_figures_and_aims_compare_with_the_echo_of_the_same_library():
    runs = [
        _run("echo", "aiogram", "-", seconds=1.0, rss=170.0),
        _run("intake", "aiogram", "sqlite", seconds=4.0, rss=210.0),
        _run("echo", "ptb", "-", seconds=2.0, rss=40.0),
        _run("intake", "ptb", "sqlite", seconds=2.5, rss=100.0),
    ]
    rows = figure_rows(runs)
    assert rows[1][:6] == ["intake", "aiogram", "sqlite", "2", "100", "25.0"]
    assert rows[1][6:] == ["50.0", "95.0", "99.0", "210.0", "0"]
    aims = aim_rows(runs)
    assert aims[0] == ["aiogram", "sqlite", "0.25 MISSED", "99.0 ms MISSED", "210.0 MB MISSED"]
    assert aims[1] == ["ptb", "sqlite", "0.80 ok", "99.0 ms MISSED", "100.0 MB ok"]


def test_a_failed_run_is_shown_without_figures():
    failed = RunFigures("intake", "ptb", "postgres", families=3, error="RuntimeError: no poll")
    assert figure_rows([failed]) == [
        ["intake", "ptb", "postgres", "3", "-", "-", "-", "-", "-", "-", "run failed"]
    ]
    assert aim_rows([failed]) == []
    assert "RuntimeError: no poll" in render_report([failed], ["context"])


def test_tables_align_and_markdown_escapes():
    table = text_table(["name", "n"], [["a", "1"], ["long name", "1,234.5"]])
    lines = table.splitlines()
    assert lines[0] == "name             n"
    assert lines[2] == "a                1"
    assert lines[3] == "long name  1,234.5"
    markdown = markdown_table(["name", "n"], [["a|b", "1"], ["c", "-"]])
    assert markdown.splitlines() == ["| name | n |", "|---|---:|", "| a\\|b | 1 |", "| c | - |"]


def test_numbers_are_formatted_with_a_dash_for_missing():
    assert format_number(1234.567) == "1,234.6"
    assert format_number(0.5, 2) == "0.50"
    assert format_number(None) == "-"
    assert format_number(math.nan) == "-"


def test_the_script_is_the_harness_intake_then_submit():
    assert INTAKE_STEPS[0] == ("command", "start")
    assert INTAKE_STEPS[-1] == ("tap", SUBMIT)
    assert {kind for kind, _ in INTAKE_STEPS} <= {"command", "tap", "type", "pdf"}


def test_options(monkeypatch):
    monkeypatch.delenv("TEST_DATABASE_URL", raising=False)
    default = options_from([])
    assert default.databases == ("sqlite",)
    assert default.runtimes == ("aiogram", "ptb")
    assert default.seed_conversations == 10_000
    monkeypatch.setenv("TEST_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    assert options_from([]).databases == ("sqlite", "postgres")
    quick = options_from(["--quick", "--runtimes", "ptb"])
    assert quick.databases == ("sqlite",)
    assert quick.runtimes == ("ptb",)
    assert len(quick.steps) == QUICK_STEPS
    with pytest.raises(SystemExit):
        options_from(["--runtimes", "telethon"])
