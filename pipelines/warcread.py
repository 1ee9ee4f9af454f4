"""Reading the raw archive: WARC files (ISO 28500) read back offline.

Pure functions that need no crawler (``pipelines`` and the CLI use them; the
Scrapy-side writer is :mod:`crawler.warc`): :func:`read_record` (one record by
file and offset), :func:`read_response` and :func:`iter_responses` (every HTTP
response of any WARC, gzipped or not, including files made by ``wget
--warc-file`` or other tools).  Bodies come back as the client saw them: chunked
transfer and ``Content-Encoding`` (gzip, deflate, br) undone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: ``WARC-Type`` values that carry an HTTP response.
RESPONSE_TYPES = ("response",)


@dataclass(frozen=True)
class WarcResponse:
    """One HTTP response read from a WARC file."""

    #: ``WARC-Target-URI``.
    url: str
    #: HTTP status code.
    status: int | None
    #: Response headers, names lower-cased, repeated names joined with ``", "``.
    headers: dict[str, str]
    #: Payload as the client saw it (chunking and Content-Encoding undone).
    body: bytes
    #: ``WARC-Date`` (UTC), None when missing or unreadable.
    date: datetime | None
    #: Byte offset of the record in its file (gzip member start when gzipped).
    offset: int


def _headers_dict(http_headers: StatusAndHeaders | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if http_headers is None:
        return out
    for name, value in http_headers.headers:
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)
    except ValueError:
        return None


def _to_response(record: Any, offset: int | None, records: ArchiveIterator | None = None) -> WarcResponse:
    """``offset`` or, when None, the one ``records`` reports (it must be asked
    after the payload is read: warcio consumes the record to compute it)."""
    body = record.content_stream().read()
    if offset is None:
        assert records is not None
        offset = records.get_record_offset()
    status = None
    if record.http_headers is not None:
        try:
            status = int(record.http_headers.get_statuscode())
        except (TypeError, ValueError):
            status = None
    return WarcResponse(
        # WARC/1.0 examples wrapped the URI in <>; some tools still do.
        url=(record.rec_headers.get_header("WARC-Target-URI") or "").strip("<>"),
        status=status,
        headers=_headers_dict(record.http_headers),
        body=body,
        date=_warc_date(record.rec_headers.get_header("WARC-Date")),
        offset=offset,
    )


def iter_responses(path: str | os.PathLike[str]) -> Iterator[WarcResponse]:
    """Every HTTP response record of a WARC file (``.warc`` or ``.warc.gz``),
    in file order; other record types (warcinfo, request, metadata, resource,
    revisit) are skipped."""
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type not in RESPONSE_TYPES or record.http_headers is None:
                continue
            yield _to_response(record, None, records)


def read_response(warc_dir: str | os.PathLike[str], filename: str, offset: int) -> WarcResponse:
    """The response record at ``offset`` of ``warc_dir/filename``.

    Raises ``FileNotFoundError`` when the file is missing and ``ValueError``
    when no response record starts at ``offset``.
    """
    path = Path(warc_dir) / filename
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_type not in RESPONSE_TYPES:
                break
            return _to_response(record, offset)
    raise ValueError(f"no WARC response record at {filename}:{offset}")


def read_record(warc_dir: str | os.PathLike[str], filename: str, offset: int) -> tuple[str, dict[str, str], bytes]:
    """``(url, headers, body)`` of the response record at ``offset``; see :func:`read_response`."""
    resp = read_response(warc_dir, filename, offset)
    return resp.url, resp.headers, resp.body


def copy_record(warc_dir: str | os.PathLike[str], filename: str, offset: int, writer: WARCWriter) -> None:
    """Write the record at ``offset`` of ``warc_dir/filename`` to ``writer``
    unchanged in content (headers, payload and digests; gzip per record)."""
    with open(Path(warc_dir) / filename, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            writer.write_record(record)
            return
    raise ValueError(f"no WARC record at {filename}:{offset}")
