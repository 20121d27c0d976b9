"""Which outlet published an article: its masthead name from the site's host, or the host.

``outlets.tsv`` beside this module maps news sites' hosts to the name they print on their
masthead ("elpais.com → El País"). A subdomain of a listed host is the same outlet
(english.elpais.com, m.europapress.es); a host not listed is shown as its registered domain
("www.example-news.mx" → "example-news.mx"), public suffixes such as .com.mx kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlsplit

# tld carries the Public Suffix List in the package (it comes with trafilatura through
# courlan); get_tld reads that copy and never fetches a newer one unless asked to.
from tld import get_tld

from casefile.folding import name_key

_TABLE_FILE = "outlets.tsv"
# Newspaper kiosks that serve many publications from one host; the publication's slug is
# the second part of the path (pressreader.com/<country>/<publication>/<date>/<id>).
_KIOSKS = frozenset({"pressreader.com"})
# Archives that keep a page under its original address, which is what names the outlet.
_ARCHIVED = re.compile(r"https?:/{1,2}([^/?#\s]+\.[a-z]{2,}\S*)", re.IGNORECASE)
_ARCHIVES = frozenset({"web.archive.org", "archive.org", "archive.ph", "archive.today"})
_SERVICE_LABELS = frozenset({"www", "www1", "www2", "www3", "m", "mobile", "amp", "dev"})
_MASTHEAD_LINES = 3


@dataclass(frozen=True)
class OutletTable:
    """Outlets by host, and by their name folded (to recognise a masthead line)."""

    by_host: dict[str, str]
    by_name: dict[str, str]


@cache
def outlet_table() -> OutletTable:
    """The shipped table, read once."""
    text = resources.files("casefile.ingest").joinpath(_TABLE_FILE).read_text(encoding="utf-8")
    by_host: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        host, _, name = line.partition("\t")
        by_host.setdefault(host.strip().lower(), name.strip())
    by_name = {name_key(name): name for name in by_host.values()}
    return OutletTable(by_host, by_name)


def find_outlet(
    url: str | None, *, site_name: str | None = None, lines: Sequence[str] = ()
) -> str | None:
    """The outlet that published an article, by the best evidence there is.

    In order: the table's name for the URL's host (or a kiosk's publication), the page's
    own ``site_name`` (og:site_name), the URL's registered domain, and last, for a text
    without a URL, a listed outlet's name standing alone on one of its first ``lines``.
    """
    host, path = _host_and_path(url)
    if host in _ARCHIVES or _registered(host) in _ARCHIVES:
        original = _ARCHIVED.search(path)
        if original:
            host, path = _host_and_path("https://" + original.group(1))
    if host:
        named = known_outlet(host)
        if named is None and _registered(host) in _KIOSKS:
            named = _kiosk_publication(path, lines)
        if named:
            return named
    if site_name:
        return " ".join(site_name.split())
    if host:
        return registered_domain(host)
    return masthead_outlet(lines)


def site_domain(url: str | None) -> str | None:
    """The registered domain of ``url``'s host, or None when it has no host."""
    host = _host_and_path(url)[0]
    return registered_domain(host) if host else None


def known_outlet(host: str) -> str | None:
    """The table's name for ``host`` or the nearest listed domain above it."""
    table = outlet_table().by_host
    labels = host.lower().rstrip(".").split(".")
    for start in range(len(labels) - 1):
        name = table.get(".".join(labels[start:]))
        if name:
            return name
    return None


def registered_domain(host: str) -> str | None:
    """The domain a site registered ("example-news.mx", "thestar.com.my"), as printed."""
    host = host.lower().rstrip(".")
    registered = _registered(host)
    if registered:
        return registered
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in _SERVICE_LABELS:
        labels = labels[1:]
    # A suffix the list does not know (".example", an intranet name): the last two labels.
    return ".".join(labels[-2:]) if len(labels) >= 2 else None


def masthead_outlet(lines: Sequence[str]) -> str | None:
    """A listed outlet's name standing alone on one of the first lines, as a masthead does."""
    by_name = outlet_table().by_name
    for line in lines[:_MASTHEAD_LINES]:
        name = by_name.get(name_key(line))
        if name:
            return name
    return None


def _host_and_path(url: str | None) -> tuple[str, str]:
    if not url:
        return "", ""
    address = url.strip()
    if "://" not in address:
        address = "http://" + address
    try:
        parts = urlsplit(address)
        host = (parts.hostname or "").lower()
    except ValueError:  # a malformed port or bracket: no host to read
        return "", ""
    return host, parts.path


def _registered(host: str) -> str | None:
    found = get_tld(host, as_object=True, fail_silently=True, fix_protocol=True)
    fld = getattr(found, "fld", None)
    return fld if isinstance(fld, str) else None


def _kiosk_publication(path: str, lines: Sequence[str]) -> str | None:
    """The publication a kiosk URL names, spelled as its masthead line or the table spell it."""
    parts = [part for part in path.split("/") if part]
    if len(parts) < 2 or not re.search(r"[a-z]", parts[1], re.IGNORECASE):
        return None
    slug = unquote(parts[1])
    key = name_key(slug)
    for line in lines[:_MASTHEAD_LINES]:
        if name_key(line) == key:
            return " ".join(line.split())
    return outlet_table().by_name.get(key) or " ".join(
        word.capitalize() for word in re.split(r"[-_]+", slug) if word
    )
