"""What names an article whose page gave no headline: its lead, the first sentence of its
own prose (a photo caption, a section name or a dateline is no lead), clipped at a word.

A file name means nothing to whoever reads a source list or a brief; the lead says what the
article is about, and the analyst can retitle the source at any time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casefile.extract.captions import CaptionProposal, propose_captions
from casefile.extract.events import split_sentences
from casefile.ingest.dates import without_dateline
from casefile.ingest.metadata import is_page_prompt

LEAD_CHARS = 110
_MIN_WORDS = 6  # fewer is a section name, a dateline or a button, not a sentence of prose


_HASHTAG = re.compile(r"#\w+")


def lead_of(text: str, captions: Sequence[CaptionProposal] | None = None) -> str:
    """The article's first sentence of prose, clipped to ``LEAD_CHARS``; "" when it has none.

    ``captions`` are the text's proposed captions when the caller has them already.
    """
    found = propose_captions(text) if captions is None else captions
    spans = [(caption.start, caption.end) for caption in found]
    for start, end in split_sentences(text):
        if any(low <= start < high for low, high in spans):
            continue
        lead = " ".join(w for w in text[start:end].split() if not _HASHTAG.fullmatch(w))
        lead = lead.rstrip(".")  # "#VIDEO #FOTOS X y Y sostienen reunión #7Ene": the words only
        lead = without_dateline(lead)  # "MADRID, 30 Dic. 2025 (Europa Press) - El presidente…"
        if len(lead.split()) < _MIN_WORDS or is_page_prompt(lead):
            continue  # too short for prose, or "Get real time updates…, subscribe now"
        if lead[:1] in '“«"' and not any(mark in lead[1:] for mark in '”»"'):
            lead = lead[1:]  # a quotation running past the first sentence: no lone mark
        return clipped(lead)
    return ""


def clipped(text: str) -> str:
    """``text`` cut at a word to at most ``LEAD_CHARS``, with "…" where it was cut."""
    if len(text) <= LEAD_CHARS:
        return text
    return text[: LEAD_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
