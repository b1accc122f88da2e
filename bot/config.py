"""Settings, read once from the environment and `.env` into a typed object.

A bad value stops the program with one line that names the variable and
says how to fix it (see `bot.cli`), never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

__all__ = ["ConfigError", "Settings", "load_settings"]

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/intake.db"
_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


class ConfigError(Exception):
    """A setting is missing or malformed; the message says how to fix it."""


class Settings(BaseSettings):
    """Every setting of the bot; names match the environment variables."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    bot_token: SecretStr | None = None
    bot_api_base_url: str = "https://api.telegram.org"
    database_url: str = DEFAULT_DATABASE_URL
    coordinator_chat_id: int | None = None
    coordinator_locale: str = "en"
    # Optional allow-list of coordinators' Telegram user ids (comma-separated).
    coordinator_ids: str = ""
    unclaimed_reminder_hours: float = Field(default=4.0, gt=0)
    # Optional: each submitted case is also POSTed here as JSON, signed with
    # HMAC-SHA256 of the body under this secret (header X-Intakebot-Signature).
    handoff_webhook_url: str | None = None
    handoff_webhook_secret: SecretStr | None = None
    bot_runtime: Literal["aiogram", "ptb"] = "aiogram"
    default_locale: str = "en"
    service_name: str = Field(default="CAR-T Navigator", min_length=1, max_length=64)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=1, le=65535)

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(
                f"cannot parse it; use e.g. {DEFAULT_DATABASE_URL} or "
                "postgresql+asyncpg://user@host:5432/dbname"
            ) from None
        driver = _DRIVERS.get(url.drivername)
        if driver is None:
            raise ValueError(
                f"unsupported database {url.drivername!r}; use sqlite+aiosqlite:///path.db "
                "or postgresql+asyncpg://user@host:5432/dbname"
            )
        return url.set(drivername=driver).render_as_string(hide_password=False)

    @field_validator("bot_api_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://, e.g. https://api.telegram.org")
        return value.rstrip("/")

    @field_validator("coordinator_ids")
    @classmethod
    def _ids(cls, value: str) -> str:
        parts = [p.strip() for p in value.split(",") if p.strip()]
        if any(not p.lstrip("-").isdigit() for p in parts):
            raise ValueError("must be Telegram user ids separated by commas, e.g. 12345,67890")
        return ",".join(parts)

    def coordinator_id_set(self) -> frozenset[int]:
        """The allow-list of coordinators (empty: every member of the group)."""
        return frozenset(int(p) for p in self.coordinator_ids.split(",") if p)

    def sqlite_path(self) -> Path | None:
        """The SQLite file, if the database is SQLite on disk."""
        url = make_url(self.database_url)
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, `.env` and `overrides`; ConfigError if invalid."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        reason = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name}: {reason}") from None
