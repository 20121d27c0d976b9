"""A plain HTML reader (stdlib only): page facts from meta tags, and text without markup.

It is linear in the size of the page whatever the nesting, so it is also the fallback when
trafilatura finds no article body (a browser selection, a page it cannot parse).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_ALWAYS_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
_CHROME = frozenset({"nav", "header", "footer", "aside", "form", "button", "menu", "dialog"})
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "section",
        "article",
        "main",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "hr",
        "address",
        "details",
        "summary",
        "caption",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BREAK = "\x00"  # a paragraph break, collapsed and turned into a blank line at the end


@dataclass
class PageFacts:
    """What a page says about itself in its markup."""

    meta: dict[str, str] = field(default_factory=dict)  # property/name/itemprop -> content
    canonical: str | None = None
    lang: str | None = None
    title: str | None = None
    time: str | None = None  # the first <time datetime="…">


class _PageParser(HTMLParser):
    def __init__(self, *, drop_chrome: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self.skipped = _ALWAYS_SKIPPED | (_CHROME if drop_chrome else frozenset())
        self.skip_stack: list[str] = []
        self.parts: list[str] = []
        self.title_parts: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._note_facts(tag, values)
        if tag in _VOID:
            if tag == "br" and not self.skip_stack:
                self.parts.append("\n")
            return
        if tag == "title":
            self.title_parts = []
        if tag == "body":
            self.skip_stack.clear()  # a <head> left open ends where the body begins
        if self.skip_stack or tag in self.skipped:
            self.skip_stack.append(tag)
        elif tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._note_facts(tag, values)
        if tag == "br" and not self.skip_stack:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.facts.title = self.facts.title or " ".join("".join(self.title_parts).split())
            self.title_parts = None
        if self.skip_stack:
            if tag in self.skip_stack:
                # close up to the matching start tag, as browsers do with unclosed children
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
        elif tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if not self.skip_stack:
            self.parts.append(data)

    def _note_facts(self, tag: str, values: dict[str, str]) -> None:
        facts = self.facts
        if tag == "html" and values.get("lang"):
            facts.lang = facts.lang or values["lang"]
        elif tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            content = values.get("content", "").strip()
            if key and content:
                facts.meta.setdefault(key.strip().lower(), content)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            facts.canonical = facts.canonical or values.get("href") or None
        elif tag == "time" and values.get("datetime"):
            facts.time = facts.time or values["datetime"]

    def text(self) -> str:
        raw = "".join(self.parts)
        paragraphs = []
        for block in raw.split(_BREAK):
            lines = (_SPACES.sub(" ", line).strip() for line in block.split("\n"))
            paragraph = "\n".join(line for line in lines if line)
            if paragraph:
                paragraphs.append(paragraph)
        return "\n\n".join(paragraphs)


def parse_page(html: str, *, drop_chrome: bool = True) -> tuple[PageFacts, str]:
    """The page's facts and its visible text (navigation, header, footer dropped if asked)."""
    parser = _PageParser(drop_chrome=drop_chrome)
    parser.feed(html.replace("\x00", ""))
    parser.close()
    return parser.facts, parser.text()
