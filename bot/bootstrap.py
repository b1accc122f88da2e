"""The composition root: builds everything from `Settings`; nothing at import."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Settings
from bot.i18n import Translator, load_translator, month_names
from flows.definitions import build_flow
from flows.ports import Store
from flows.service import ConversationService
from flows.steps import Flow
from storage.memory import MemoryStore
from storage.migrate import upgrade_async
from storage.sql import SqlStore, make_engine

__all__ = ["App", "build_app"]


@dataclass(frozen=True)
class App:
    """Everything a runtime needs."""

    settings: Settings
    translator: Translator
    flow: Flow
    store: Store
    service: ConversationService

    async def close(self) -> None:
        """Release the store's connections."""
        await self.store.close()


async def build_app(settings: Settings, *, memory: bool = False) -> App:
    """Load catalogs, migrate the database (unless `memory`), wire the service."""
    translator = load_translator()
    flow = build_flow(translator.locales, month_names(translator.locales))
    store: Store
    if memory:
        store = MemoryStore()
    else:
        path = settings.sqlite_path()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        await upgrade_async(settings.database_url)
        store = SqlStore(make_engine(settings.database_url))
    default = settings.default_locale if settings.default_locale in translator.locales else "en"
    service = ConversationService(store, flow, default_locale=default)
    return App(settings, translator, flow, store, service)
