"""Load and save structured prompts as YAML or JSON, remembering where each field was (pure).

Every field's file line is kept (from PyYAML's node marks; JSON is read by the same
composer after :mod:`json` has checked it), so a mistake is reported as one line naming
the file, the line and the field::

    technest.yaml:41: states[2].transitions[0].next_step (state '3_verify_phone'):
    expected a string, got a list

A file is either a mapping of sections (``personality``, ``context``, ``pronunciations``,
``instructions``, ``states`` and the optional ones; the markdown headings work as keys
too: ``Personality and Tone``, ``Conversation States`` ...) or a bare list of states, the
format the seed publishes inside its prompts.

Every string read is Unicode NFC-normalised (a nukta letter typed precomposed, U+095E फ़,
and as फ + nukta become one), and state ids, ``next_step`` values and pronunciation terms
lose their leading and trailing whitespace (:func:`~.model.canonical_name`), so names
compare as they look.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml

from pipecat_rt_best.indic_numbers.options import resolve_lang
from pipecat_rt_best.realtime_prompt.lexicon import ssml_lexicon_entries
from pipecat_rt_best.realtime_prompt.model import (
    PERSONALITY_FIELDS,
    ContextValue,
    ConversationState,
    FieldPath,
    LoadedPrompt,
    Personality,
    Pronunciation,
    RealtimePrompt,
    ToolSpec,
    Transition,
    as_prompt,
    canonical_name,
)

__all__ = [
    "FieldPath",
    "LoadedPrompt",
    "PromptFileError",
    "dump_prompt",
    "format_path",
    "load_prompt",
    "loads_prompt",
    "prompt_from_data",
    "prompt_to_data",
    "save_prompt",
]

T = TypeVar("T")


EXAMPLES = Path(__file__).resolve().parent / "examples"
"""The example prompts that ship with the pack (and that the sample bots and ``simulate`` run):
``tech_support_technest.yaml`` (an English IT-support agent) and ``hindi_loan_collection.yaml``
(a Hindi EMI reminder)."""


def example_prompt_path(name: str) -> Path:
    """The path of the shipped example prompt ``name`` (e.g. ``"hindi_loan_collection.yaml"``);
    a name that is not one of them is a ``FileNotFoundError`` listing those there are."""
    path = EXAMPLES / name
    if not path.is_file():
        there = ", ".join(sorted(p.name for p in EXAMPLES.glob("*.yaml")))
        raise FileNotFoundError(f"no example prompt {name!r}; the pack ships {there}")
    return path


def format_path(path: FieldPath) -> str:
    """``("states", 2, "transitions", 0)`` → ``states[2].transitions[0]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(top level)"


class PromptFileError(ValueError):
    """A prompt file that cannot be read: syntax, a wrong type, a missing or unknown key.

    ``str()`` is one line: ``FILE:LINE: field: problem``.
    """

    def __init__(
        self, problem: str, *, source: str = "", line: int | None = None, field: str = ""
    ) -> None:
        self.problem = problem
        self.source = source
        self.line = line
        self.field = field
        where = ":".join(str(x) for x in (source, line) if x not in ("", None))
        text = f"{field}: {problem}" if field else problem
        super().__init__(f"{where}: {text}" if where else text)


class _DuplicateKey(PromptFileError):
    """A key given twice in one mapping (JSON's reader would keep the last one silently)."""


# -- located data: YAML nodes → Python values that remember their lines ---------------


class _LocDict(dict[Any, Any]):
    line: int | None = None
    key_lines: dict[Any, int]


class _LocList(list[Any]):
    line: int | None = None
    item_lines: list[int]


MAX_ALIAS_COPIES = 100_000
"""How many values a prompt file's YAML aliases (``*name``) may copy in all. Each alias is
read as a copy of what it names (every copy keeps its own lines for the error messages),
so aliases of aliases multiply: a prompt sharing a block of transitions among its states
copies hundreds of values, while 400 bytes of nested aliases ("billion laughs": 7 levels of
10) would copy 10^7, minutes and gigabytes, and one more level ten times that."""


class _Copies:
    """The nodes :func:`_from_node` has read in one document, and how many it read again
    (through an alias)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.count = 0
        self.pairs: dict[int, list[tuple[yaml.Node, yaml.Node, bool]]] = {}  # _pairs, per node

    def visit(self, node: yaml.Node, source: str, line: int) -> None:
        if id(node) not in self.seen:
            self.seen.add(id(node))
            return
        self.count += 1
        if self.count > MAX_ALIAS_COPIES:
            raise PromptFileError(
                f"its YAML aliases (*name) copy more than {MAX_ALIAS_COPIES:,} values (aliases "
                "of aliases multiply): write the repeated parts out, or alias fewer levels deep",
                source=source,
                line=line,
            )


def _from_node(
    loader: Any,
    node: yaml.Node,
    source: str,
    copies: _Copies,
    inside: frozenset[int] = frozenset(),
) -> Any:
    line = node.start_mark.line + 1
    copies.visit(node, source, line)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        if id(node) in inside:  # an alias (*name) to a node that contains it
            raise PromptFileError(
                "a YAML alias refers to a node that contains it (a prompt cannot contain itself)",
                source=source,
                line=line,
            )
        inside = inside | {id(node)}
    if isinstance(node, yaml.MappingNode):
        out = _LocDict()
        out.line, out.key_lines = line, {}
        merged_keys: set[Any] = set()  # keys a merge (<<) gave, which the node's own override
        for key_node, value_node, merged in _pairs(node, source, copies, inside):
            key = (
                key_node.value  # a name as written: YAML 1.1 reads On, NO, 022 as True, False, 18
                if isinstance(key_node, yaml.ScalarNode) and not key_node.style and key_node.value
                else loader.construct_object(key_node, deep=True)
            )
            if not isinstance(key, str | int | float | bool) or key is None:
                raise PromptFileError(
                    "a key must be a plain name", source=source, line=key_node.start_mark.line + 1
                )
            if merged:
                merged_keys.add(key)
            elif key in merged_keys:
                merged_keys.discard(key)  # the node's own value wins; a second one is an error
            elif key in out:
                raise _DuplicateKey(
                    f"duplicate key {key!r} (first on line {out.key_lines[key]})",
                    source=source,
                    line=key_node.start_mark.line + 1,
                )
            out[key] = _from_node(loader, value_node, source, copies, inside)
            out.key_lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        items = _LocList(_from_node(loader, item, source, copies, inside) for item in node.value)
        items.line, items.item_lines = line, [item.start_mark.line + 1 for item in node.value]
        return items
    if (
        isinstance(node, yaml.ScalarNode)
        and not node.style  # plain (None, or '' from libyaml)
        and node.tag in _RETYPED_TAGS
        and not _PLAIN_NUMBER.fullmatch(node.value)
    ):
        # YAML 1.1 reads 10:30 as 630 (base 60), 022 as 18 (octal) and 2024-08-15 as a date:
        # in a prompt they are a time, an STD code and a date, so keep them as written
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except ValueError as exc:  # e.g. an integer past Python's 4300-digit conversion limit
        raise PromptFileError(
            f"a value that cannot be read: {exc}", source=source, line=line
        ) from None


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _pairs(
    node: yaml.MappingNode, source: str, copies: _Copies, inside: frozenset[int]
) -> list[tuple[yaml.Node, yaml.Node, bool]]:
    """``node``'s ``(key, value, merged)`` pairs, YAML's merge keys (``<<: *base``) resolved as
    PyYAML resolves them, without changing the node (an alias reads it again): the merged
    pairs first, one per key (of a list of mappings, the first one's wins), then the node's own,
    which override a merged key. Worked out once a node (merges of merges would multiply)."""
    known = copies.pairs.get(id(node))
    if known is not None:
        return known
    merged: dict[Any, tuple[yaml.Node, yaml.Node, bool]] = {}
    own: list[tuple[yaml.Node, yaml.Node, bool]] = []
    for key_node, value_node in node.value:
        if key_node.tag != _MERGE_TAG:
            own.append((key_node, value_node, False))
            continue
        subs = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
        for sub in reversed(subs):
            if not isinstance(sub, yaml.MappingNode):
                raise PromptFileError(
                    "a YAML merge (<<) takes a mapping or a list of mappings (*name), "
                    f"not {'a list' if isinstance(sub, yaml.SequenceNode) else 'a value'}",
                    source=source,
                    line=sub.start_mark.line + 1,
                )
            if id(sub) in inside:
                raise PromptFileError(
                    "a YAML merge (<<) refers to a node that contains it",
                    source=source,
                    line=sub.start_mark.line + 1,
                )
            for k, v, _ in _pairs(sub, source, copies, inside | {id(sub)}):
                ident = (k.tag, k.value) if isinstance(k, yaml.ScalarNode) else id(k)
                merged[ident] = (k, v, True)  # the later pair wins, as in PyYAML's mapping
    pairs = copies.pairs[id(node)] = [*merged.values(), *own]
    return pairs


_RETYPED_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("int", "float", "timestamp"))
_PLAIN_NUMBER = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _with_json_values(located: Any, plain: Any) -> Any:
    """``located`` (read by the YAML composer, with lines) holding ``plain``'s values (read by
    :mod:`json`): YAML 1.1 types some JSON scalars differently (``1e5`` is text to it)."""
    if isinstance(located, _LocDict) and isinstance(plain, dict) and located.keys() == plain.keys():
        for key in located:
            located[key] = _with_json_values(located[key], plain[key])
        return located
    if isinstance(located, _LocList) and isinstance(plain, list) and len(located) == len(plain):
        located[:] = [_with_json_values(a, b) for a, b in zip(located, plain, strict=True)]
        return located
    return plain


# libyaml's parser when PyYAML was built with it (same nodes and marks, ~5x faster)
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_error(exc: yaml.YAMLError, source: str) -> PromptFileError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None and context_mark is not mark:
        context += f" started on line {context_mark.line + 1}"
    text = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    return PromptFileError(text, source=source, line=mark.line + 1 if mark else None)


def _compose(text: str, source: str) -> Any:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _from_node(loader, node, source, _Copies())
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source) from None
    finally:
        loader.dispose()


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """:func:`json.loads`' ``object_pairs_hook``: a key given twice is an error, as in YAML."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(f"duplicate key {key!r}")
        out[key] = value
    return out


def _json_duplicate(text: str, source: str, lineless: _DuplicateKey) -> PromptFileError:
    """A JSON key given twice, on its line: the YAML composer reads the same keys, with lines."""
    try:
        _compose(text, source)
    except _DuplicateKey as exc:
        return exc
    except PromptFileError:  # valid JSON PyYAML cannot read (a surrogate-pair escape): no line
        pass
    return PromptFileError(lineless.problem, source=source)


def _json_error(exc: json.JSONDecodeError, text: str, source: str) -> PromptFileError:
    trailing = _trailing_comma(exc, text)
    if trailing is not None:
        comma, after = trailing
        return PromptFileError(
            f"invalid JSON: trailing comma before '{after}' (JSON allows none)",
            source=source,
            line=text.count("\n", 0, comma) + 1,
        )
    return PromptFileError(
        f"invalid JSON: {exc.msg} (column {exc.colno})", source=source, line=exc.lineno
    )


def _trailing_comma(exc: json.JSONDecodeError, text: str) -> tuple[int, str] | None:
    """Where a trailing comma is and the bracket after it, if that is what ``exc`` is about.
    Python 3.13's decoder says so itself ("Illegal trailing comma before end of object", at
    the comma); 3.11 and 3.12 expect a value or a key at the bracket."""
    if exc.msg.startswith("Illegal trailing comma"):
        after = text[exc.pos + 1 :].lstrip()[:1]
        return (exc.pos, after) if after in ("]", "}") else None
    before = text[: exc.pos].rstrip()
    after = text[exc.pos : exc.pos + 1]
    if before.endswith(",") and after in ("]", "}"):
        return len(before) - 1, after
    return None


# -- reading ------------------------------------------------------------------------

_TYPE_NAMES = {
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    str: "a string",
    type(None): "nothing (an empty value)",
}


def _type_name(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _norm_key(key: str) -> str:
    key = key.lower().replace("&", " and ")
    return re.sub(r"[^0-9a-z\u0080-\uffff]+", "_", key).strip("_")


_TOP_ALIASES: dict[str, str] = {
    "personality": "personality",
    "personality_and_tone": "personality",
    "context": "context",
    "pronunciations": "pronunciations",
    "reference_pronunciations": "pronunciations",
    "instructions": "instructions",
    "overall_instructions": "instructions",
    "states": "states",
    "conversation_states": "states",
    "role_objective": "role_objective",
    "role_and_objective": "role_objective",
    "tools": "tools",
    "safety_escalation": "safety_escalation",
    "safety_and_escalation": "safety_escalation",
    "variety": "variety",
    "sample_phrases": "sample_phrases",
    "name": "name",
    "language": "language",
    "spell_out_numbers": "spell_out_numbers",
    "context_verbatim": "context_verbatim",
    "context_money_keys": "context_money_keys",
    "transfer_targets": "transfer_targets",
}
_PERSONALITY_ALIASES: dict[str, str] = {}
for _attr, _heading in PERSONALITY_FIELDS:
    _PERSONALITY_ALIASES[_attr] = _attr
    _PERSONALITY_ALIASES[_norm_key(_heading)] = _attr
    _PERSONALITY_ALIASES[_norm_key(_heading).removeprefix("level_of_")] = _attr

_STATE_KEYS = ("id", "description", "instructions", "examples", "transitions")
_TRANSITION_KEYS = ("next_step", "condition")
_PRONUNCIATION_KEYS = ("term", "spoken", "alphabet", "phoneme")
_TOOL_KEYS = ("name", "description", "when", "parameters")


class _Reader:
    """Turns located data into a prompt, recording canonical field paths → lines."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[FieldPath, int] = {}
        self._state_ids: dict[int, str] = {}

    # errors

    def fail(self, path: FieldPath, problem: str, line: int | None = None) -> PromptFileError:
        if line is None:
            p = path
            while p and p not in self.lines:
                p = p[:-1]
            line = self.lines.get(p)
        label = format_path(path)
        if len(path) > 1 and path[0] == "states" and isinstance(path[1], int):
            state_id = self._state_ids.get(path[1])
            if state_id:
                label += f" (state {state_id!r})"
        return PromptFileError(problem, source=self.source, line=line, field=label)

    def _note(self, path: FieldPath, line: int | None) -> None:
        if line is not None:
            self.lines[path] = line

    # shapes

    def mapping(
        self, value: Any, path: FieldPath, aliases: Mapping[str, str], *, what: str
    ) -> dict[str, tuple[Any, int | None]]:
        """Canonical key → (value, line); unknown and repeated keys are errors."""
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping of {what}, got {_type_name(value)}")
        key_lines = getattr(value, "key_lines", {})
        out: dict[str, tuple[Any, int | None]] = {}
        for key, item in value.items():
            line = key_lines.get(key)
            canon = aliases.get(_norm_key(str(key)))
            if canon is None:
                known = sorted(set(aliases.values()))
                close = difflib.get_close_matches(_norm_key(str(key)), list(aliases), n=1)
                hint = f"; did you mean {aliases[close[0]]!r}?" if close else ""
                raise self.fail(
                    (*path, str(key)),
                    f"unknown key {key!r} in {what}{hint} (known: {', '.join(known)})",
                    line,
                )
            if canon in out:
                raise self.fail((*path, canon), f"{canon!r} is given twice", line)
            out[canon] = (item, line)
            self._note((*path, canon), line)
        return out

    def items(self, value: Any, path: FieldPath, *, what: str) -> list[tuple[Any, FieldPath]]:
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list of {what}, got {_type_name(value)}")
        item_lines = getattr(value, "item_lines", [])
        out = []
        for i, item in enumerate(value):
            self._note((*path, i), item_lines[i] if i < len(item_lines) else None)
            out.append((item, (*path, i)))
        return out

    def text(self, value: Any, path: FieldPath, *, allow_number: bool = False) -> str:
        if isinstance(value, str):
            return _nfc(value)
        if allow_number and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, bool):  # YAML 1.1: yes, no, on, off (any case) are booleans
            raise self.fail(
                path,
                f"expected a string, got a boolean ({str(value).lower()}): YAML reads a bare "
                "yes, no, on or off as one; quote the text",
            )
        raise self.fail(path, f"expected a string, got {_type_name(value)}")

    def texts(self, value: Any, path: FieldPath, *, what: str = "strings") -> tuple[str, ...]:
        return tuple(self.text(item, p) for item, p in self.items(value, path, what=what))

    def boolean(self, value: Any, path: FieldPath) -> bool:
        if isinstance(value, bool):
            return value
        raise self.fail(path, f"expected true or false, got {_type_name(value)}")

    def record(
        self,
        value: Any,
        path: FieldPath,
        keys: tuple[str, ...],
        required: tuple[str, ...],
        *,
        what: str,
    ) -> dict[str, Any]:
        fields_ = self.mapping(value, path, {k: k for k in keys}, what=what)
        for key in required:
            if key not in fields_:
                raise self.fail(path, f"missing key {key!r} (a {what} needs {', '.join(required)})")
        return {k: v for k, (v, _) in fields_.items()}

    # sections

    def personality(self, value: Any) -> Personality:
        path: FieldPath = ("personality",)
        fields_ = self.mapping(
            value, path, _PERSONALITY_ALIASES, what="Personality and Tone sub-sections"
        )
        return Personality(**{k: self.text(v, (*path, k)) for k, (v, _) in fields_.items()})

    def language(self, value: Any, path: FieldPath) -> str:
        """A language the number normalizer reads (``hi``, ``en-IN``, ``Hindi`` ...), as written."""
        text = self.text(value, path)
        try:
            resolve_lang(text)
        except ValueError as exc:
            raise self.fail(path, str(exc)) from None
        return text

    def context(self, value: Any) -> dict[str, ContextValue]:
        path: FieldPath = ("context",)
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping of key: value, got {_type_name(value)}")
        key_lines = getattr(value, "key_lines", {})
        out: dict[str, ContextValue] = {}
        for key, item in value.items():
            name = _nfc(str(key))
            p = (*path, name)
            if name in out:  # the same key, its letters typed in another Unicode form
                raise self.fail(
                    p,
                    f"the key is given twice (first on line {self.lines.get(p)}, its letters "
                    "typed another way): the first value would be lost; keep one",
                    key_lines.get(key),
                )
            self._note(p, key_lines.get(key))
            if isinstance(item, list):
                out[name] = [
                    self.text(v, ip, allow_number=True)
                    for v, ip in self.items(item, p, what="lines")
                ]
            elif isinstance(item, str):
                out[name] = _nfc(item)
            elif isinstance(item, int | float) and not isinstance(item, bool):
                out[name] = item
            else:
                raise self.fail(
                    p, f"expected text, a number or a list of lines, got {_type_name(item)}"
                )
        return out

    def pronunciations(self, value: Any) -> tuple[Pronunciation, ...]:
        path: FieldPath = ("pronunciations",)
        out: list[Pronunciation] = []
        if isinstance(value, dict):  # term: spoken | term: {spoken, alphabet, phoneme}
            key_lines = getattr(value, "key_lines", {})
            for term, item in value.items():
                name = canonical_name(str(term))
                p = (*path, name)
                self._note(p, key_lines.get(term))
                if isinstance(item, dict):
                    rec = self.record(
                        item, p, _PRONUNCIATION_KEYS[1:], ("spoken",), what="pronunciation"
                    )
                    out.append(self._pronunciation(name, rec, p))
                else:
                    out.append(self._spoken(Pronunciation(name, self.text(item, p)), p))
            return tuple(out)
        for item, p in self.items(value, path, what="pronunciations"):
            rec = self.record(
                item, p, _PRONUNCIATION_KEYS, ("term", "spoken"), what="pronunciation"
            )
            out.append(self._pronunciation(self.text(rec["term"], (*p, "term")), rec, p))
        return tuple(out)

    def _pronunciation(self, term: str, rec: dict[str, Any], p: FieldPath) -> Pronunciation:
        opt = {k: self.text(rec[k], (*p, k)) for k in ("alphabet", "phoneme") if k in rec}
        if ("alphabet" in opt) != ("phoneme" in opt):
            raise self.fail(p, "a phoneme needs both 'alphabet' and 'phoneme'")
        if "alphabet" in opt:
            opt["alphabet"] = opt["alphabet"].strip().lower()  # IPA is ipa to Azure
        spoken = Pronunciation(term, self.text(rec["spoken"], (*p, "spoken")), **opt)
        return self._spoken(spoken, p)

    def _spoken(self, pronunciation: Pronunciation, p: FieldPath) -> Pronunciation:
        """``pronunciation`` if the TTS lexicon can say it (the same check as
        :func:`.lexicon.ssml_lexicon_entries`): a file that validates also speaks."""
        try:
            ssml_lexicon_entries([pronunciation])
        except ValueError as exc:
            raise self.fail(p, str(exc).removeprefix(f"{pronunciation.term!r}: ")) from None
        return pronunciation

    def states(self, value: Any) -> tuple[ConversationState, ...]:
        out: list[ConversationState] = []
        for item, p in self.items(value, ("states",), what="conversation states"):
            assert isinstance(p[-1], int)
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                self._state_ids[p[-1]] = canonical_name(
                    item["id"]
                )  # an unknown key's error names the state
            rec = self.record(item, p, _STATE_KEYS, ("id",), what="conversation state")
            state_id = canonical_name(self.text(rec["id"], (*p, "id")))
            self._state_ids[p[-1]] = state_id
            transitions = []
            for t_item, tp in self.items(
                rec.get("transitions", []), (*p, "transitions"), what="transitions"
            ):
                t = self.record(t_item, tp, _TRANSITION_KEYS, ("next_step",), what="transition")
                transitions.append(
                    Transition(
                        self.text(t["next_step"], (*tp, "next_step")),
                        self.text(t.get("condition", ""), (*tp, "condition")),
                    )
                )
            out.append(
                ConversationState(
                    id=state_id,
                    description=self.text(rec.get("description", ""), (*p, "description")),
                    instructions=self.texts(rec.get("instructions", []), (*p, "instructions")),
                    examples=self.texts(rec.get("examples", []), (*p, "examples")),
                    transitions=tuple(transitions),
                )
            )
        return tuple(out)

    def tools(self, value: Any) -> tuple[ToolSpec, ...]:
        out: list[ToolSpec] = []
        for item, p in self.items(value, ("tools",), what="tools (names or mappings)"):
            if isinstance(item, str):
                out.append(ToolSpec(item))
                continue
            rec = self.record(item, p, _TOOL_KEYS, ("name",), what="tool")
            params = rec.get("parameters")
            if params is not None and not isinstance(params, dict):
                raise self.fail(
                    (*p, "parameters"), f"expected a JSON schema mapping, got {_type_name(params)}"
                )
            self._no_boolean_enum(params, (*p, "parameters"))
            out.append(
                ToolSpec(
                    name=self.text(rec["name"], (*p, "name")),
                    description=self.text(rec.get("description", ""), (*p, "description")),
                    when=self.text(rec.get("when", ""), (*p, "when")),
                    parameters=_plain(params) if params is not None else None,
                )
            )
        return tuple(out)

    def _no_boolean_enum(self, schema: Any, path: FieldPath) -> None:
        """Refuse a boolean in the ``enum`` of a schema that is no ``boolean``: YAML 1.1 read a
        bare yes, no, on or off (``enum: [yes, no]``) as one, which a string parameter never is."""
        if isinstance(schema, dict):
            kinds = schema.get("type")
            enum = schema.get("enum")
            if isinstance(enum, list) and "boolean" not in (
                kinds if isinstance(kinds, list) else [kinds]
            ):
                lines = getattr(enum, "item_lines", [])
                for i, item in enumerate(enum):
                    if isinstance(item, bool):
                        raise self.fail(
                            (*path, "enum", i),
                            f"expected a string, got a boolean ({str(item).lower()}): YAML reads "
                            "a bare yes, no, on or off as one; quote the text",
                            lines[i] if i < len(lines) else None,
                        )
            for key, value in schema.items():
                self._no_boolean_enum(value, (*path, str(key)))
        elif isinstance(schema, list):
            for i, value in enumerate(schema):
                self._no_boolean_enum(value, (*path, i))

    def prompt(self, data: Any) -> RealtimePrompt:
        if isinstance(data, list):
            return RealtimePrompt(states=self.states(data), states_only=True)
        if not isinstance(data, dict):
            raise self.fail(
                (),
                f"expected a mapping of prompt sections or a list of states, got {_type_name(data)}",
                getattr(data, "line", 1),
            )
        fields_ = self.mapping(data, (), _TOP_ALIASES, what="prompt sections")
        readers: dict[str, Callable[[Any], Any]] = {
            "personality": self.personality,
            "context": self.context,
            "pronunciations": self.pronunciations,
            "states": self.states,
            "tools": self.tools,
        }
        kwargs: dict[str, Any] = {}
        for key, (value, _) in fields_.items():
            path: FieldPath = (key,)
            if key in readers:
                kwargs[key] = readers[key](value)
            elif key in ("role_objective", "name"):
                kwargs[key] = self.text(value, path)
            elif key == "language":
                kwargs[key] = self.language(value, path)
            elif key == "spell_out_numbers":
                kwargs[key] = self.boolean(value, path)
            else:  # lists of strings
                kwargs[key] = self.texts(value, path)
        return RealtimePrompt(**kwargs)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _plain(value: Any) -> Any:
    """Located containers → plain dicts/lists (for values kept as they are)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _format_of(source: str, fmt: str | None) -> str:
    if fmt:
        return fmt
    return "json" if source.lower().endswith(".json") else "yaml"


def loads_prompt(text: str, *, fmt: str | None = None, source: str = "") -> LoadedPrompt:
    """Parse a prompt from YAML (the default) or JSON text. Raises :class:`PromptFileError`."""
    fmt = _format_of(source, fmt)
    if fmt == "json":
        try:
            plain = json.loads(text, object_pairs_hook=_unique_keys)
        except json.JSONDecodeError as exc:
            raise _json_error(exc, text, source) from None
        except _DuplicateKey as exc:
            raise _json_duplicate(text, source, exc) from None
        except ValueError as exc:  # e.g. an integer past Python's 4300-digit conversion limit
            raise PromptFileError(f"invalid JSON: {exc}", source=source) from None
        try:
            data = _with_json_values(_compose(text, source), plain)  # the values, with lines
        except PromptFileError:
            data = plain  # valid JSON PyYAML cannot read (e.g. tab indents): no lines
    elif fmt == "yaml":
        data = _compose(text, source)
    else:
        raise ValueError(f"fmt must be 'yaml' or 'json', not {fmt!r}")
    if data is None:
        raise PromptFileError("the file is empty", source=source, line=1)
    reader = _Reader(source)
    prompt = reader.prompt(data)
    return LoadedPrompt(prompt, source, dict(reader.lines))


def load_prompt(path: str | Path, *, fmt: str | None = None) -> LoadedPrompt:
    """Load a prompt file (``.json`` is JSON, anything else YAML), UTF-8 with or without a BOM."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # a BOM (Notepad) is no JSON
    except FileNotFoundError:
        raise PromptFileError("no such file", source=source) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptFileError(f"cannot read the file: {exc}", source=source) from None
    return loads_prompt(text, fmt=fmt, source=source)


def prompt_from_data(data: Any, *, source: str = "") -> RealtimePrompt:
    """A prompt from already-parsed data (a mapping of sections, or a list of states)."""
    return _Reader(source).prompt(data)


# -- writing ------------------------------------------------------------------------


def prompt_to_data(
    prompt: RealtimePrompt | LoadedPrompt,
) -> dict[str, Any] | list[dict[str, Any]]:
    """Plain data for ``yaml``/``json`` dumping; fields at their defaults are left out."""
    prompt = as_prompt(prompt, "prompt_to_data()")
    states = [st.as_json_dict() for st in prompt.states]
    if prompt.states_only:
        return states
    defaults = RealtimePrompt()
    out: dict[str, Any] = {}
    for key in ("name", "language"):
        if getattr(prompt, key) != getattr(defaults, key):
            out[key] = getattr(prompt, key)
    if not prompt.spell_out_numbers:
        out["spell_out_numbers"] = False
    for key in ("context_verbatim", "context_money_keys", "transfer_targets"):
        if getattr(prompt, key):
            out[key] = list(getattr(prompt, key))
    if prompt.role_objective:
        out["role_objective"] = prompt.role_objective
    personality = {attr: text for attr, _, text in prompt.personality.items() if text}
    if personality:
        out["personality"] = personality
    if prompt.context:
        out["context"] = {
            k: (list(v) if isinstance(v, list) else v) for k, v in prompt.context.items()
        }
    if prompt.pronunciations:
        out["pronunciations"] = {
            p.term: (
                p.spoken
                if p.phoneme is None
                else {"spoken": p.spoken, "alphabet": p.alphabet, "phoneme": p.phoneme}
            )
            for p in prompt.pronunciations
        }
    if prompt.instructions:
        out["instructions"] = list(prompt.instructions)
    if prompt.tools:
        tools: list[Any] = []
        for t in prompt.tools:
            rec: dict[str, Any] = {"name": t.name}
            for key in ("description", "when"):
                if getattr(t, key):
                    rec[key] = getattr(t, key)
            if t.parameters is not None:
                rec["parameters"] = dict(t.parameters)
            tools.append(rec if len(rec) > 1 else t.name)
        out["tools"] = tools
    for key in ("safety_escalation", "variety", "sample_phrases"):
        if getattr(prompt, key):
            out[key] = list(getattr(prompt, key))
    if prompt.states:
        out["states"] = states
    return out


class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_prompt(prompt: RealtimePrompt | LoadedPrompt, fmt: str = "yaml") -> str:
    """The prompt as YAML or JSON text (loads back to an equal prompt)."""
    data = prompt_to_data(as_prompt(prompt, "dump_prompt()"))
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "yaml":
        return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    raise ValueError(f"fmt must be 'yaml' or 'json', not {fmt!r}")


def save_prompt(
    prompt: RealtimePrompt | LoadedPrompt, path: str | Path, *, fmt: str | None = None
) -> None:
    """Write the prompt to ``path`` (``.json`` as JSON, anything else as YAML)."""
    prompt = as_prompt(prompt, "save_prompt()")
    Path(path).write_text(dump_prompt(prompt, _format_of(str(path), fmt)), encoding="utf-8")
