"""Shared helpers for the number-normalizer tests: the hand-written case tables."""

from __future__ import annotations

import unicodedata
from pathlib import Path

HERE = Path(__file__).parent


def load_cases(name: str, with_lang: bool = False) -> list[tuple[str, str, str, str]]:
    """(lang, category, input, expected) rows of a ``category | input | expected`` file."""
    rows = []
    for lineno, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(" | ")
        expected_parts = 4 if with_lang else 3
        assert len(parts) == expected_parts, f"{name}:{lineno}: malformed line {line!r}"
        if not with_lang:
            parts = ["", *parts]
        rows.append((parts[0], parts[1], parts[2], parts[3]))
    return rows


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
