"""The HTTP face of the emulator: Bot API routes, file downloads, call recording."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiohttp import web

from tests.emulator.errors import ApiError
from tests.emulator.faults import Faults, FloodControl
from tests.emulator.methods import BY_LOWER_NAME
from tests.emulator.params import Params, read_params
from tests.emulator.state import RecordedCall, State

MAX_REQUEST_BYTES = 60 * 1024 * 1024
NOT_FOUND = ApiError(404, "Not Found")
UNAUTHORIZED = ApiError(401, "Unauthorized")


class ApiServer:
    """Serves ``/bot{token}/{method}`` and ``/file/bot{token}/{path}`` on 127.0.0.1."""

    def __init__(self, state: State, faults: Faults, flood: FloodControl) -> None:
        self.state = state
        self.faults = faults
        self.flood = flood
        self.changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        state.updates.on_webhook_reply = self._webhook_reply

    def app(self) -> web.Application:
        """Build the aiohttp application."""
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        return app

    async def start(self) -> int:
        """Listen on 127.0.0.1 on a free port and return it."""
        self._runner = web.AppRunner(self.app(), shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self.port

    async def stop(self) -> None:
        """Stop listening; pending long polls end first."""
        await self.state.updates.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def record(self, call: RecordedCall) -> None:
        """Keep a call and wake anyone waiting for a change."""
        self.state.calls.append(call)
        self.changed.set()
        self.changed = asyncio.Event()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.state.token or self.state.logged_out:
            return self._answer(method, None, UNAUTHORIZED)
        known = BY_LOWER_NAME.get(method.lower())
        if known is None:
            return self._answer(method, None, NOT_FOUND)
        try:
            params = await read_params(request)
        except ApiError as error:
            return self._answer(known[0], None, error)
        return await self.execute(known[0], params)

    async def execute(self, method: str, params: Params) -> web.Response:
        """Run one method with fault injection, flood control and recording."""
        handler = BY_LOWER_NAME[method.lower()][1]
        injected = self.faults.take_failure(method, params.values)
        if injected is not None:
            return self._answer(method, params, injected, fault="injected")
        delay = self.faults.take_delay(method)
        if delay:
            await asyncio.sleep(delay)
        try:
            self.flood.check(method, params.values.get("chat_id"))
        except ApiError as error:
            return self._answer(method, params, error, fault="flood")
        try:
            result = await handler(self.state, params)
        except ApiError as error:
            return self._answer(method, params, error)
        call = RecordedCall(method, params.recorded(), True, None, 200, time.monotonic())
        call.result, call.uploads = result, params.files
        self.record(call)
        return web.json_response({"ok": True, "result": result})

    def _answer(
        self, method: str, params: Params | None, error: ApiError, fault: str | None = None
    ) -> web.Response:
        shown = params.recorded() if params else {}
        call = RecordedCall(
            method, shown, False, error.description, error.status, time.monotonic(), fault
        )
        call.uploads = params.files if params else {}
        self.record(call)
        return web.json_response(error.body(), status=error.status)

    async def _webhook_reply(self, reply: dict[str, Any]) -> None:
        method = str(reply.pop("method"))
        if method.lower() in BY_LOWER_NAME:
            await self.execute(BY_LOWER_NAME[method.lower()][0], Params(reply, {}))
        else:
            self._answer(method, Params(reply, {}), NOT_FOUND)

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.state.token:
            return web.json_response(UNAUTHORIZED.body(), status=401)
        stored = self.state.files_by_path.get(request.match_info["path"])
        if stored is None:
            return web.json_response(NOT_FOUND.body(), status=404)
        content_type = stored.mime_type or "application/octet-stream"
        return web.Response(body=stored.content, content_type=content_type)
