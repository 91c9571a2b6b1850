"""The emulator's SSML reader: validation as strict as the service's, and what gets spoken.

Pure logic (``xml.etree`` only). :func:`read_ssml` parses a ``speak`` document, rejects what
Azure rejects (not well-formed XML, no ``<voice>``, an unknown voice name, text outside a
voice, an unknown element, a ``<phoneme>`` without ``ph`` or with an unknown alphabet, a
``<sub>`` without ``alias``, a ``<lexicon>`` without ``uri``, a ``<prosody>`` without a
usable attribute, an ``<mstts:express-as>`` without ``style`` …) with :class:`SsmlError`,
and returns the :class:`SpokenPiece` sequence the audio renderer voices:

* plain text: one piece per whitespace-separated chunk, shown and spoken as written;
* ``<sub alias="A">W</sub>``: one piece shown as ``W`` (what a word boundary reports)
  but spoken as ``A`` (its duration follows ``A``);
* ``<phoneme ph="P">W</phoneme>``: shown as ``W``, its duration follows ``P``;
* ``<break time="300ms"/>``: silence; ``<prosody rate=…>``: every piece inside is
  stretched or squeezed by the rate.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Collection
from dataclasses import dataclass, field

__all__ = [
    "MSTTS_NS",
    "SSML_NS",
    "ParsedSsml",
    "SpokenPiece",
    "SsmlError",
    "parse_rate",
    "read_ssml",
    "text_pieces",
]

SSML_NS = "http://www.w3.org/2001/10/synthesis"
MSTTS_NS = "http://www.w3.org/2001/mstts"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_SSML_ELEMENTS = {
    "voice", "prosody", "phoneme", "sub", "lexicon", "break", "lang", "say-as", "emphasis",
    "s", "p", "bookmark", "audio",
}  # fmt: skip
_MSTTS_ELEMENTS = {"express-as", "silence", "backgroundaudio", "viseme"}
_ALPHABETS = {"ipa", "sapi", "ups", "x-sampa"}
_NAMED_RATES = {
    "x-slow": 0.5,
    "slow": 0.64,
    "medium": 1.0,
    "default": 1.0,
    "fast": 1.55,
    "x-fast": 2.0,
}
_BREAK_STRENGTH_MS = {
    "none": 0,
    "x-weak": 250,
    "weak": 500,
    "medium": 750,
    "strong": 1000,
    "x-strong": 1250,
}


class SsmlError(ValueError):
    """The document would be rejected by the service; the message says why."""


@dataclass(frozen=True)
class SpokenPiece:
    """One unit of speech: ``shown`` is what a word boundary reports, ``spoken`` what is said.

    ``silence_ms`` > 0 marks a pause (``<break>``) with no text.
    """

    shown: str
    spoken: str
    rate: float = 1.0
    silence_ms: float = 0.0


@dataclass
class ParsedSsml:
    """What a valid document asks for."""

    voices: list[str] = field(default_factory=list)
    language: str = ""
    pieces: list[SpokenPiece] = field(default_factory=list)
    lexicon_uris: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    phonemes: list[tuple[str, str, str]] = field(default_factory=list)  # (text, alphabet, ph)
    subs: list[tuple[str, str]] = field(default_factory=list)  # (text, alias)

    @property
    def spoken_text(self) -> str:
        """The words the voice says, in order (aliases substituted)."""
        return " ".join(p.spoken for p in self.pieces if p.spoken)

    @property
    def shown_text(self) -> str:
        return " ".join(p.shown for p in self.pieces if p.shown)


def parse_rate(value: str) -> float:
    """A ``<prosody rate>`` as a speed multiplier (``"+20%"`` → 1.2, ``"0.8"``, ``"fast"``)."""
    v = value.strip().lower()
    if v in _NAMED_RATES:
        return _NAMED_RATES[v]
    try:
        rate = 1.0 + float(v[:-1]) / 100.0 if v.endswith("%") else float(v)
    except ValueError:
        raise SsmlError(f"invalid prosody rate {value!r}") from None
    if not 0.5 <= rate <= 2.0 + 1e-9:
        raise SsmlError(f"prosody rate {value!r} is outside 0.5x..2x")
    return rate


def _duration_ms(value: str) -> float:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*", value)
    if not m:
        raise SsmlError(f"invalid break time {value!r}")
    ms = float(m.group(1)) * (1000.0 if m.group(2) == "s" else 1.0)
    if ms > 20_000:
        raise SsmlError(f"break time {value!r} is longer than 20 s")
    return ms


def text_pieces(text: str, rate: float = 1.0) -> list[SpokenPiece]:
    """Plain text as pieces: one per whitespace-separated chunk, shown and spoken as written."""
    return [SpokenPiece(chunk, chunk, rate) for chunk in text.split()]


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def read_ssml(
    ssml: str, *, known_voices: Collection[str], extra_voices: Collection[str] = ()
) -> ParsedSsml:
    """Validate ``ssml`` and return what it asks to speak (:class:`SsmlError` if invalid)."""
    try:
        root = ET.fromstring(ssml)
    except ET.ParseError as exc:
        raise SsmlError(f"SSML is not well-formed XML: {exc}") from None
    ns, name = _local(root.tag)
    if (ns, name) != (SSML_NS, "speak"):
        raise SsmlError(f"the root element must be <speak xmlns='{SSML_NS}'>, got <{name}>")
    if root.get("version") != "1.0":
        raise SsmlError("<speak> needs version='1.0'")
    parsed = ParsedSsml(language=root.get(_XML_LANG, ""))
    if not parsed.language:
        raise SsmlError("<speak> needs an xml:lang attribute")
    if (root.text or "").strip():
        raise SsmlError("text must be inside a <voice> element")
    voices = set(known_voices) | set(extra_voices)
    for child in root:
        cns, cname = _local(child.tag)
        if (cns, cname) != (SSML_NS, "voice"):
            raise SsmlError(f"<speak> may only contain <voice> elements, got <{cname}>")
        voice = child.get("name", "")
        if not voice:
            raise SsmlError("<voice> needs a name attribute")
        if voice not in voices:
            raise SsmlError(f"Unsupported voice {voice}.")
        parsed.voices.append(voice)
        _walk(child, parsed, rate=1.0, in_voice=True)
        if (child.tail or "").strip():
            raise SsmlError("text must be inside a <voice> element")
    if not parsed.voices:
        raise SsmlError("<speak> contains no <voice> element")
    return parsed


def _only_text(el: ET.Element, what: str) -> str:
    if len(el):
        raise SsmlError(f"<{what}> may only contain text")
    text = (el.text or "").strip()
    if not text:
        raise SsmlError(f"<{what}> is empty")
    return text


# what no IPA transcription holds: ASCII digits, upper-case letters, punctuation and symbols
# (IPA's own marks — ˈ ˌ ː . | — pass)
_NOT_IPA = re.compile(r"[0-9A-Z!\"#$%&'()*+,\-/:;<=>?@\[\\\]^_`{}~]")


def _walk(el: ET.Element, parsed: ParsedSsml, *, rate: float, in_voice: bool) -> None:
    parsed.pieces.extend(text_pieces(el.text or "", rate))
    for child in el:
        ns, name = _local(child.tag)
        known = (ns == SSML_NS and name in _SSML_ELEMENTS) or (
            ns == MSTTS_NS and name in _MSTTS_ELEMENTS
        )
        if not known:
            raise SsmlError(f"unknown SSML element <{name}> (namespace {ns or 'none'})")
        child_rate = rate
        if name == "voice":
            raise SsmlError("<voice> elements cannot be nested")
        if name == "phoneme":
            alphabet = child.get("alphabet", "")
            ph = child.get("ph", "")
            if alphabet not in _ALPHABETS:
                raise SsmlError(
                    f"<phoneme> alphabet {alphabet!r} is not one of {sorted(_ALPHABETS)}"
                )
            if not ph.strip():
                raise SsmlError("<phoneme> needs a ph attribute")
            if alphabet == "ipa" and _NOT_IPA.search(ph):
                # Azure: "If the specified string contains unrecognized phones, text to
                # speech rejects the entire SSML document"
                raise SsmlError(f"<phoneme> ph {ph!r} holds an unrecognized phone")
            text = _only_text(child, "phoneme")
            parsed.phonemes.append((text, alphabet, ph))
            parsed.pieces.append(SpokenPiece(text, ph, rate))
        elif name == "sub":
            alias = child.get("alias", "")
            if not alias.strip():
                raise SsmlError("<sub> needs an alias attribute")
            text = _only_text(child, "sub")
            parsed.subs.append((text, alias))
            parsed.pieces.append(SpokenPiece(text, alias, rate))
        elif name == "lexicon":
            uri = child.get("uri", "")
            if not uri:
                raise SsmlError("<lexicon> needs a uri attribute")
            if len(child) or (child.text or "").strip():
                raise SsmlError("<lexicon> must be empty")
            parsed.lexicon_uris.append(uri)
        elif name == "break":
            if child.get("time"):
                ms = _duration_ms(child.get("time", ""))
            else:
                strength = child.get("strength", "medium")
                if strength not in _BREAK_STRENGTH_MS:
                    raise SsmlError(f"invalid break strength {strength!r}")
                ms = _BREAK_STRENGTH_MS[strength]
            parsed.pieces.append(SpokenPiece("", "", rate, silence_ms=ms))
        elif name == "prosody":
            attrs = {
                k for k in child.attrib if k in {"rate", "pitch", "volume", "contour", "range"}
            }
            if not attrs:
                raise SsmlError("<prosody> needs rate, pitch, volume, contour or range")
            if "rate" in attrs:
                child_rate = rate * parse_rate(child.get("rate", ""))
            _walk(child, parsed, rate=child_rate, in_voice=in_voice)
        elif name == "express-as":
            style = child.get("style", "")
            if not style:
                raise SsmlError("<mstts:express-as> needs a style attribute")
            degree = child.get("styledegree")
            if degree is not None:
                try:
                    ok = 0.01 <= float(degree) <= 2.0
                except ValueError:
                    ok = False
                if not ok:
                    raise SsmlError(f"styledegree {degree!r} must be a number in 0.01..2")
            parsed.styles.append(style)
            _walk(child, parsed, rate=rate, in_voice=in_voice)
        elif name in {"silence", "bookmark", "viseme", "backgroundaudio", "audio"}:
            pass
        else:  # lang, say-as, emphasis, s, p: text containers
            _walk(child, parsed, rate=rate, in_voice=in_voice)
        parsed.pieces.extend(text_pieces(child.tail or "", rate))
