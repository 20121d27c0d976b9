"""Turning the bytes of a text file into text, with the encoding detected rather than assumed.

Order of trust: a byte-order mark; a UTF-16 NUL pattern; strict UTF-8; then Windows-1252 when
it reads as Western text (it is a superset of Latin-1's printable range, so Spanish files saved
by Word, Notepad or an old CMS come out with their accents and curly quotes); then
charset-normalizer's best guess for everything else.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from casefile.errors import UnreadableFileError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_WESTERN_EXTRA = set("áéíóúüñÁÉÍÓÚÜÑ¿¡àèìòùâêîôûäëïöçÀÈÌÒÙÂÊÎÔÛÄËÏÖÇºª°“”‘’«»–—…·€§©®")
_WESTERN_SHARE = 0.995
_MAX_CONTROL_SHARE = 0.001
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_SAMPLE_CHARS = 200_000  # enough to judge; scanning 20 MiB char by char is slow


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file's bytes; raise UnreadableFileError for binary or undecodable data."""
    return clean_text(_decode(data, name), name)


def clean_text(text: str, name: str) -> str:
    """Unix line ends, composed accents (NFC), no BOM; raise if it is really binary."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.removeprefix("\ufeff")
    if _looks_binary(text):
        raise UnreadableFileError(key="binary_file", name=name)
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise UnreadableFileError(
                    key="damaged_encoding", name=name, codec=codec.upper()
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise UnreadableFileError(key="binary_file", name=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise UnreadableFileError(key="unknown_encoding", name=name)
    return str(guess)


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 when NULs fall on one side of the byte pairs, as ASCII does."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    pairs = len(sample) // 2
    layouts = ((odd_nuls, even_nuls, "utf-16-le"), (even_nuls, odd_nuls, "utf-16-be"))
    for nuls, other, codec in layouts:
        if nuls >= pairs * 0.3 and other <= pairs * 0.02:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _western(data: bytes) -> str | None:
    """Windows-1252 text when nearly every character is one a Western-language article uses."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:_SAMPLE_CHARS]
    usual = sum(1 for char in sample if char.isascii() or char in _WESTERN_EXTRA)
    return text if usual >= len(sample) * _WESTERN_SHARE else None


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:_SAMPLE_CHARS]
    controls = sum(
        1
        for char in sample
        if unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") and char not in _ALLOWED_CONTROLS
    )
    return controls > max(1, len(sample) * _MAX_CONTROL_SHARE)
