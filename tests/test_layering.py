"""The package's layering, encoded: each rule here fails the suite when the code breaks it.

* The base layer (frames, audio formats, G.711, word timing) imports no practice.
* A practice imports the base layer and pipecat, and another practice only along a
  documented one-way edge (:data:`ALLOWED`): the realtime service composes truncation;
  ``call_pipeline`` composes them all.
* No component imports the offline-testing harnesses (``testing``) or the CLI, and a face's
  lazy exports (its ``TYPE_CHECKING`` block) follow the same rules.
* The sample bots (``pipelines/``) and the examples load the harnesses only for
  ``--offline`` (their real start is checked too), bar the examples that are harness runs by
  design (:data:`SCRIPTS_ON_HARNESSES`).
* The pack's own modules import each other without cycles.
* An import of the pack's own modules inside a function is there for laziness and says so
  (a ``# lazy`` comment between the ``def`` and the import).
* Pure modules — and every package face — load neither pipecat nor onnxruntime.
* No package exports a public name that is also the name of one of its submodules or
  subpackages (once the submodule is imported, the import system binds the module to that
  name on the package, and ``from package import name`` gives the module).
"""

from __future__ import annotations

import ast
import os
import pkgutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import pipecat_rt_best
from pipecat_rt_best._lazy import _exports
from tests.ports import refused_port

ROOT = Path(pipecat_rt_best.__file__).parent
PACKAGE = "pipecat_rt_best"
PRACTICES = {
    "noise_robust_vad",
    "interruption_truncation",
    "indic_numbers",
    "g711_passthrough",
    "session_pool",
    "realtime_prompt",
    "azure_tts",
}
COMPONENTS = {"base", "realtime", "call_pipeline", *PRACTICES}

# area -> areas it may import (besides itself and pipecat)
ALLOWED: dict[str, set[str]] = {
    "base": set(),
    "noise_robust_vad": {"base"},
    "interruption_truncation": {"base"},
    "indic_numbers": {"base"},
    "g711_passthrough": {"base"},
    "session_pool": {"base"},  # plain asyncio + websockets; knows nothing of pipecat
    "realtime_prompt": {"base", "indic_numbers"},  # Context values spelled out by practice 5
    "azure_tts": {"base"},  # text transforms (practice 5) are plugged in by the caller
    # the service composes truncation and adopts pooled sessions (realtime → session_pool)
    "realtime": {"base", "interruption_truncation", "session_pool"},
    "call_pipeline": {"base", "realtime", *PRACTICES},
    "testing": {"base", "realtime", "call_pipeline", *PRACTICES},
    "cli": {"base", "realtime", "call_pipeline", "testing", *PRACTICES},
}

# modules that must import without pipecat or onnxruntime (state machines, grammars, clocks,
# codecs, validators); the package faces are checked separately.
PURE_MODULES = [
    "azure_tts.sentence_splitter",
    "azure_tts.ssml",
    "azure_tts.spoken_map",
    "azure_tts.env",
    "testing.azure_speech_emulator.usp",
    "testing.azure_speech_emulator.ssml",
    "testing.azure_speech_emulator.audio",
    "base.audio_format",
    "base.g711",
    "base.word_timing",
    "base.redaction",
    "base.log_throttle",
    "base.env_file",
    "base.xml_text",
    "base.transform_factory",
    "base.extras",
    "base.entra",
    "base.phonemes",
    "base.whole_words",
    "base.spoken_sentence",
    "base.keywords",
    "base.pipecat_names",
    "base.usage",
    "noise_robust_vad.params",
    "noise_robust_vad.background_voice",
    "noise_robust_vad.ambient",
    "noise_robust_vad.state_machine",
    "noise_robust_vad.voice_profile",
    "noise_robust_vad.clarity",
    "noise_robust_vad.tuning",
    "noise_robust_vad.baseline",
    "interruption_truncation.clock",
    "indic_numbers.languages",
    "indic_numbers.options",
    "indic_numbers.patterns",
    "indic_numbers.words",
    "indic_numbers.readers.dates",
    "indic_numbers.readers.times",
    "indic_numbers.readers.money",
    "indic_numbers.readers.fractions",
    "indic_numbers.readers.numbers",
    "indic_numbers.normalizer",
    "indic_numbers.prompt",
    "indic_numbers.streaming",
    "realtime_prompt.model",
    "realtime_prompt.render",
    "realtime_prompt.loader",
    "realtime_prompt.validation",
    "realtime_prompt.graph",
    "realtime_prompt.lexicon",
    "realtime_prompt.state_tracker",
    "g711_passthrough.dialects",
    "g711_passthrough.playout",
    "g711_passthrough.signature",
    "g711_passthrough.call_deadlines",
    "g711_passthrough.stream_token",
    "g711_passthrough.held_slots",
    "g711_passthrough.fallback",
    "g711_passthrough.reorder",
    "testing.phone_line",
    "call_pipeline.bot_plan",
    "call_pipeline.keypad",
    "call_pipeline.exit_turn",
    "interruption_truncation.carry_over",
    "session_pool.backoff",
    "session_pool.breaker",
    "session_pool.demand",
    "session_pool.metrics",
    "session_pool.pool",
    "realtime.unanswered_input",
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _pack_imports(path: Path) -> list[tuple[str, int, bool]]:
    """(imported pack module, line, at module level) for each import of the pack's modules.

    Imports under ``if TYPE_CHECKING:`` are skipped (they never run).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_checking = {
        id(stmt)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
        for stmt in ast.walk(node)
    }
    top_level = {id(stmt) for stmt in tree.body}
    found: list[tuple[str, int, bool]] = []
    for node in ast.walk(tree):
        if id(node) in type_checking:
            continue
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            # "from pkg import submodule" names a module; "from mod import obj" does not
            if name.startswith(PACKAGE + ".") and name in MODULES:
                found.append((name, node.lineno, id(node) in top_level))
    return found


def test_the_layer_map_covers_every_area() -> None:
    areas = {_area(m) for m in MODULES} - {""}
    # private helpers at the top (``_lazy``) are layer-free; everything else has a rule
    assert {a for a in areas if not a.startswith("_")} <= set(ALLOWED), areas - set(ALLOWED)


def _allowed(area: str) -> set[str]:
    """The areas a module of ``area`` may import."""
    layer_free = area.startswith("_") or area == ""
    # the entry point runs the CLI; the package faces' loader names a missing extra (base);
    # the package itself tidies LOGURU_* before anything loads loguru (base.loguru_env)
    top_level = {"": {"base"}, "__main__": {"cli"}, "_lazy": {"base"}}
    return top_level.get(area, set()) | {"_lazy"} if layer_free else ALLOWED[area] | {area, "_lazy"}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_follow_the_layers(module: str) -> None:
    area = _area(module)
    allowed = _allowed(area)
    for imported, line, _ in _pack_imports(MODULES[module]):
        target = _area(imported)
        assert target in allowed, f"{module}:{line} imports {imported} ({area} → {target})"


def test_face_exports_follow_the_layers() -> None:
    # a face lists its exports under ``if TYPE_CHECKING:`` (skipped above: those imports never
    # run as written), but lazy_face imports each export's module on first use: the same rules
    # hold for them. The package's own face re-exports the components, never a harness.
    offenders: list[str] = []
    for module, path in sorted(MODULES.items()):
        if path.name != "__init__.py":
            continue
        area = _area(module)
        allowed = COMPONENTS if area == "" else _allowed(area)
        offenders += [
            f"{module}.{name} -> {home} ({area or PACKAGE} → {_area(home)})"
            for name, home in sorted(_exports(str(path), module).items())
            if _area(home) not in allowed
        ]
    assert not offenders, "\n".join(offenders)


def test_no_component_imports_the_harnesses_or_the_cli() -> None:
    offenders = [
        f"{module}:{line} imports {imported}"
        for module, path in MODULES.items()
        if _area(module) in COMPONENTS
        for imported, line, _ in _pack_imports(path)
        if _area(imported) in {"testing", "cli"}
    ]
    assert not offenders


REPO = ROOT.parents[1]
SCRIPTS = {
    p.relative_to(REPO).as_posix(): p
    for folder in ("pipelines", "examples")
    for p in sorted((REPO / folder).glob("*.py"))
}
"""The sample bots and the examples: components for this purpose (serving real calls,
showing a practice), on the same rule as the pack's own: the offline-testing harnesses load
only for ``--offline``."""
SCRIPTS_ON_HARNESSES = {
    # its realtime side is always the emulator, so the run is repeatable
    "examples/azure_tts_call.py": {
        "pipecat_rt_best.testing.realtime_emulator",
        "pipecat_rt_best.testing.azure_speech_emulator",
    },
    # the caller's lines are the prompt's scripted walk, against a real backend too
    "examples/structured_prompt.py": {"pipecat_rt_best.testing.prompt_walk"},
}
"""The examples that are harness runs by design, and the harnesses each runs on."""


def _imports_run_at_start(path: Path) -> list[tuple[str, int]]:
    """(module, line) for each import of ``path`` outside any function: those run when the
    script starts, ``if __name__ == "__main__":`` block included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_function = {
        id(node)
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(fn)
    }
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if id(node) in in_function:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
        elif isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
    return found


def test_the_scripts_import_the_harnesses_only_for_offline() -> None:
    assert "pipelines/phone_bot.py" in SCRIPTS and "examples/pooled_calls.py" in SCRIPTS
    offenders = [
        f"{script}:{line} imports {module} when it starts"
        for script, path in SCRIPTS.items()
        for module, line in _imports_run_at_start(path)
        if (module == f"{PACKAGE}.testing" or module.startswith(f"{PACKAGE}.testing."))
        and module not in SCRIPTS_ON_HARNESSES.get(script, set())
    ]
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize(
    ("script", "args"),
    [
        ("pipelines/phone_bot.py", ["-t", "twilio"]),
        ("pipelines/hindi_phone_bot.py", ["-t", "twilio"]),
        ("pipelines/browser_bot.py", ["-t", "webrtc"]),
        ("examples/pooled_calls.py", []),
        ("examples/hindi_numbers_text.py", []),
    ],
)
def test_a_real_start_loads_no_harness(script: str, args: list[str]) -> None:
    # the bots' __main__ lived in testing/offline_bot.py: every real start loaded the media
    # stream simulator and the synthetic caller. A bot is stopped at its last start-up check
    # (its port is taken), an example at its first connect (nothing listens on the URL).
    with socket.socket() as busy:
        busy.bind(("localhost", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_", "OPENAI_"))}
        env |= {
            "OPENAI_API_KEY": "sk-not-real",
            "OPENAI_REALTIME_URL": f"ws://127.0.0.1:{refused_port()}/v1/realtime",
            "AZURE_SPEECH_API_KEY": "not-real",
            "AZURE_SPEECH_REGION": "centralindia",
            "PIPECAT_RT_BEST_POOL_SIZE": "0",
        }
        env.pop("PIPECAT_RT_BEST_BACKEND", None)
        bot = script.startswith("pipelines/")
        done = subprocess.run(
            [sys.executable, "-X", "importtime", str(SCRIPTS[script]), *args]
            + (["--port", str(port)] if bot else []),
            capture_output=True, text=True, timeout=120, env=env, check=False,
        )  # fmt: skip
    started = "cannot listen on" if bot else "127.0.0.1"
    assert done.returncode != 0 and started in done.stderr, done.stderr[-2000:]
    harnesses = sorted(
        {
            line.rsplit("|", 1)[-1].strip()
            for line in done.stderr.splitlines()
            if line.startswith("import time:") and f"{PACKAGE}.testing" in line
        }
    )
    assert harnesses == []


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {
        module: {imp for imp, _, top in _pack_imports(path) if top and imp != module}
        for module, path in MODULES.items()
    }
    # a package's face is imported before any of its modules; that edge is not a cycle
    for module in graph:
        graph[module] = {m for m in graph[module] if not module.startswith(m + ".")}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> None:
        if node in done:
            return
        assert node not in visiting, " → ".join([*visiting[visiting.index(node) :], node])
        visiting.append(node)
        for nxt in sorted(graph.get(node, ())):
            visit(nxt)
        visiting.pop()
        done.add(node)

    for module in sorted(graph):
        visit(module)


def test_imports_inside_functions_say_they_are_lazy() -> None:
    offenders: list[str] = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for imported, line, top in _pack_imports(path):
            if top:
                continue
            above = lines[: line - 1]
            # walk up to the enclosing def; a "# lazy" comment on the way explains the import
            for text in reversed(above):
                if "# lazy" in text:
                    break
                if text.lstrip().startswith(("def ", "async def ")):
                    offenders.append(f"{module}:{line} imports {imported} inside a function")
                    break
    assert not offenders, "\n".join(offenders)


_HEAVY = ("pipecat", "onnxruntime", "torch")
_PROBE = (
    "import importlib, sys\n"
    "importlib.import_module(sys.argv[1])\n"
    f"print(' '.join(sorted({{k.split('.')[0] for k in sys.modules}} & set({_HEAVY!r}))))\n"
)


def _heavy_after_import(modules: list[str]) -> dict[str, str]:
    """For each module imported alone in a fresh interpreter: the heavy packages it loaded."""
    loaded: dict[str, str] = {}
    for module in modules:
        proc = subprocess.run(
            [sys.executable, "-c", _PROBE, module], capture_output=True, text=True, check=True
        )
        heavy = proc.stdout.strip()
        if heavy:
            loaded[module] = heavy
    return loaded


def test_pure_modules_load_neither_pipecat_nor_onnxruntime() -> None:
    assert _heavy_after_import([f"{PACKAGE}.{m}" for m in PURE_MODULES]) == {}


def test_package_faces_are_lazy() -> None:
    faces = sorted(m for m, p in MODULES.items() if p.name == "__init__.py")
    assert PACKAGE in faces
    assert _heavy_after_import(faces) == {}


def _public_names(init: Path, package: str) -> set[str]:
    """A package face's public names: its lazy exports and any literal ``__all__`` entries."""
    names = set(_exports(str(init), package))
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            and isinstance(node.value, ast.List | ast.Tuple)
        ):
            names |= {
                e.value
                for e in node.value.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
    return names


def test_no_public_name_is_also_a_submodule_name() -> None:
    """``pipecat_rt_best.testing`` once exported a function ``simulated_call`` next to its
    subpackage ``testing/simulated_call/``: after anything imported the subpackage, ``from
    pipecat_rt_best.testing import simulated_call`` gave the module, not the function."""
    faces = {m: p for m, p in MODULES.items() if p.name == "__init__.py"}
    assert len(faces) > 5
    clashes: dict[str, list[str]] = {}
    for package, init in sorted(faces.items()):
        submodules = {m.name for m in pkgutil.iter_modules([str(init.parent)])}
        clash = sorted(_public_names(init, package) & submodules)
        if clash:
            clashes[package] = clash
    assert clashes == {}


def test_package_faces_re_export_explicitly() -> None:
    """Type checkers cannot evaluate the ``__all__`` that :func:`lazy_face` builds, and under
    ``mypy --strict`` (``no_implicit_reexport``) a bare ``from x import Y`` is no export: every
    documented ``from pipecat_rt_best... import Y`` was an error. Each face's TYPE_CHECKING
    import therefore says ``Y as Y``."""
    faces = {m: p for m, p in MODULES.items() if p.name == "__init__.py"}
    bare: dict[str, list[str]] = {}
    for package, init in sorted(faces.items()):
        for node in ast.parse(init.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
                for stmt in node.body:
                    if isinstance(stmt, ast.ImportFrom):
                        names = [a.name for a in stmt.names if a.asname != a.name]
                        if names:
                            bare.setdefault(package, []).extend(names)
    assert bare == {}
