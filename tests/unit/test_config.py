"""Settings (bot.config.load_settings): read once from the environment and
`.env`; every bad value is a ConfigError that names the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_DATABASE_URL, ConfigError, Settings, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No setting from the machine's environment, and an empty working directory."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_env(directory: Path, **values: str) -> None:
    lines = [f"{name}={value}" for name, value in values.items()]
    (directory / ".env").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_defaults() -> None:
    settings = load_settings()
    assert settings.bot_token is None
    assert settings.bot_api_base_url == "https://api.telegram.org"
    assert settings.database_url == DEFAULT_DATABASE_URL == "sqlite+aiosqlite:///./data/intake.db"
    assert settings.bot_runtime == "aiogram"
    assert settings.default_locale == "en"
    assert settings.coordinator_locale == "en"
    assert settings.coordinator_chat_id is None
    assert settings.sqlite_path() == Path("data/intake.db")


def test_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123456:ABC-secret")
    monkeypatch.setenv("BOT_API_BASE_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://bot@db:5432/intake")
    monkeypatch.setenv("COORDINATOR_CHAT_ID", "-1001234567890")
    monkeypatch.setenv("COORDINATOR_LOCALE", "ru")
    monkeypatch.setenv("BOT_RUNTIME", "ptb")
    monkeypatch.setenv("DEFAULT_LOCALE", "uz")
    monkeypatch.setenv("SERVICE_NAME", "Navigator")
    settings = load_settings()
    assert settings.bot_token is not None
    assert settings.bot_token.get_secret_value() == "123456:ABC-secret"
    assert "ABC-secret" not in repr(settings)
    assert "ABC-secret" not in str(settings)
    assert settings.bot_api_base_url == "http://127.0.0.1:8081"
    assert settings.database_url == "postgresql+asyncpg://bot@db:5432/intake"
    assert settings.coordinator_chat_id == -1001234567890
    assert settings.coordinator_locale == "ru"
    assert settings.bot_runtime == "ptb"
    assert settings.default_locale == "uz"
    assert settings.service_name == "Navigator"
    assert settings.sqlite_path() is None


def test_reads_dotenv_in_the_working_directory(clean_env: Path) -> None:
    write_env(
        clean_env,
        BOT_TOKEN="42:from-dotenv",
        DATABASE_URL="sqlite:///./cases.db",
        COORDINATOR_CHAT_ID="-100777",
        BOT_RUNTIME="ptb",
    )
    settings = load_settings()
    assert settings.bot_token is not None
    assert settings.bot_token.get_secret_value() == "42:from-dotenv"
    assert settings.database_url == "sqlite+aiosqlite:///./cases.db"
    assert settings.coordinator_chat_id == -100777
    assert settings.bot_runtime == "ptb"
    assert settings.sqlite_path() == Path("cases.db")


def test_the_environment_wins_over_dotenv(clean_env: Path, monkeypatch) -> None:
    write_env(clean_env, BOT_RUNTIME="ptb", SERVICE_NAME="From file")
    monkeypatch.setenv("BOT_RUNTIME", "aiogram")
    settings = load_settings()
    assert settings.bot_runtime == "aiogram"
    assert settings.service_name == "From file"


def test_overrides_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFAULT_LOCALE", "ru")
    assert load_settings(default_locale="kk").default_locale == "kk"


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("sqlite:///./data/x.db", "sqlite+aiosqlite:///./data/x.db"),
        ("sqlite+aiosqlite:////var/lib/bot/x.db", "sqlite+aiosqlite:////var/lib/bot/x.db"),
        ("postgres://bot@db/intake", "postgresql+asyncpg://bot@db/intake"),
        ("postgresql://bot:s3cr%40t@db:5432/intake", "postgresql+asyncpg://bot:s3cr%40t@db:5432/intake"),
        ("postgresql+asyncpg://bot@db/intake?schema=t1", "postgresql+asyncpg://bot@db/intake?schema=t1"),
    ],
    ids=["sqlite", "absolute-sqlite", "postgres-alias", "password-kept", "query-kept"],
)  # fmt: skip
def test_database_urls_get_the_async_driver(monkeypatch, given: str, stored: str) -> None:
    monkeypatch.setenv("DATABASE_URL", given)
    assert load_settings().database_url == stored


@pytest.mark.parametrize(
    ("url", "path"),
    [("sqlite+aiosqlite:///:memory:", None), ("sqlite+aiosqlite://", None),
     ("sqlite+aiosqlite:////tmp/a/b.db", Path("/tmp/a/b.db")),
     ("postgresql+asyncpg://u@h/db", None)],
    ids=["memory", "no-file", "absolute", "postgresql"],
)  # fmt: skip
def test_sqlite_path(url: str, path: Path | None) -> None:
    assert load_settings(database_url=url).sqlite_path() == path


BAD = [
    ("DATABASE_URL", "not a url", "cannot parse it"),
    ("DATABASE_URL", "mysql://bot@db/intake", "unsupported database 'mysql'"),
    ("DATABASE_URL", "postgresql+psycopg2://bot@db/intake", "unsupported database"),
    ("BOT_API_BASE_URL", "api.telegram.org", "must start with http:// or https://"),
    ("COORDINATOR_CHAT_ID", "the-coordinators", "integer"),
    ("COORDINATOR_IDS", "12, alice", "Telegram user ids"),
    ("BOT_RUNTIME", "telethon", "aiogram"),
    ("SERVICE_NAME", "", "at least 1"),
    ("SERVICE_NAME", "x" * 65, "at most 64"),
    ("WEBHOOK_PORT", "0", "greater than or equal to 1"),
    ("WEBHOOK_PORT", "70000", "less than or equal to 65535"),
    ("WEBHOOK_PORT", "http", "integer"),
    ("UNCLAIMED_REMINDER_HOURS", "0", "greater than 0"),
]
BAD_IDS = [
    "url-unparsable", "url-mysql", "url-sync-driver", "base-url-scheme", "chat-id-text",
    "coordinator-ids", "runtime", "service-name-empty", "service-name-long", "port-zero",
    "port-too-big", "port-text", "reminder-zero",
]  # fmt: skip


@pytest.mark.parametrize(("name", "value", "reason"), BAD, ids=BAD_IDS)
@pytest.mark.parametrize("source", ["env", "dotenv"])
def test_a_bad_value_names_the_variable(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, source: str, name, value, reason
) -> None:
    if source == "env":
        monkeypatch.setenv(name, value)
    else:
        write_env(clean_env, **{name: value})
    with pytest.raises(ConfigError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith(f"{name}: ")
    assert reason in message
    assert "\n" not in message  # one line for the terminal
    assert "pydantic" not in message.lower()  # no library noise


def test_a_bad_override_names_the_setting() -> None:
    with pytest.raises(ConfigError, match=r"^DATABASE_URL: cannot parse it"):
        load_settings(database_url="::")
