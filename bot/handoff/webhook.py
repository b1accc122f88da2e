"""The optional signed JSON webhook for each submitted case.

The body is the case summary as JSON; the header ``X-Intakebot-Signature``
is ``sha256=<hex>``, the HMAC-SHA256 of the exact body bytes under
HANDOFF_WEBHOOK_SECRET. The receiver recomputes it to check the sender.
Failures raise `Transient`, so the outbox row is retried.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

import aiohttp

from bot.telegram.delivery import Transient

__all__ = ["SIGNATURE_HEADER", "post_case", "sign"]

SIGNATURE_HEADER = "X-Intakebot-Signature"


def sign(body: bytes, secret: str) -> str:
    """The signature header value for `body`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def post_case(url: str, secret: str, case_id: int, snapshot: Mapping[str, Any]) -> None:
    """POST one case; raises Transient unless the receiver answers 2xx."""
    document = {"case": case_id, **{k: v for k, v in snapshot.items() if k != "card"}}
    body = json.dumps(document, ensure_ascii=False, sort_keys=True, default=str).encode()
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, secret)}
    try:
        timeout = aiohttp.ClientTimeout(total=15)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(url, data=body, headers=headers) as response,
        ):
            if response.status // 100 != 2:
                raise Transient(f"webhook answered {response.status}")
    except (aiohttp.ClientError, TimeoutError) as error:
        raise Transient(f"webhook failed: {type(error).__name__}") from None
