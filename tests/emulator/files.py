"""Files: resolving ``InputFile`` parameters, and the objects media messages carry."""

from __future__ import annotations

import mimetypes
import struct
from typing import Any

from tests.emulator.errors import bad_request
from tests.emulator.params import Params, UploadedFile
from tests.emulator.state import State, StoredFile

UPLOAD_LIMIT = 50 * 1024 * 1024
DOWNLOAD_LIMIT = 20 * 1024 * 1024
THUMBNAIL_SIDE = 90


def image_size(content: bytes) -> tuple[int, int] | None:
    """Return (width, height) of a PNG, GIF, JPEG or WebP image, else None."""
    if content.startswith(b"\x89PNG\r\n\x1a\n") and len(content) >= 24:
        width, height = struct.unpack(">II", content[16:24])
        return int(width), int(height)
    if content[:6] in {b"GIF87a", b"GIF89a"} and len(content) >= 10:
        width, height = struct.unpack("<HH", content[6:10])
        return int(width), int(height)
    if content.startswith(b"RIFF") and content[8:12] == b"WEBP" and len(content) >= 30:
        if content[12:16] == b"VP8X":
            return 1 + int.from_bytes(content[24:27], "little"), 1 + int.from_bytes(
                content[27:30], "little"
            )
        return 512, 512  # simple WebP: dimensions are not worth decoding here
    if content.startswith(b"\xff\xd8"):
        return _jpeg_size(content)
    return None


def _jpeg_size(content: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 9 < len(content):
        if content[index] != 0xFF:
            return None
        marker = content[index + 1]
        length = int.from_bytes(content[index + 2 : index + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in {0xC4, 0xC8, 0xCC}:
            height, width = struct.unpack(">HH", content[index + 5 : index + 9])
            return int(width), int(height)
        index += 2 + length
    return None


def _upload_for(params: Params, field: str) -> UploadedFile | str | None:
    if field in params.files:
        return params.files[field]
    value = params.opt_str(field)
    if value and value.startswith("attach://"):
        name = value.removeprefix("attach://")
        if name not in params.files:
            raise bad_request(f"file attach://{name} not found in the request")
        return params.files[name]
    return value


def _store_upload(state: State, upload: UploadedFile, kind: str) -> StoredFile:
    if not upload.content:
        raise bad_request("file must be non-empty")
    if len(upload.content) > UPLOAD_LIMIT:
        raise bad_request("file is too big")
    mime = mimetypes.guess_type(upload.file_name)[0] or upload.content_type
    stored = state.add_file(upload.content, kind=kind, file_name=upload.file_name, mime_type=mime)
    if kind == "photo":
        stored.sizes = photo_sizes(state, stored)
    return stored


def input_file(state: State, params: Params, field: str, kind: str) -> StoredFile:
    """Resolve an InputFile parameter: upload, ``attach://`` part, or existing file_id."""
    value = _upload_for(params, field)
    if value is None or value == "":
        raise bad_request(f"there is no {field} in the request")
    if isinstance(value, UploadedFile):
        return _store_upload(state, value, kind)
    if value.startswith(("http://", "https://")):
        raise bad_request("failed to get HTTP URL content")
    stored = state.files.get(value)
    if stored is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    if (stored.kind == "photo") != (kind == "photo"):
        raise bad_request("type of file mismatch")
    return stored


def media_item_file(state: State, params: Params, item: dict[str, Any]) -> StoredFile:
    """Resolve the ``media`` field of one InputMedia item of sendMediaGroup."""
    kind = "photo" if item.get("type") == "photo" else "document"
    return input_file(state, Params({"media": item.get("media")}, params.files), "media", kind)


def photo_sizes(state: State, original: StoredFile) -> list[dict[str, Any]]:
    """Make the PhotoSize list of an uploaded photo (a thumbnail, then the full size)."""
    size = image_size(original.content)
    if size is None:
        raise bad_request("IMAGE_PROCESS_FAILED")
    width, height = size
    if width + height > 10000 or max(width, height) > 20 * min(width, height):
        raise bad_request("PHOTO_INVALID_DIMENSIONS")
    sizes = []
    scale = THUMBNAIL_SIDE / max(width, height)
    if scale < 1:
        thumb = state.add_file(original.content, kind="photo", mime_type=original.mime_type)
        sizes.append(
            _photo_size(thumb, max(1, round(width * scale)), max(1, round(height * scale)))
        )
        thumb.sizes = sizes
    sizes.append(_photo_size(original, width, height))
    return sizes


def _photo_size(stored: StoredFile, width: int, height: int) -> dict[str, Any]:
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
        "width": width,
        "height": height,
    }


def document_object(stored: StoredFile) -> dict[str, Any]:
    """Return the Bot API ``Document`` object of a stored file."""
    document: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
    }
    if stored.file_name:
        document["file_name"] = stored.file_name
    if stored.mime_type:
        document["mime_type"] = stored.mime_type
    return document


def media_content(stored: StoredFile) -> dict[str, Any]:
    """Return the message fields that show a stored file (``photo`` or ``document``)."""
    if stored.kind == "photo":
        return {"photo": stored.sizes}
    return {"document": document_object(stored)}
