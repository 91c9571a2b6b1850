"""SSML for one Azure synthesis request, with a pronunciation lexicon (pure logic).

:func:`build_ssml` wraps text in ``<speak>``/``<voice>`` with the voice's language, style
(``<mstts:express-as>``), prosody (rate/pitch/volume) and an optional ``<lexicon uri>``,
and replaces each lexicon term found in the text with ``<sub alias>`` or ``<phoneme>``.
Everything else is escaped (``& < > " '``), so text can never inject markup and a lexicon
entry can never be broken by the text around it; attribute values are escaped too.

:func:`build_ssml_mapped` also says which character of the text each SSML character came
from (:class:`MappedSsml`): the Speech SDK reports a word boundary's ``text_offset`` /
``word_length`` as a position in the SSML it was sent (it searches the word's text in the
document after the previous word, outside tags; ``-1`` when not found, e.g. for text that
was escaped), and the TTS service maps that back to the text it spoke.

A lexicon is plain data so any source can provide it (a prompt's pronunciation section, a
YAML file): a mapping ``term → alias`` (said as the alias) or a sequence of
:class:`LexiconEntry` (alias, or phoneme + alphabet). Terms match whole words, longest
first, case-sensitively unless ``ignore_case`` (then terms that differ only in case are one
term: the first entry is said, as in the prompt's lexicon); a vowel sign continues a word, as in the
prompt's own lexicon (one rule: :mod:`..base.whole_words`); terms and text compare
NFC-normalised (फ़ typed as U+095E or as फ + nukta is one letter), the text sent as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from pipecat_rt_best.base.phonemes import PHONEME_ALPHABETS, ipa_problem
from pipecat_rt_best.base.whole_words import term_index, whole_words
from pipecat_rt_best.base.xml_text import XML_INVALID, without_xml_invalid

__all__ = [
    "ALPHABETS",
    "LexiconEntry",
    "MappedSsml",
    "VoiceSettings",
    "build_ssml",
    "build_ssml_mapped",
    "escape_attr",
    "escape_text",
    "lexicon_entries",
    "mark_up",
]

ALPHABETS = PHONEME_ALPHABETS
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
_ESCAPE_RE = re.compile("[&<>\"']")


def escape_text(text: str) -> str:
    """``text`` with the five XML special characters escaped and the characters XML forbids
    dropped (:mod:`..base.xml_text`: one of them would make the whole request fail)."""
    return _ESCAPE_RE.sub(lambda m: _TEXT_ESCAPES[m.group(0)], without_xml_invalid(text))


def escape_attr(value: str) -> str:
    """An attribute value, escaped for a double-quoted attribute."""
    return escape_text(value)


@dataclass(frozen=True)
class LexiconEntry:
    """How to say ``term``: as ``alias`` (``<sub>``) or as ``phoneme`` in ``alphabet``."""

    term: str
    alias: str | None = None
    phoneme: str | None = None
    alphabet: str = "ipa"

    def __post_init__(self) -> None:
        if not self.term.strip():
            raise ValueError("a lexicon term must not be empty")
        if (self.alias is None) == (self.phoneme is None):
            raise ValueError(f"lexicon entry {self.term!r}: give exactly one of alias or phoneme")
        if self.alias is not None and not self.alias.strip():
            raise ValueError(f"lexicon entry {self.term!r}: the alias is empty")
        if self.phoneme is not None and not self.phoneme.strip():
            raise ValueError(f"lexicon entry {self.term!r}: the phoneme is empty")
        if self.alphabet not in ALPHABETS:
            raise ValueError(
                f"lexicon entry {self.term!r}: alphabet {self.alphabet!r} is not one of {ALPHABETS}"
            )
        if self.phoneme is not None and self.alphabet == "ipa":
            problem = ipa_problem(self.phoneme)  # Azure refuses the whole document
            if problem is not None:
                raise ValueError(f"lexicon entry {self.term!r}: phoneme {problem}")

    def markup(self, text: str) -> str:
        """The SSML element saying ``text`` (the term as it appeared) this way."""
        if self.alias is not None:
            return f'<sub alias="{escape_attr(self.alias)}">{escape_text(text)}</sub>'
        assert self.phoneme is not None
        return (
            f'<phoneme alphabet="{self.alphabet}" ph="{escape_attr(self.phoneme)}">'
            f"{escape_text(text)}</phoneme>"
        )


Lexicon = Mapping[str, str] | Iterable[LexiconEntry]


def lexicon_entries(lexicon: Lexicon | None) -> tuple[LexiconEntry, ...]:
    """Normalize a lexicon: a ``term → alias`` mapping or :class:`LexiconEntry` items."""
    if lexicon is None:
        return ()
    if isinstance(lexicon, Mapping):
        return tuple(LexiconEntry(term, alias=alias) for term, alias in lexicon.items())
    entries = tuple(lexicon)
    for e in entries:
        if not isinstance(e, LexiconEntry):
            raise TypeError(f"lexicon items must be LexiconEntry, got {type(e).__name__}")
    return entries


@dataclass(frozen=True)
class VoiceSettings:
    """The voice and how it speaks; ``None`` leaves a setting to the voice's default."""

    voice: str
    language: str = "en-US"
    style: str | None = None
    style_degree: str | None = None
    role: str | None = None
    rate: str | None = None
    pitch: str | None = None
    volume: str | None = None
    effect: str | None = None
    lexicon_uri: str | None = None
    voice_parameters: str | None = None
    """The voice element's ``parameters`` (e.g. an HD voice's ``temperature=0.7``)."""
    force_locale: bool = False
    """Wrap the text in ``<lang xml:lang=language>``: a multilingual voice speaks
    ``language`` instead of guessing it from the text."""
    emphasis: str | None = None
    """``<emphasis level=…>`` around the text (``strong``, ``moderate``, ``reduced``)."""

    def __post_init__(self) -> None:
        if not self.voice.strip():
            raise ValueError("the voice name must not be empty")
        if not self.language.strip():
            raise ValueError("the language must not be empty")


def _escaped_mapped(text: str, start: int, out: list[str], pos: list[int]) -> None:
    """Append ``text`` escaped to ``out``; each output character's text index to ``pos``."""
    for i, ch in enumerate(text):
        piece = "" if XML_INVALID.match(ch) else _TEXT_ESCAPES.get(ch, ch)
        out.append(piece)
        pos.extend([start + i] * len(piece))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Unicode's stream-safe format allows 30 marks in a row; a longer run is no real text, and
# inside a cluster that long only its ends map (each inner position would normalise a prefix)
_CLUSTER_MAX = 32


def _nfc_clusters(text: str) -> Iterator[tuple[str, str]]:
    """``text`` cut where NFC does not reach across, each piece with its NFC form, so
    ``_nfc(text)`` is the forms joined. A cut goes before a starter (combining class 0)
    that NFC leaves as it is, unless that starter composes with the piece before it
    (Tamil ா after ெ, a Hangul vowel after its consonant): a starter blocks every mark after
    it from what precedes it, so only that one composition can cross the cut. One pass,
    normalising pieces and pairs of pieces, never the text's prefixes."""
    piece = composed = ""
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and (unicodedata.combining(text[i]) or _nfc(text[i]) != text[i]):
            continue
        part = text[start:i]
        start = i
        part_nfc = _nfc(part)
        if piece and _nfc(piece + part) != composed + part_nfc:  # part composes with piece
            piece += part
            composed = _nfc(piece)
            continue
        if piece:
            yield piece, composed
        piece, composed = part, part_nfc
    if piece:
        yield piece, composed


def _nfc_positions(text: str) -> tuple[str, dict[int, int]]:
    """``text`` NFC-normalised, and the positions in it that a position of ``text`` spells:
    ``k → i`` when ``_nfc(text[:i]) == norm[:k]`` (the smallest such ``i``): every cut
    between :func:`_nfc_clusters`' pieces, and inside a piece each prefix whose NFC begins
    the piece's NFC. Built once, in one pass over the pieces (linear in the text)."""
    out: list[str] = []
    at: dict[int, int] = {0: 0}
    n = t = 0
    for piece, composed in _nfc_clusters(text):
        if composed == piece:  # a prefix of NFC text is NFC: each position maps as it is
            at.update((n + j, t + j) for j in range(1, len(piece)))
        elif len(piece) <= _CLUSTER_MAX:
            for j in range(1, len(piece)):
                head = _nfc(piece[:j])
                if composed.startswith(head):
                    at.setdefault(n + len(head), t + j)
        out.append(composed)
        n += len(composed)
        t += len(piece)
        at.setdefault(n, t)
    return "".join(out), at


def _term_spans(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, int]]:
    """``(start, end, term index)`` of each term ``pattern`` finds in ``text`` NFC-normalised
    (a nukta letter matches however it was typed: U+095E is decomposed by NFC, so an NFC
    term never equals the precomposed text), as positions in ``text`` itself
    (:func:`_nfc_positions`, built once per text). A match whose edge falls inside a
    character NFC composed is skipped."""
    if _nfc(text) == text:
        for m in pattern.finditer(text):
            yield m.start(), m.end(), term_index(m)
        return
    norm, at = _nfc_positions(text)
    for m in pattern.finditer(norm):
        start, end = at.get(m.start()), at.get(m.end())
        if start is not None and end is not None:
            yield start, end, term_index(m)


def _mark_up_mapped(
    text: str, entries: Sequence[LexiconEntry], ignore_case: bool
) -> tuple[str, list[int]]:
    out: list[str] = []
    pos: list[int] = []
    if not entries:
        _escaped_mapped(text, 0, out, pos)
        return "".join(out), pos
    # one entry per term, the first one (as the prompt's own lexicon), found by index
    # (term_index); terms and text compare NFC-normalised, as the prompt's lexicon does
    by_term: dict[str, LexiconEntry] = {}
    for e in entries:
        by_term.setdefault(_nfc(e.term).casefold() if ignore_case else _nfc(e.term), e)
    unique = list(by_term.values())
    pattern = whole_words([_nfc(e.term) for e in unique], ignore_case=ignore_case)
    cursor = 0
    for start, end, index in _term_spans(text, pattern):
        _escaped_mapped(text[cursor:start], cursor, out, pos)
        found = text[start:end]  # as the text wrote it
        element = unique[index].markup(found)
        inner = escape_text(found)
        open_len = element.index(">") + 1  # the element's content follows its start tag
        pos.extend([-1] * open_len)
        _escaped_mapped(found, start, [], pos)
        pos.extend([-1] * (len(element) - open_len - len(inner)))
        out.append(element)
        cursor = end
    _escaped_mapped(text[cursor:], cursor, out, pos)
    return "".join(out), pos


def mark_up(text: str, entries: Sequence[LexiconEntry], *, ignore_case: bool = False) -> str:
    """``text`` escaped, with every lexicon term replaced by its element."""
    return _mark_up_mapped(text, entries, ignore_case)[0]


@dataclass(frozen=True)
class MappedSsml:
    """An SSML document and, for each of its characters, the text index it came from.

    ``positions[i]`` is the index in ``text`` of the character SSML character ``i``
    spells (an escape such as ``&amp;`` maps all its characters to the one it stands
    for, a lexicon term's content to the term), or ``-1`` for markup.
    """

    ssml: str
    text: str
    positions: tuple[int, ...]

    def text_span(self, offset: int, length: int) -> tuple[int, int] | None:
        """The span of ``text`` that SSML characters ``offset .. offset+length`` spell.

        None when the range is outside the document or holds no text (markup only):
        a word boundary whose ``text_offset`` is ``-1`` (the SDK did not find the word
        in the SSML) or points into a tag.
        """
        if offset < 0 or length <= 0 or offset >= len(self.positions):
            return None
        hit = [p for p in self.positions[offset : offset + length] if p >= 0]
        if not hit:
            return None
        return min(hit), max(hit) + 1


def build_ssml(
    text: str,
    voice: VoiceSettings,
    lexicon: Sequence[LexiconEntry] = (),
    *,
    ignore_case: bool = False,
) -> str:
    """A complete ``<speak>`` document saying ``text`` with ``voice`` and ``lexicon``."""
    return build_ssml_mapped(text, voice, lexicon, ignore_case=ignore_case).ssml


def build_ssml_mapped(
    text: str,
    voice: VoiceSettings,
    lexicon: Sequence[LexiconEntry] = (),
    *,
    ignore_case: bool = False,
) -> MappedSsml:
    """:func:`build_ssml`'s document with the text position of each character."""
    attrs = f'name="{escape_attr(voice.voice)}"'
    if voice.effect:
        attrs += f' effect="{escape_attr(voice.effect)}"'
    if voice.voice_parameters:
        attrs += f' parameters="{escape_attr(voice.voice_parameters)}"'
    parts = [
        '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" '
        'xmlns:mstts="http://www.w3.org/2001/mstts" '
        f'xml:lang="{escape_attr(voice.language)}"><voice {attrs}>'
    ]
    closing: list[str] = []
    if voice.lexicon_uri:
        parts.append(f'<lexicon uri="{escape_attr(voice.lexicon_uri)}"/>')
    if voice.force_locale:
        parts.append(f'<lang xml:lang="{escape_attr(voice.language)}">')
        closing.append("</lang>")
    if voice.style:
        style = f'<mstts:express-as style="{escape_attr(voice.style)}"'
        if voice.style_degree:
            style += f' styledegree="{escape_attr(voice.style_degree)}"'
        if voice.role:
            style += f' role="{escape_attr(voice.role)}"'
        parts.append(style + ">")
        closing.append("</mstts:express-as>")
    prosody = [
        f'{name}="{escape_attr(value)}"'
        for name, value in (("rate", voice.rate), ("pitch", voice.pitch), ("volume", voice.volume))
        if value
    ]
    if prosody:
        parts.append(f"<prosody {' '.join(prosody)}>")
        closing.append("</prosody>")
    if voice.emphasis:
        parts.append(f'<emphasis level="{escape_attr(voice.emphasis)}">')
        closing.append("</emphasis>")
    head = "".join(parts)
    body, body_pos = _mark_up_mapped(text, lexicon, ignore_case)
    tail = "".join(reversed(closing)) + "</voice></speak>"
    positions = (-1,) * len(head) + tuple(body_pos) + (-1,) * len(tail)
    return MappedSsml(head + body + tail, text, positions)
