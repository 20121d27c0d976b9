"""Saved e-mails (.eml): the message as an article, and its attached articles beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import PurePath

from casefile.errors import UnreadableFileError
from casefile.ingest.dates import find_dateline, parse_date
from casefile.ingest.document import Document
from casefile.ingest.encoding import clean_text
from casefile.ingest.html_text import parse_page
from casefile.ingest.text import Known, assemble

ReadAttachment = Callable[[bytes, str], Document]

ATTACHMENT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})


def read_eml(data: bytes, name: str, read_attachment: ReadAttachment) -> Document:
    """An e-mail: body → text, Subject → title, Date → published, From → author.

    Attachments with an article suffix are read with ``read_attachment`` and returned in
    ``attachments``; an attachment that cannot be read is left out rather than failing
    the whole message. Attachments take the message's date only as the reference for a
    dateline without a year, since a forwarded article can be older than the e-mail.
    """
    try:
        message = message_from_bytes(data, policy=policy.default)
        if not isinstance(message, EmailMessage) or not message.keys():
            raise UnreadableFileError(key="eml_no_headers", name=name)
        subject = " ".join(str(message.get("Subject", "")).split()) or None
        sender = _sender(str(message.get("From", "")))
        sent = parse_date(str(message.get("Date", ""))) if message.get("Date") else None
        body = _body(message)
        parts = list(_article_attachments(message))
    except UnreadableFileError:
        raise
    except Exception as exc:  # malformed MIME raises assorted errors
        raise UnreadableFileError(key="eml_damaged", name=name, detail=type(exc).__name__) from exc
    attachments = [_attachment(part, filename, sent, read_attachment) for filename, part in parts]
    readable = [attachment for attachment in attachments if attachment is not None]
    if not body.strip():
        if not readable:
            raise UnreadableFileError(key="eml_empty", name=name)
        body = subject or name
    known = Known(title=subject, published=sent, author=sender)
    document = assemble(clean_text(body, name), name=name, content=data, suffix=".eml", known=known)
    document.attachments = readable
    return document


def _sender(value: str) -> str | None:
    display, address = parseaddr(value)
    return display.strip() or address.strip() or None


def _body(message: EmailMessage) -> str:
    """The plain-text body if there is one, else the HTML body as text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return parse_page(content, drop_chrome=False)[1]
    return content


def _article_attachments(message: EmailMessage) -> list[tuple[str, EmailMessage]]:
    found: list[tuple[str, EmailMessage]] = []
    for part in message.iter_attachments():
        filename = part.get_filename()
        suffix = PurePath(filename).suffix.lower() if filename else ""
        if isinstance(part, EmailMessage) and filename and suffix in ATTACHMENT_SUFFIXES:
            found.append((PurePath(filename).name, part))
    return found


def _attachment(
    part: EmailMessage, filename: str, sent: dt.date | None, read_attachment: ReadAttachment
) -> Document | None:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        return None
    try:
        document = read_attachment(payload, filename)
    except UnreadableFileError:
        return None
    if document.published is None and sent is not None:
        dateline = find_dateline(document.text, sent)
        document.published = dateline.date if dateline else None
    return document
