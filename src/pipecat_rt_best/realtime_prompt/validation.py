"""Check a structured prompt before a caller finds the mistake (pure).

Every problem is an :class:`Issue` naming the section, the state id and (for a file) the
line. Errors are mistakes the model will trip over on a call; warnings are things that
are probably, not certainly, wrong.

Errors
    ``missing-section``      a required section is absent or empty
    ``empty-state-id``       a state without an id
    ``duplicate-state-id``   two states share an id, or ids that differ only in case
    ``reserved-state-id``    a state named ``end``, a transfer target or a tool (an exit)
    ``dangling-next-step``   a ``next_step`` that names no state, ``end``, tool or transfer target
    ``unreachable-state``    no path from the first state leads here
    ``trap-state``           no path from here reaches ``end`` (or a transfer / tool exit)
    ``missing-instructions`` a state without instructions
    ``unknown-context-key``  ``context_money_keys`` / ``context_verbatim`` names no Context key
                             (the amount would lose its rupees, the link be spelled out)
    ``undeclared-tool``      the prompt tells the model to call a tool the session does not have:
                             a name next to "tool"/"function" (or टूल, फ़ंक्शन and the other
                             scripts' words), a snake_case name after call/use (or before
                             "को कॉल"), or a near-miss of a session tool
    ``bad-tool-name``        a tool the session cannot hold: declared twice, named as the
                             conversation-state tool, or no function name (1 to 64 letters,
                             digits, ``_`` and ``-``)
Warnings
    ``missing-examples``     a state without an example
    ``missing-description``  a state without a description
    ``missing-condition``    a transition without a condition
    ``digits-in-context``    a Context value that reaches the model with digits in it
    ``unused-pronunciation`` a pronunciation whose term appears nowhere else in the prompt
    ``duplicate-pronunciation`` a term listed twice, or terms that differ only in case (the
                             lexicons find a term in any case: the first entry is said)
    ``unused-tool``          a session tool the prompt never mentions
    ``possible-tool``        any other word after call/use ("use iMobile", "using eKYC") that is
                             no session tool, Context key or pronunciation term
    ``token-budget``         the rendered prompt's estimated size is over the budget
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Literal

from pipecat_rt_best.indic_numbers.normalizer import digit_terms
from pipecat_rt_best.indic_numbers.prompt import spell_out_value
from pipecat_rt_best.realtime_prompt.loader import format_path
from pipecat_rt_best.realtime_prompt.model import (
    END,
    FieldPath,
    LoadedPrompt,
    Pronunciation,
    RealtimePrompt,
    as_prompt,
)
from pipecat_rt_best.realtime_prompt.render import (
    STATE_TOOL_NAME,
    render_prompt,
    spelled_context,
)

__all__ = [
    "DEFAULT_REQUIRED_SECTIONS",
    "DEFAULT_TOKEN_BUDGET",
    "Issue",
    "PromptValidationError",
    "ValidationReport",
    "estimate_tokens",
    "mentioned_tools",
    "validate_prompt",
]

Severity = Literal["error", "warning"]

DEFAULT_TOKEN_BUDGET = 3000
"""Warn above this many (estimated) prompt tokens: long prompts are followed less well."""

DEFAULT_REQUIRED_SECTIONS: tuple[str, ...] = ("personality", "context", "instructions", "states")

_SECTION_TITLES = {
    "personality": "Personality and Tone",
    "context": "Context",
    "pronunciations": "Reference Pronunciations",
    "instructions": "Overall Instructions",
    "states": "Conversation States",
    "tools": "Tools",
    "role_objective": "Role & Objective",
    "safety_escalation": "Safety & Escalation",
    "variety": "Variety",
    "sample_phrases": "Sample Phrases",
}

_DIGIT = re.compile(r"\d")  # any script's decimal digits
_FUNCTION_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")  # a realtime session's function tool name


@dataclass(frozen=True)
class Issue:
    """One problem found in a prompt."""

    severity: Severity
    code: str
    section: str
    message: str
    state_id: str | None = None
    path: FieldPath = ()
    line: int | None = None

    def format(self, source: str = "") -> str:
        """``FILE:LINE: error [code] Section, state 'id' (field): message``."""
        where = ":".join(str(x) for x in (source, self.line) if x not in ("", None))
        subject = self.section + (f", state {self.state_id!r}" if self.state_id is not None else "")
        if self.path:
            subject += f" ({format_path(self.path)})"
        text = f"{self.severity} [{self.code}] {subject}: {self.message}"
        return f"{where}: {text}" if where else text

    def __str__(self) -> str:
        return self.format()


@dataclass
class ValidationReport:
    """All issues of a prompt, errors first in file order, then warnings."""

    issues: list[Issue] = field(default_factory=list)
    token_estimate: int = 0
    token_budget: int = DEFAULT_TOKEN_BUDGET
    source: str = ""

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def ok(self) -> bool:
        """No errors (warnings allowed)."""
        return not self.errors

    def codes(self) -> list[str]:
        return [i.code for i in self.issues]

    def format(self) -> str:
        lines = [i.format(self.source) for i in self.issues]
        lines.append(
            f"{len(self.errors)} error(s), {len(self.warnings)} warning(s); "
            f"~{self.token_estimate} tokens (budget {self.token_budget})"
        )
        return "\n".join(lines)


class PromptValidationError(ValueError):
    """A prompt with errors, given to something that runs a call on it (the
    :class:`~.service.ConversationStateController`, ``phone_call``). ``report``: the whole
    :class:`ValidationReport`; ``str()`` lists every error (file and line for a loaded
    prompt), each with its "did you mean" where there is one."""

    def __init__(self, report: ValidationReport, where: str) -> None:
        self.report = report
        errors = report.errors
        lines = "\n".join(f"  {issue.format(report.source)}" for issue in errors)
        super().__init__(
            f"{where}: the prompt has {len(errors)} error(s) a call would trip over; fix "
            f"{'it' if len(errors) == 1 else 'them'} (`pipecat-rt-best prompt validate FILE` "
            f"checks a file):\n{lines}"
        )


def estimate_tokens(text: str) -> int:
    """A rough, deliberately generous token count: ~4 characters a token for ASCII text,
    ~2 for other scripts (Devanagari and the like cost more tokens per character)."""
    ascii_chars = sum(1 for ch in text if ord(ch) < 128)
    return math.ceil(ascii_chars / 4 + (len(text) - ascii_chars) / 2)


# Tool mentions. An identifier (snake_case or camelCase, optionally quoted) is a mention
# when a word for "tool"/"function" stands right before or after it ("the lookup_order
# tool", "send_payment_link टूल को कॉल करें"), when "call"/"invoke" (+ optional "the")
# comes before it or an Indic "call" after it ("verify_borrower को कॉल करें"), or when
# "use"/"using" comes before it. Text is NFC-normalised first, so a nukta typed either way
# matches (फ़ंक्शन).
_IDENT = r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*"
_TOOL_LIKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")  # how session tools are named
_Q = r"[`'\"‘’“”]?"
_INDIC = "\u0900-\u0d7f"  # Devanagari .. Malayalam (all the pack's Indic scripts)
_END = rf"(?![A-Za-z0-9_{_INDIC}])"  # \b stops at a virama or vowel sign; this does not
_TOOL_WORDS = "|".join(
    unicodedata.normalize("NFC", w)
    for w in (
        "(?i:tools?|functions?)",
        "टूल",  # hi, mr
        "फ़ंक्शन",
        "फंक्शन",
        "টুল",  # bn
        "ফাংশন",
        "ટૂલ",  # gu
        "ફંક્શન",
        "ਟੂਲ",  # pa
        "ਫੰਕਸ਼ਨ",
        "ଟୁଲ୍",  # or
        "ଟୁଲ",
        "டூல்",  # ta
        "ஃபங்க்ஷன்",
        "టూల్",  # te
        "ఫంక్షన్",
        "ಟೂಲ್",  # kn
        "ಫಂಕ್ಷನ್",
        "ടൂൾ",  # ml
        "ഫംഗ്ഷൻ",
    )
)
# "call" after the name, with the postposition that marks its object: "X को कॉल करें"
_CALL_AFTER = "|".join(
    unicodedata.normalize("NFC", w)
    for w in (
        "(?i:call|invoke)",  # Hinglish: "X को call करें"
        "कॉल",  # hi, mr
        "কল",  # bn
        "કૉલ",  # gu
        "કોલ",
        "ਕਾਲ",  # pa
        "କଲ୍",  # or
        "கால்",  # ta
        "కాల్",  # te
        "ಕಾಲ್",  # kn
        "കോൾ",  # ml
    )
)
_POSTPOSITION = "|".join(("को", "ला", "কে", "ને", "ਨੂੰ", "କୁ", "ஐ", "ని", "ಅನ್ನು", "നെ"))
_MENTION = re.compile(
    rf"(?:\b(?:(?P<call>(?i:call|calls|calling|invoke|invokes|invoking))"
    rf"|(?P<use>(?i:use|uses|using)))\s+(?:(?i:the)\s+)?"
    rf"|(?P<tool_before>{_TOOL_WORDS})\s+)?"
    rf"{_Q}\b(?P<name>{_IDENT}){_Q}"
    rf"(?:\s+(?P<tool_after>{_TOOL_WORDS}){_END}"
    rf"|\s+(?:(?:{_POSTPOSITION})\s+)?(?P<call_after>{_CALL_AFTER}){_END})?"
)

MentionKind = Literal["tool", "call", "use"]


def _mentions(text: str) -> Iterator[tuple[str, MentionKind]]:
    """(name, kind) of each tool mention in ``text``: ``"tool"`` when a word for tool or
    function stands next to the name, else ``"call"`` for a call/invoke verb, else
    ``"use"``."""
    for m in _MENTION.finditer(unicodedata.normalize("NFC", text)):
        kind: MentionKind
        if m.group("tool_before") or m.group("tool_after"):
            kind = "tool"
        elif m.group("call") or m.group("call_after"):
            kind = "call"
        elif m.group("use"):
            kind = "use"
        else:
            continue  # an identifier nothing marks as a tool
        yield m.group("name"), kind


def _plain(name: str) -> str:
    """``name`` compared as a Context key or term: case, ``_`` and ``-`` ignored."""
    return " ".join(re.split(r"[\s_\-]+", name.casefold())).strip()


def _texts(prompt: RealtimePrompt) -> Iterator[tuple[str, str, str | None, FieldPath]]:
    """(text, section, state id, path) of every piece of prompt text but the pronunciations."""
    if prompt.role_objective:
        yield prompt.role_objective, "Role & Objective", None, ("role_objective",)
    for attr, _, text in prompt.personality.items():
        if text:
            yield text, "Personality and Tone", None, ("personality", attr)
    for key, value in prompt.context.items():
        values = value if isinstance(value, list) else [value]
        yield " ".join([key, *map(str, values)]), "Context", None, ("context", key)
    for i, text in enumerate(prompt.instructions):
        yield text, "Overall Instructions", None, ("instructions", i)
    for t_i, tool in enumerate(prompt.tools):
        yield f"{tool.description} {tool.when}", "Tools", None, ("tools", t_i)
    for key in ("safety_escalation", "variety", "sample_phrases"):
        for i, text in enumerate(getattr(prompt, key)):
            yield text, _SECTION_TITLES[key], None, (key, i)
    for s_i, st in enumerate(prompt.states):
        base: FieldPath = ("states", s_i)
        yield st.description, "Conversation States", st.id, (*base, "description")
        for i, text in enumerate(st.instructions):
            yield text, "Conversation States", st.id, (*base, "instructions", i)
        for i, text in enumerate(st.examples):
            yield text, "Conversation States", st.id, (*base, "examples", i)
        for i, tr in enumerate(st.transitions):
            yield tr.condition, "Conversation States", st.id, (*base, "transitions", i, "condition")


def mentioned_tools(text: str) -> list[str]:
    """Tool names ``text`` tells the model to call ("call the 'lookup_order' tool",
    "send_payment_link टूल को कॉल करें", "use lookup_order")."""
    return [name for name, _ in _mentions(text)]


class _Checker:
    def __init__(self, prompt: RealtimePrompt, loaded: LoadedPrompt | None) -> None:
        self.prompt = prompt
        self.loaded = loaded
        self.issues: list[Issue] = []

    def add(
        self,
        severity: Severity,
        code: str,
        section: str,
        message: str,
        *,
        state_id: str | None = None,
        path: FieldPath = (),
    ) -> None:
        line = self.loaded.line_of(path) if self.loaded is not None else None
        self.issues.append(Issue(severity, code, section, message, state_id, path, line))

    # -- sections -------------------------------------------------------------------

    def sections(self, required: Collection[str]) -> None:
        p = self.prompt
        present = {
            "personality": not p.personality.is_empty(),
            "context": bool(p.context),
            "pronunciations": bool(p.pronunciations),
            "instructions": any(t.strip() for t in p.instructions),
            "states": bool(p.states),
            "tools": bool(p.tools),
            "role_objective": bool(p.role_objective.strip()),
            "safety_escalation": any(t.strip() for t in p.safety_escalation),
            "variety": any(t.strip() for t in p.variety),
            "sample_phrases": any(t.strip() for t in p.sample_phrases),
        }
        for key in required:
            if p.states_only and key != "states":
                continue
            if not present[key]:
                self.add(
                    "error",
                    "missing-section",
                    _SECTION_TITLES.get(key, key),
                    "required section is missing or empty",
                    path=(key,),
                )

    # -- the state graph --------------------------------------------------------------

    def graph(self, session_tools: Collection[str] | None) -> None:
        p = self.prompt
        section = "Conversation States"
        first_index: dict[str, int] = {}
        folded: dict[str, str] = {}  # casefolded id -> the id as first written
        exits = p.exits | set(session_tools or ())
        for i, st in enumerate(p.states):
            if not st.id.strip():
                self.add(
                    "error",
                    "empty-state-id",
                    section,
                    "the state has no id",
                    path=("states", i, "id"),
                )
                continue
            if st.id in exits:  # left out of the graph: a transition to it is the exit
                if st.id == END:
                    why = f"{END!r} is reserved for the exit that ends the call"
                else:
                    kind, lost = (
                        ("transfer target", "the transfer would never happen")
                        if st.id in p.transfer_targets
                        else ("tool", "the tool would never be called")
                    )
                    why = (
                        f"id {st.id!r} is also a {kind}: a transition to it would enter this "
                        f"state, so {lost}"
                    )
                self.add(
                    "error",
                    "reserved-state-id",
                    section,
                    f"{why}; rename the state",
                    state_id=st.id,
                    path=("states", i, "id"),
                )
                continue
            same = folded.get(st.id.casefold())
            if same is not None:
                also = "also used" if same == st.id else f"used, as {same!r},"
                self.add(
                    "error",
                    "duplicate-state-id",
                    section,
                    f"id {st.id!r} is {also} by states[{first_index[same]}]; "
                    "transitions to it are ambiguous"
                    + ("" if same == st.id else " (ids that differ only in case)"),
                    state_id=st.id,
                    path=("states", i, "id"),
                )
                if same != st.id:
                    first_index[st.id] = i  # its transitions are not also dangling
            else:
                first_index[st.id] = i
                folded[st.id.casefold()] = st.id
        targets = sorted({*first_index, *exits})
        edges: dict[str, set[str]] = {sid: set() for sid in first_index}
        ends_here: set[str] = set()
        for i, st in enumerate(p.states):
            for t_i, tr in enumerate(st.transitions):
                path: FieldPath = ("states", i, "transitions", t_i, "next_step")
                if tr.next_step in first_index:
                    if st.id in edges:
                        edges[st.id].add(tr.next_step)
                elif tr.next_step in exits:
                    ends_here.add(st.id)
                else:
                    # reported below; not also a trap (one mistake, one message)
                    ends_here.add(st.id)
                    close = difflib.get_close_matches(tr.next_step, targets, n=1, cutoff=0.6)
                    hint = _did_you_mean(tr.next_step, close)
                    self.add(
                        "error",
                        "dangling-next-step",
                        section,
                        f"next_step {tr.next_step!r} names no state, {END!r}, tool or transfer "
                        f"target{hint}",
                        state_id=st.id,
                        path=path,
                    )
                if not tr.condition.strip():
                    self.add(
                        "warning",
                        "missing-condition",
                        section,
                        f"the transition to {tr.next_step!r} has no condition",
                        state_id=st.id,
                        path=("states", i, "transitions", t_i),
                    )
        if not first_index:
            return
        # reachable from the first state; when its id is already an error (empty, or an
        # exit), from the states its transitions name: one mistake, one message
        first = p.states[0]
        if first.id in first_index:
            seen = _reach(first.id, edges)
            start = repr(first.id)
        else:
            seen = set()
            for tr in first.transitions:
                if tr.next_step in first_index:
                    seen |= _reach(tr.next_step, edges)
            start = f"states[0] ({first.id!r})" if first.id.strip() else "states[0]"
        for sid, i in first_index.items():
            if sid not in seen:
                self.add(
                    "error",
                    "unreachable-state",
                    section,
                    f"no transition path from the first state {start} leads here",
                    state_id=sid,
                    path=("states", i, "id"),
                )
        # an end reachable from every state
        can_end = set(ends_here)
        changed = True
        while changed:
            changed = False
            for sid, nxts in edges.items():
                if sid not in can_end and nxts & can_end:
                    can_end.add(sid)
                    changed = True
        for sid, i in first_index.items():
            if sid in can_end:
                continue
            st = p.states[i]
            if not st.transitions:
                why = "it has no transitions, so the conversation would stop here"
            else:
                loop = sorted(_reach(sid, edges))
                why = "no path from here reaches an end; the call can only go round " + ", ".join(
                    repr(s) for s in loop
                )
            self.add(
                "error",
                "trap-state",
                section,
                f"{why} (add a transition to {END!r} or a transfer target)",
                state_id=sid,
                path=("states", i, "transitions"),
            )

    def state_contents(self) -> None:
        section = "Conversation States"
        for i, st in enumerate(self.prompt.states):
            sid = st.id or None
            if not any(t.strip() for t in st.instructions):
                self.add(
                    "error",
                    "missing-instructions",
                    section,
                    "the state has no instructions",
                    state_id=sid,
                    path=("states", i, "instructions"),
                )
            if not any(t.strip() for t in st.examples):
                self.add(
                    "warning",
                    "missing-examples",
                    section,
                    "the state has no example; one example phrase steers the model's wording",
                    state_id=sid,
                    path=("states", i, "examples"),
                )
            if not st.description.strip():
                self.add(
                    "warning",
                    "missing-description",
                    section,
                    "the state has no description",
                    state_id=sid,
                    path=("states", i, "description"),
                )

    # -- content ----------------------------------------------------------------------

    def context_keys(self) -> None:
        p = self.prompt
        keys = list(p.context)
        folded = {k.casefold(): k for k in keys}
        for attr, lost in (
            ("context_money_keys", "the amount it means is not read as rupees"),
            ("context_verbatim", "the value it means has its numbers spelled out"),
        ):
            for i, name in enumerate(getattr(p, attr)):
                if name in p.context:
                    continue
                close = [folded[name.casefold()]] if name.casefold() in folded else []
                close = close or difflib.get_close_matches(name, keys, n=1, cutoff=0.6)
                hint = _did_you_mean(name, close)
                known = ", ".join(repr(k) for k in keys) or "none"
                self.add(
                    "error",
                    "unknown-context-key",
                    "Context",
                    f"{attr} names {name!r}, which is no Context key: {lost} "
                    f"(Context keys: {known}){hint}",
                    path=(attr, i),
                )

    def context_digits(self) -> None:
        p = self.prompt
        rendered = spelled_context(p)
        # a pronunciation's term ("24x7") stays as written: the model reads how to say it
        pronounced = digit_terms([pr.term for pr in p.pronunciations], ignore_case=True)
        for key, value in p.context.items():
            if key in p.context_verbatim:
                continue
            shown = rendered[key]
            values = shown if isinstance(shown, list) else [shown]
            unsaid = [pronounced.sub("", str(v)) if pronounced else str(v) for v in values]
            if not any(_DIGIT.search(v) for v in unsaid):
                continue
            originals = value if isinstance(value, list) else [value]
            suggestion = [
                spell_out_value(v, p.language, money=key in p.context_money_keys, context=key)
                for v in originals
            ]
            if not p.spell_out_numbers and suggestion != [str(v) for v in originals]:
                fix = (
                    "write "
                    + " / ".join(repr(s) for s in suggestion)
                    + " (or set spell_out_numbers: true)"
                )
            else:
                fix = (
                    "spell the number out, or list the key in context_verbatim if the model "
                    "should read it as written"
                )
            self.add(
                "warning",
                "digits-in-context",
                "Context",
                f"{key!r} reaches the model as {' / '.join(repr(str(v)) for v in values)}; "
                f"digits get misread in speech: {fix}",
                path=("context", key),
            )

    def pronunciations(self) -> None:
        corpus = unicodedata.normalize(
            "NFC", "\n".join(text for text, *_ in _texts(self.prompt))
        ).casefold()
        first: dict[str, Pronunciation] = {}
        for i, p in enumerate(self.prompt.pronunciations):
            key = unicodedata.normalize("NFC", p.term).casefold()
            same = first.setdefault(key, p)
            if same is p:
                continue
            path: FieldPath = ("pronunciations", p.term)
            if self.loaded is not None and path not in self.loaded.lines:
                path = ("pronunciations", i)  # the list form: its item
            also = "listed twice" if same.term == p.term else f"listed also as {same.term!r}"
            self.add(
                "warning",
                "duplicate-pronunciation",
                "Reference Pronunciations",
                f"{p.term!r} is {also}: the prompt's lexicon and phone_call's voice find a "
                f"term in any case, so only the first, {same.spoken!r}, is said; keep one",
                path=path,
            )
        for p in self.prompt.pronunciations:
            if unicodedata.normalize("NFC", p.term).casefold() not in corpus:
                self.add(
                    "warning",
                    "unused-pronunciation",
                    "Reference Pronunciations",
                    f"{p.term!r} appears nowhere else in the prompt",
                    path=("pronunciations", p.term),
                )

    def tool_names(self, state_tool: str | None) -> None:
        first: dict[str, int] = {}
        for i, name in enumerate(self.prompt.tool_names):
            if not _FUNCTION_NAME.fullmatch(name):
                why = (
                    f"{name!r} is no function name: use 1 to 64 letters, digits, '_' and '-' "
                    "(the session refuses a tool named otherwise)"
                )
            elif name == (state_tool or STATE_TOOL_NAME):
                why = (
                    f"{name!r} is the name of the conversation-state tool, which the call adds "
                    "itself: the session would hold two tools of that name, and a handler for "
                    "this one would replace the state tool's; rename the tool"
                )
            elif name in first:
                why = (
                    f"{name!r} is declared twice (first as tools[{first[name]}]): the session "
                    "would hold two definitions of one name; keep one"
                )
            else:
                first[name] = i
                continue
            self.add("error", "bad-tool-name", "Tools", why, path=("tools", i))

    def tools(self, session_tools: Collection[str] | None, state_tool: str | None) -> None:
        p = self.prompt
        declared = set(session_tools) if session_tools is not None else set(p.tool_names)
        known = declared | set(p.transfer_targets) | {state_tool or STATE_TOOL_NAME}
        not_tools = {_plain(k) for k in p.context} | {_plain(t.term) for t in p.pronunciations}
        mentioned: set[str] = set()
        for text, section, sid, path in _texts(p):
            for name, kind in _mentions(text):
                mentioned.add(name)
                if name in known or name in p.state_ids or _plain(name) in not_tools:
                    continue
                near = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.8)
                close = near or difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                have = ", ".join(sorted(declared)) or "none"
                if near or kind == "tool" or _TOOL_LIKE.fullmatch(name):
                    self.add(
                        "error",
                        "undeclared-tool",
                        section,
                        f"tells the model to call {name!r}, which is not a session tool "
                        f"(session tools: {have}){hint}",
                        state_id=sid,
                        path=path,
                    )
                else:
                    verb = "call" if kind == "call" else "use"
                    self.add(
                        "warning",
                        "possible-tool",
                        section,
                        f"tells the model to {verb} {name!r}, which is not a session tool "
                        f"(session tools: {have}){hint}; fine if it is not meant as a tool, "
                        "else declare it",
                        state_id=sid,
                        path=path,
                    )
        corpus = "\n".join(text for text, *_ in _texts(p))
        next_steps = {tr.next_step for st in p.states for tr in st.transitions}
        for t_i, name in enumerate(sorted(declared)):
            if (
                name in mentioned
                or name in next_steps
                or re.search(rf"\b{re.escape(name)}\b", corpus)
            ):
                continue
            index = p.tool_names.index(name) if name in p.tool_names else t_i
            self.add(
                "warning",
                "unused-tool",
                "Tools",
                f"session tool {name!r} is never mentioned; say when to call it",
                path=("tools", index),
            )


def _did_you_mean(name: str, close: list[str]) -> str:
    """``"; did you mean 'x'?"`` for the first of ``close`` (``""`` without one), saying what
    differs when the two look alike: invisible characters (a zero-width joiner, a BOM) or
    compatibility forms show nothing on screen."""
    if not close:
        return ""
    hint = f"; did you mean {close[0]!r}?"
    if name != close[0] and _looks(name) == _looks(close[0]):
        odd = sorted({f"U+{ord(c):04X}" for c in set(name) ^ set(close[0])})
        hint += f" (they look alike but differ in {', '.join(odd) or 'character order'})"
    return hint


def _looks(text: str) -> str:
    """``text`` as it shows on screen: compatibility forms folded, format characters dropped."""
    return "".join(
        c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf"
    )


def _reach(start: str, edges: dict[str, set[str]]) -> set[str]:
    """The states reachable from ``start`` along ``edges`` (``start`` included)."""
    seen = {start}
    stack = [start]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def validate_prompt(
    prompt: RealtimePrompt | LoadedPrompt,
    *,
    session_tools: Collection[str] | None = None,
    token_budget: int = DEFAULT_TOKEN_BUDGET,
    required_sections: Collection[str] = DEFAULT_REQUIRED_SECTIONS,
    state_tool: str | None = None,
) -> ValidationReport:
    """Check ``prompt`` (a :class:`LoadedPrompt` adds file lines to the messages).

    ``session_tools``: the names of the realtime session's tools, when they are not the
    prompt's own ``tools``. ``state_tool``: the state tracker's tool name, when one is used
    (mentioning it is never an error). ``token_budget``: warn when the rendered prompt is
    estimated to exceed it.
    """
    unknown = sorted(set(required_sections) - set(_SECTION_TITLES))
    if unknown:  # a misspelt key would turn its requirement off without a word
        raise ValueError(
            f"required_sections: unknown section {', '.join(map(repr, unknown))}; "
            f"the sections are {', '.join(_SECTION_TITLES)}"
        )
    loaded = prompt if isinstance(prompt, LoadedPrompt) else None
    model = as_prompt(prompt, "validate_prompt()")
    checker = _Checker(model, loaded)
    checker.sections(required_sections)
    checker.graph(session_tools)
    checker.state_contents()
    if not model.states_only:
        checker.context_keys()
        checker.context_digits()
        checker.pronunciations()
        checker.tool_names(state_tool)
        checker.tools(session_tools, state_tool)
    tokens = estimate_tokens(render_prompt(model, state_tool=state_tool))
    if tokens > token_budget:
        checker.add(
            "warning",
            "token-budget",
            "Prompt",
            f"~{tokens} tokens (estimated) is over the budget of {token_budget}; "
            "long prompts are followed less reliably",
        )
    issues = sorted(checker.issues, key=lambda i: (i.severity != "error", i.line or 0))
    return ValidationReport(
        issues, tokens, token_budget, loaded.source if loaded is not None else ""
    )
