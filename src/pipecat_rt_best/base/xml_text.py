"""Text that may go into an XML document (SSML) as it is written (pure).

XML 1.0 forbids most C0 control characters, lone surrogates and U+FFFE/U+FFFF outright; a voice
service refuses the whole request for one of them (Azure: "SSML is not well-formed", error
1007). A model's text can carry them (a terminal escape copied from a log, a form feed), so
every SSML writer drops them before escaping."""

from __future__ import annotations

import re

__all__ = ["XML_INVALID", "without_xml_invalid"]

XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""One character XML 1.0 does not allow (tab, newline and carriage return it does)."""


def without_xml_invalid(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return XML_INVALID.sub("", text)
