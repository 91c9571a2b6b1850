"""``pipecat-rt-best prompt validate|render|graph|convert``: exit codes, every problem
printed, and bad files as one line with no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipecat_rt_best.cli import main
from pipecat_rt_best.realtime_prompt.loader import dump_prompt, load_prompt
from pipecat_rt_best.realtime_prompt.render import render_prompt

from .helpers import HINDI_LOAN, ROOT, TECHNEST, technest_data


def _write_mutation(tmp_path: Path) -> Path:
    data = technest_data()
    data["states"][2]["transitions"][0]["next_step"] = "4_colect_issue"  # dangling
    data["states"][1]["examples"] = []  # a warning
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("path", [TECHNEST, HINDI_LOAN])
def test_validate_clean_examples_exit_0(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prompt", "validate", str(path)]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


@pytest.mark.parametrize("path", [TECHNEST, HINDI_LOAN])
def test_the_command_in_an_examples_header_names_that_example(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    commands = [line[2:].split() for line in lines if line.startswith("# pipecat-rt-best ")]
    assert commands, "the header shows how to validate the file"
    for *command, named in commands:
        assert (ROOT / named).resolve() == path.resolve(), named  # run from the repository
        assert main([*command[1:], str(ROOT / named)]) == 0


def test_validate_prints_every_problem_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write_mutation(tmp_path)
    assert main(["prompt", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:" in out and "error [dangling-next-step]" in out
    assert "error [unreachable-state]" in out and "warning [missing-examples]" in out
    assert "4 error(s), 1 warning(s)" in out


def test_warnings_fail_only_with_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = technest_data()
    data["states"][1]["examples"] = []
    path = tmp_path / "warn.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert main(["prompt", "validate", str(path)]) == 0
    assert main(["prompt", "validate", "--strict", str(path)]) == 1
    assert main(["prompt", "validate", "--token-budget", "100", str(TECHNEST)]) == 0
    assert "warning [token-budget]" in capsys.readouterr().out


def test_validate_with_session_tools(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["prompt", "validate", "--tools", "verify_customer,create_ticket", str(TECHNEST)]) == 1
    )
    assert "'check_outage'" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "name", "words"),
    [
        (
            "states:\n  - id: a\n    transitions: [{next_step: b}\n",
            "syntax.yaml",
            ["syntax.yaml:4:", "YAML syntax error"],
        ),
        (
            "states:\n  - id: a\n    instructions: do it\n",
            "types.yaml",
            ["types.yaml:3:", "states[0].instructions"],
        ),
        ("states:\n  - description: x\n", "missing.yaml", ["missing.yaml:2:", "missing key 'id'"]),
        ('[{"id": "a",},]', "trailing.json", ["trailing.json:1:", "trailing comma"]),
    ],
)
def test_bad_files_one_line_exit_1_no_traceback(
    tmp_path: Path, content: str, name: str, words: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    # every action loads the same way; the real command in a subprocess for one of them
    for action in ("validate", "render", "graph") if name == "syntax.yaml" else ("validate",):
        done = subprocess.run(
            [sys.executable, "-m", "pipecat_rt_best.cli", "prompt", action, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 1, (action, done.stderr)
        assert "Traceback" not in done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        for word in words:
            assert word in lines[0]
        assert done.stdout == ""


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prompt", "validate", "/nonexistent/p.yaml"]) == 1
    assert capsys.readouterr().err.strip() == "/nonexistent/p.yaml: no such file"


def test_render_prints_the_prompt_and_narrows_to_a_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prompt", "render", "--no-state-tool", str(TECHNEST)]) == 0
    assert capsys.readouterr().out == render_prompt(load_prompt(TECHNEST).prompt) + "\n"
    out = tmp_path / "p.md"
    assert main(["prompt", "render", "--state", "6_escalate", "-o", str(out), str(TECHNEST)]) == 0
    assert "You are in the conversation state `6_escalate`" in out.read_text(encoding="utf-8")
    assert main(["prompt", "render", "--state", "9_nope", str(TECHNEST)]) == 1
    assert "no state '9_nope'" in capsys.readouterr().err


@pytest.mark.parametrize("path", [TECHNEST, HINDI_LOAN], ids=["technest", "hindi_loan"])
def test_render_prints_what_the_session_gets(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # what ConversationStateController (so phone_call) sends: the state tool's instruction
    # included, whole or narrowed to a state
    from pipecat_rt_best.realtime_prompt import ConversationStateController

    loaded = load_prompt(path)
    assert main(["prompt", "render", str(path)]) == 0
    out = capsys.readouterr().out
    assert out == ConversationStateController(loaded).instructions() + "\n"
    assert "call `set_conversation_state`" in out
    state = loaded.prompt.state_ids[2]
    assert main(["prompt", "render", "--state", state, str(path)]) == 0
    narrowed = ConversationStateController(loaded, narrow_instructions=True, initial_state=state)
    assert capsys.readouterr().out == narrowed.instructions() + "\n"


def test_render_warns_about_errors_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prompt", "render", str(_write_mutation(tmp_path))]) == 0
    captured = capsys.readouterr()
    assert "# Conversation States" in captured.out
    assert "4 validation error(s)" in captured.err


def test_graph_mermaid_and_dot(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["prompt", "graph", str(TECHNEST)]) == 0
    mermaid = capsys.readouterr().out
    assert mermaid.startswith("flowchart TD\n")
    assert '["3_verify_phone"]' in mermaid and '(["human_agent"])' in mermaid
    transitions = sum(len(st.transitions) for st in load_prompt(TECHNEST).prompt.states)
    assert mermaid.count("-->") == transitions == 13  # one edge per transition
    assert main(["prompt", "graph", "--format", "dot", str(_write_mutation(tmp_path))]) == 0
    dot = capsys.readouterr().out
    assert dot.startswith("digraph conversation_states {") and dot.rstrip().endswith("}")
    assert '"3_verify_phone" -> "4_colect_issue"' in dot
    assert '"4_colect_issue" [shape=octagon, color=red, fontcolor=red];' in dot  # the dangling one


def test_graph_png_needs_graphviz(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    code = main(
        ["prompt", "graph", "--format", "png", "-o", str(tmp_path / "g.png"), str(TECHNEST)]
    )
    if shutil.which("dot") is None:
        assert code == 1 and "needs Graphviz" in capsys.readouterr().err
    else:
        assert code == 0 and (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"


def test_convert_yaml_to_json_and_back(tmp_path: Path) -> None:
    out = tmp_path / "technest.json"
    assert main(["prompt", "convert", str(TECHNEST), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["states"][0]["id"] == "1_greeting"
    assert load_prompt(out).prompt == load_prompt(TECHNEST).prompt
    back = tmp_path / "back.yaml"
    assert main(["prompt", "convert", str(out), "-o", str(back)]) == 0
    assert load_prompt(back).prompt == load_prompt(TECHNEST).prompt


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_file_saved_with_a_utf8_bom_validates_and_converts(fmt: str, tmp_path: Path) -> None:
    # Windows editors (Notepad's "UTF-8 with BOM") start the file with U+FEFF
    saved = tmp_path / f"technest.{fmt}"
    saved.write_text("\ufeff" + dump_prompt(load_prompt(TECHNEST), fmt), encoding="utf-8")
    assert main(["prompt", "validate", str(saved)]) == 0
    out = tmp_path / ("converted.yaml" if fmt == "json" else "converted.json")
    assert main(["prompt", "convert", str(saved), "-o", str(out)]) == 0
    assert load_prompt(out).prompt == load_prompt(TECHNEST).prompt


@pytest.mark.parametrize("action", ["render", "graph", "convert"])
def test_an_output_that_is_the_input_file_is_refused_and_the_source_kept(
    action: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `prompt render my.yaml -o my.yaml` replaced the YAML with Markdown, graph with Mermaid,
    # convert dropped every comment: all with exit 0
    source = tmp_path / "my.yaml"
    source.write_text(TECHNEST.read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.yaml").hardlink_to(source)
    monkeypatch.chdir(tmp_path)
    for output in ("my.yaml", "./sub/../my.yaml", str(source), "link.yaml"):
        assert main(["prompt", action, "my.yaml", "-o", output]) == 1
        captured = capsys.readouterr()
        (line,) = captured.err.splitlines()
        assert f"-o {output} is the input file my.yaml" in line and "another file" in line
        assert source.read_bytes() == before
    assert main(["prompt", action, "my.yaml", "-o", "out.txt"]) == 0  # elsewhere: written
    assert (tmp_path / "out.txt").stat().st_size > 0 and source.read_bytes() == before


def test_a_missing_input_with_itself_as_output_says_it_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `prompt render X -o X` with no X said "-o X is the input file X": true, and no help
    monkeypatch.chdir(tmp_path)
    assert main(["prompt", "render", "missing.yaml", "-o", "missing.yaml"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert "missing.yaml" in line and "is the input file" not in line
    assert not (tmp_path / "missing.yaml").exists()
