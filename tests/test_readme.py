"""What a user meets first: README.md's python snippets work as written, and the repository
carries a LICENSE and a complete ``.env.example``.

Every ```` ```python ```` block in README.md is checked; a new block is picked up on its own.
The HTML comment just before a block says what kind it is:

* ``<!-- snippet: runs -->`` — a complete program: it runs offline in a fresh interpreter
  (against the pack's emulators; the backend variables are removed from its environment), and
  an expression followed by a ``# <python literal>`` comment line must equal that literal;
* ``<!-- snippet: imports; given: transport, llm -->`` (the default for an unmarked block) — a
  fragment of a bigger program: it compiles (top-level ``await`` allowed, as in a notebook),
  every import in it resolves for real, and every name it uses is imported or assigned in the
  block, a builtin, or listed after ``given:`` (what the surrounding program provides).
"""

from __future__ import annotations

import ast
import builtins
import importlib
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
KINDS = ("runs", "imports")
BLOCK = re.compile(
    r"(?:<!--\s*snippet:(?P<marker>[^>]*?)-->[ \t]*\n)?^```python[ \t]*\n(?P<code>.*?)^```[ \t]*$",
    re.S | re.M,
)
# the environment a runnable snippet must not see: it runs offline, on the emulators
BACKEND_ENV = re.compile(r"^(AZURE_OPENAI_|AZURE_SPEECH_|OPENAI_|PIPECAT_RT_BEST_)")


@dataclass(frozen=True)
class Snippet:
    line: int  # README line of the opening fence
    kind: str
    given: frozenset[str]
    code: str

    @property
    def id(self) -> str:
        return f"README.md:{self.line}:{self.kind}"


def parse_marker(marker: str | None) -> tuple[str, frozenset[str]]:
    """``"runs"`` / ``"imports; given: a, b"`` → (kind, given names)."""
    if marker is None:
        return "imports", frozenset()
    parts = [p.strip() for p in marker.split(";") if p.strip()]
    kind = parts[0] if parts else ""
    if kind not in KINDS:
        raise ValueError(f"snippet kind {kind!r} is not one of {KINDS}")
    given: set[str] = set()
    for part in parts[1:]:
        key, _, names = part.partition(":")
        if key.strip() != "given":
            raise ValueError(f"unknown snippet option {part!r} (only 'given: name, ...')")
        given.update(n.strip() for n in names.split(",") if n.strip())
    return kind, frozenset(given)


def extract_snippets(text: str) -> list[Snippet]:
    snippets = []
    for m in BLOCK.finditer(text):
        kind, given = parse_marker(m.group("marker"))
        fence = m.start("code") - 1
        line = text.count("\n", 0, fence) + 1
        snippets.append(Snippet(line, kind, given, m.group("code")))
    return snippets


def compile_snippet(s: Snippet, name: str = "<snippet>") -> ast.Module:
    tree = ast.parse(s.code, name)
    compile(tree, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    return tree


def unresolved_imports(tree: ast.Module) -> list[str]:
    """Each import statement in ``tree``, done for real; what failed, as readable lines."""
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                try:
                    importlib.import_module(alias.name)
                except ImportError as exc:
                    problems.append(f"line {node.lineno}: import {alias.name}: {exc}")
        elif isinstance(node, ast.ImportFrom):
            if node.level or node.module is None:
                problems.append(f"line {node.lineno}: relative import")
                continue
            try:
                module = importlib.import_module(node.module)
            except ImportError as exc:
                problems.append(f"line {node.lineno}: from {node.module}: {exc}")
                continue
            for alias in node.names:
                if alias.name == "*" or hasattr(module, alias.name):
                    continue
                try:
                    importlib.import_module(f"{node.module}.{alias.name}")
                except ImportError:
                    problems.append(
                        f"line {node.lineno}: cannot import {alias.name!r} from {node.module}"
                    )
    return problems


def free_names(tree: ast.Module) -> set[str]:
    """Names the snippet reads but never binds (flat: any binding anywhere counts)."""
    bound: set[str] = set()
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (used if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                bound.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return used - bound - set(dir(builtins))


def with_output_checks(s: Snippet) -> ast.Module:
    """The snippet with each ``expr`` followed by a ``# literal`` line turned into an assert."""
    tree = ast.parse(s.code)
    lines = s.code.splitlines()
    for i, node in enumerate(tree.body):
        if not isinstance(node, ast.Expr) or node.end_lineno is None:
            continue
        after = lines[node.end_lineno] if node.end_lineno < len(lines) else ""
        comment = after.strip()
        if not comment.startswith("# "):
            continue
        try:
            expected = ast.literal_eval(comment[2:])
        except (ValueError, SyntaxError):
            continue
        want = repr(expected)
        check = ast.parse(
            f"assert (__got := None) == {want}, 'README says ' + {want!r} + ', got ' + repr(__got)"
        ).body[0]
        assert isinstance(check, ast.Assert) and isinstance(check.test, ast.Compare)
        assert isinstance(check.test.left, ast.NamedExpr)
        check.test.left.value = node.value
        tree.body[i] = ast.copy_location(check, node)
    return ast.fix_missing_locations(tree)


SNIPPETS = extract_snippets(README.read_text(encoding="utf-8"))


def test_readme_has_snippets_of_both_kinds() -> None:
    kinds = {s.kind for s in SNIPPETS}
    assert len(SNIPPETS) >= 5 and kinds == set(KINDS), [s.id for s in SNIPPETS]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: s.id)
def test_snippet_compiles_and_its_imports_resolve(snippet: Snippet) -> None:
    tree = compile_snippet(snippet, snippet.id)
    assert unresolved_imports(tree) == [], snippet.id
    missing = free_names(tree) - snippet.given
    assert not missing, (
        f"{snippet.id} uses {sorted(missing)} without importing or assigning them; import "
        "them, or list what the surrounding program provides in the marker before the block: "
        "<!-- snippet: imports; given: name, ... -->"
    )


@pytest.mark.parametrize("snippet", [s for s in SNIPPETS if s.kind == "runs"], ids=lambda s: s.id)
def test_runnable_snippet_runs_offline(snippet: Snippet, tmp_path: Path) -> None:
    program = tmp_path / "snippet.py"
    body = ast.unparse(with_output_checks(snippet))
    if (
        compile(snippet.code, snippet.id, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT).co_flags
        & 0x80
    ):  # CO_COROUTINE: top-level await, run it as asyncio would in a notebook
        body = (
            "import asyncio\n\nasync def __main():\n"
            + "\n".join("    " + line for line in body.splitlines())
            + "\n\nasyncio.run(__main())\n"
        )
    program.write_text(body, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not BACKEND_ENV.match(k)}
    done = subprocess.run(
        [sys.executable, str(program)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, f"{snippet.id} failed:\n{done.stderr[-3000:]}"


# -- the checker itself finds what it should ------------------------------------------------


def test_checker_reports_a_missing_import_a_bad_name_and_a_wrong_output(tmp_path: Path) -> None:
    text = (
        "<!-- snippet: imports; given: transport -->\n```python\n"
        "from pipecat_rt_best import normalize_numbers, NoSuchName\n"
        "pipeline = Pipeline([transport.input()])\n```\n\n"
        "<!-- snippet: runs -->\n```python\nlen('abc')\n# 4\n```\n"
    )
    frag, prog = extract_snippets(text)
    assert (frag.kind, frag.given, frag.line) == ("imports", frozenset({"transport"}), 2)
    tree = compile_snippet(frag)
    assert len(unresolved_imports(tree)) == 1 and "NoSuchName" in unresolved_imports(tree)[0]
    assert free_names(tree) - frag.given == {"Pipeline"}
    code = ast.unparse(with_output_checks(prog))
    with pytest.raises(AssertionError, match="README says 4, got 3"):
        exec(compile(code, "<t>", "exec"), {})
    with pytest.raises(ValueError, match="snippet kind"):
        parse_marker(" run ")


# -- LICENSE and .env.example ----------------------------------------------------------------

ENV_READ = re.compile(
    r"""(?:environ\.get|environ\.setdefault|getenv|env\.get|\bget|\bsecret)\(\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']"""
    r"""|environ\[\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']\s*\]"""
    r"""|_env:\s*str\s*=\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']"""
    # realtime/env.py's readers: _setting(env, "NAME", ...), _key(env, "NAME"), _model_name(...)
    r"""|\b_(?:setting|key|model_name)\(\s*\w+,\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']"""
    # base.env_value's reader of a secret: env_secret(os.environ, "NAME")
    r"""|\benv_secret\(\s*[\w.]+,\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']"""
)


def variables_read() -> set[str]:
    """Every environment variable read in src/ and pipelines/ (by os.environ/getenv/env.get,
    ``env_secret``, realtime/env.py's ``_setting``/``_key``, or named by a config field ``*_env:
    str = "NAME"``)."""
    found: set[str] = set()
    for folder in ("src", "pipelines", "examples"):
        for path in (REPO / folder).rglob("*.py"):
            for m in ENV_READ.finditer(path.read_text(encoding="utf-8")):
                found.add(next(g for g in m.groups() if g))
    return found


def env_example() -> dict[str, str]:
    """NAME → its comment, for each ``NAME=`` line of .env.example, and each ``# NAME=VALUE``
    (a variable an empty value would break, commented out with its default: LOGURU_*)."""
    lines = (REPO / ".env.example").read_text(encoding="utf-8").splitlines()
    entries: dict[str, str] = {}
    for i, line in enumerate(lines):
        commented = re.fullmatch(r"# ([A-Z][A-Z0-9_]*)=(\S+)", line)
        if commented:
            name = commented[1]
        elif not line.strip() or line.startswith("#"):
            continue
        else:
            name, sep, value = line.partition("=")
            assert sep and re.fullmatch(r"[A-Z][A-Z0-9_]*", name), f".env.example:{i + 1}: {line!r}"
            assert value == "", f".env.example:{i + 1}: {name} has a value; leave it empty"
        above = lines[i - 1] if i else ""
        assert above.startswith("# ") and len(above) > 6, (
            f".env.example:{i + 1}: {name} needs a comment line above it"
        )
        entries[name] = above
    return entries


# read by pipecat's runner for the sample bots (README lists them), or by loguru (the bots give
# LOGURU_DIAGNOSE a default through base.loguru_env), not by the pack itself
READ_BY_THE_RUNNER = {"PIPECAT_ICE_SERVERS", "LOGURU_DIAGNOSE"}
# Azure's SDK names, read only to refuse them beside a backend they would change (realtime/env.py):
# not for .env.example, which would invite setting them
# (AZURE_OPENAI_AD_TOKEN, the openai SDK's fixed Entra token, only to say it is not read)
READ_TO_REFUSE = {"AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_DEPLOYMENT", "AZURE_OPENAI_AD_TOKEN"}
# the system's proxy bypass list, read to add loopback to it (base.env_file.loopback_without_proxy)
# when a proxy is set: the user's own setting, not the pack's
READ_TO_EXTEND = {"NO_PROXY"}


def test_env_example_lists_every_variable_the_pack_reads() -> None:
    read = variables_read()
    # the scan itself works: the backends' variables are found where they are read
    assert {
        "AZURE_OPENAI_API_KEY",
        "OPENAI_API_KEY",
        "AZURE_SPEECH_API_KEY",
        "EMULATOR_API_KEY",
    } <= read
    listed = env_example()
    assert read - set(listed) - READ_TO_REFUSE - READ_TO_EXTEND == set(), (
        "add these to .env.example, each with a comment line"
    )
    assert set(listed) - read - READ_BY_THE_RUNNER == set(), (
        "listed in .env.example but read nowhere"
    )


def test_env_example_lists_every_variable_of_the_readmes_table() -> None:
    # the README says its table is "all in .env.example": PIPECAT_ICE_SERVERS was not
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("Environment variables (all in `.env.example`):")[1].split("\n\n")[1]
    named = set(re.findall(r"`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`", table))
    assert {"AZURE_SPEECH_ENDPOINT_ID", "PIPECAT_ICE_SERVERS"} <= named  # the table was found
    assert named - set(env_example()) == set(), "add these to .env.example"


def test_license_is_the_bsd_2_clause_pyproject_declares() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert 'license = { text = "BSD-2-Clause" }' in (REPO / "pyproject.toml").read_text()
    assert text.startswith("BSD 2-Clause License")
    assert "Copyright (c) 2026, the pipecat_rt_best authors" in text
    assert text.count("Redistributions") == 2  # two clauses
