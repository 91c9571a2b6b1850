"""The Reference Pronunciations as an Azure TTS lexicon: one mapping, two consumers (pure).

The prompt tells the model how to say a term; the same :class:`~.model.Pronunciation`
list tells the TTS voice, as SSML inside ``<voice>``::

    <sub alias="Tek Nest">TechNest</sub>                       (spoken form)
    <phoneme alphabet="ipa" ph="səɦjoːɡ">Sahyog</phoneme>      (when a phoneme is given)

>>> lexicon = PronunciationLexicon([Pronunciation("TechNest", "Tek Nest")])
>>> lexicon.to_ssml("Welcome to TechNest & co <3")
'Welcome to <sub alias="Tek Nest">TechNest</sub> &amp; co &lt;3'

:meth:`PronunciationLexicon.to_ssml` returns an SSML *fragment* with the text already
escaped; put it inside ``<voice>`` as it is (escaping it again would make the voice read
"amp"). The text is NFC-normalised first, as the terms are (a nukta letter matches however
it was typed). Terms match whole words only, case-insensitively by default; a longer term wins
over a shorter one it contains ("TechNest Pro" before "TechNest"). Word boundaries
understand Indic scripts (a vowel sign continues a word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from pipecat_rt_best.base import phonemes
from pipecat_rt_best.base.phonemes import ipa_problem
from pipecat_rt_best.base.whole_words import term_index, whole_words
from pipecat_rt_best.base.xml_text import without_xml_invalid
from pipecat_rt_best.realtime_prompt.model import (
    LoadedPrompt,
    Pronunciation,
    RealtimePrompt,
    as_prompt,
)

__all__ = [
    "PHONEME_ALPHABETS",
    "LexiconEntry",
    "PronunciationLexicon",
    "escape_ssml_text",
    "ssml_lexicon_entries",
]

PHONEME_ALPHABETS = frozenset(phonemes.PHONEME_ALPHABETS)
"""The phonetic alphabets Azure TTS's ``<phoneme>`` accepts."""


def escape_ssml_text(text: str) -> str:
    """``text`` safe as SSML element content: ``& < >`` escaped, XML-invalid characters dropped."""
    text = without_xml_invalid(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    return escape_ssml_text(value).replace('"', "&quot;")


@dataclass(frozen=True)
class LexiconEntry:
    """One term's SSML: ``<sub alias>`` or ``<phoneme alphabet ph>`` around the term as written."""

    term: str
    alias: str | None = None
    alphabet: str | None = None
    phoneme: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "term", unicodedata.normalize("NFC", self.term))
        if not self.term.strip():
            raise ValueError("a lexicon term must not be empty")
        if self.phoneme is not None:
            if self.alphabet not in PHONEME_ALPHABETS:
                raise ValueError(
                    f"{self.term!r}: phoneme alphabet must be one of {sorted(PHONEME_ALPHABETS)}, "
                    f"not {self.alphabet!r}"
                )
            problem = ipa_problem(self.phoneme) if self.alphabet == "ipa" else None
            if problem is not None:  # Azure would refuse every sentence with the term
                raise ValueError(f"{self.term!r}: phoneme {problem}")
        elif not (self.alias or "").strip():
            raise ValueError(f"{self.term!r}: needs a spoken alias or a phoneme")

    def as_dict(self) -> dict[str, str]:
        """The entry as plain data, unset fields left out — e.g. for practice 4's
        ``azure_tts.ssml.LexiconEntry(**entry.as_dict())``."""
        fields = {"term": self.term, "alias": self.alias}
        if self.phoneme is not None:
            fields = {"term": self.term, "phoneme": self.phoneme, "alphabet": self.alphabet}
        return {k: v for k, v in fields.items() if v is not None}

    @property
    def kind(self) -> str:
        return "phoneme" if self.phoneme is not None else "sub"

    def ssml(self, written: str | None = None) -> str:
        """The SSML for the term as it was ``written`` in the text (default: ``term``)."""
        shown = escape_ssml_text(self.term if written is None else written)
        if self.phoneme is not None:
            return f'<phoneme alphabet="{_attr(self.alphabet or "")}" ph="{_attr(self.phoneme)}">{shown}</phoneme>'
        return f'<sub alias="{_attr(self.alias or "")}">{shown}</sub>'


def ssml_lexicon_entries(
    pronunciations: Iterable[Pronunciation] | RealtimePrompt | LoadedPrompt,
) -> list[LexiconEntry]:
    """A lexicon entry per pronunciation (a phoneme when given, else the spoken form as alias);
    a prompt (or a loaded one) gives its Reference Pronunciations."""
    items = (
        as_prompt(pronunciations).pronunciations
        if isinstance(pronunciations, RealtimePrompt | LoadedPrompt)
        else pronunciations
    )
    return [
        LexiconEntry(p.term, alias=p.spoken, alphabet=p.alphabet, phoneme=p.phoneme)
        if p.phoneme is not None
        else LexiconEntry(p.term, alias=p.spoken)
        for p in items
    ]


class PronunciationLexicon:
    """Applies the pronunciations to text on its way to an Azure voice."""

    def __init__(
        self,
        pronunciations: Iterable[Pronunciation] | RealtimePrompt | LoadedPrompt,
        *,
        case_sensitive: bool = False,
    ) -> None:
        self.entries = ssml_lexicon_entries(pronunciations)
        by_key: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            key = entry.term if case_sensitive else entry.term.casefold()
            by_key.setdefault(key, entry)  # the first one wins
        self._by_index = list(by_key.values())  # whole_words' term_index -> entry
        self._pattern: re.Pattern[str] | None = None
        if self._by_index:
            self._pattern = whole_words(
                [e.term for e in self._by_index], ignore_case=not case_sensitive
            )

    def __len__(self) -> int:
        return len(self.entries)

    def to_ssml(self, text: str) -> str:
        """``text`` (NFC-normalised) as an escaped SSML fragment with every known term wrapped."""
        text = unicodedata.normalize("NFC", text)
        if self._pattern is None:
            return escape_ssml_text(text)
        out: list[str] = []
        pos = 0
        for match in self._pattern.finditer(text):
            out.append(escape_ssml_text(text[pos : match.start()]))
            written = match.group(0)
            out.append(self._by_index[term_index(match)].ssml(written))
            pos = match.end()
        out.append(escape_ssml_text(text[pos:]))
        return "".join(out)

    def terms_in(self, text: str) -> list[str]:
        """The terms found in ``text`` (NFC-normalised), in order (as written there)."""
        if self._pattern is None:
            return []
        return [m.group(0) for m in self._pattern.finditer(unicodedata.normalize("NFC", text))]
