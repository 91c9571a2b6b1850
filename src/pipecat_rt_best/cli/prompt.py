"""``pipecat-rt-best prompt``: validate, render, graph and convert structured realtime prompts.

``prompt validate FILE`` prints every problem (``FILE:LINE: error [code] ...``) and exits 0
when there is no error, 1 otherwise (``--strict``: warnings count too). A file that cannot
be read — a YAML/JSON syntax error, a wrong type, a missing or unknown key — is one line
naming the field and the line, exit code 1. ``render``, ``graph`` and ``convert`` refuse an
``-o`` that is the input file itself (exit 1): they never overwrite the prompt source.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from pipecat_rt_best.realtime_prompt.graph import to_dot, to_mermaid
from pipecat_rt_best.realtime_prompt.loader import (
    LoadedPrompt,
    PromptFileError,
    dump_prompt,
    load_prompt,
)
from pipecat_rt_best.realtime_prompt.render import (
    STATE_TOOL_NAME,
    render_prompt,
    render_state_prompt,
)
from pipecat_rt_best.realtime_prompt.validation import DEFAULT_TOKEN_BUDGET, validate_prompt


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "prompt",
        help="validate, render or draw a structured realtime prompt (YAML/JSON)",
        description=(
            "Structured realtime prompts: five sections and a conversation-state graph, "
            "checked before a caller finds the mistake."
        ),
    )
    sub = parser.add_subparsers(dest="prompt_command", metavar="ACTION", required=True)

    validate = sub.add_parser("validate", help="check a prompt file; exit 1 on errors")
    validate.add_argument("file", help="prompt file (.yaml/.yml or .json; a bare state list works)")
    validate.add_argument(
        "--tools",
        default=None,
        help="comma-separated session tool names (default: the file's tools)",
    )
    validate.add_argument(
        "--token-budget", type=int, default=DEFAULT_TOKEN_BUDGET, help="warn above this many tokens"
    )
    validate.add_argument(
        "--state-tool", action="store_true", help="the state tracker's tool is used"
    )
    validate.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    validate.set_defaults(func=run_validate)

    render = sub.add_parser(
        "render",
        help="print the prompt as the session's instructions",
        description=(
            "Print the instructions a call's session gets: what ConversationStateController "
            "(and so phone_call) sends, the state tool's instruction included."
        ),
    )
    render.add_argument("file")
    render.add_argument(
        "--state",
        default=None,
        help="narrow the prompt to this conversation state (as narrow_instructions=True does)",
    )
    render.add_argument(
        "--state-tool",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=(
            "include the instruction to report transitions with the state tool, as the "
            "controller sends it (default); --no-state-tool: the prompt alone"
        ),
    )
    render.add_argument("-o", "--output", default=None, help="write here instead of stdout")
    render.set_defaults(func=run_render)

    graph = sub.add_parser("graph", help="draw the state graph (Mermaid, Graphviz DOT, or PNG)")
    graph.add_argument("file")
    graph.add_argument("--format", choices=("mermaid", "dot", "png"), default="mermaid")
    graph.add_argument("-o", "--output", default=None, help="output file (required for png)")
    graph.set_defaults(func=run_graph)

    convert = sub.add_parser("convert", help="rewrite a prompt file as YAML or JSON")
    convert.add_argument("file")
    convert.add_argument("-o", "--output", required=True, help=".json → JSON, otherwise YAML")
    convert.set_defaults(func=run_convert)


def _fail(message: str) -> int:
    print(f"pipecat-rt-best prompt: {message}", file=sys.stderr)
    return 1


def _load(path: str) -> LoadedPrompt | None:
    try:
        return load_prompt(path)
    except PromptFileError as exc:
        print(str(exc), file=sys.stderr)
        return None


def _output_is_input(args: argparse.Namespace) -> int | None:
    """Refuse (exit 1, one line) an ``-o`` naming the input file, as the same path resolved
    or as the same file (a hard link): writing it would replace the prompt source; else None."""
    if args.output is None:
        return None
    source, output = Path(args.file), Path(args.output)
    if not source.is_file():  # a missing input: _load says it cannot be read
        return None
    try:
        same = source.resolve() == output.resolve() or (output.exists() and source.samefile(output))
    except OSError:  # the input cannot be read: _load says so
        return None
    if not same:
        return None
    return _fail(
        f"-o {args.output} is the input file {args.file}; "
        "write to another file (the source is left as it is)"
    )


def _write(text: str, output: str | None) -> int:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return 0
    try:
        Path(output).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as exc:
        return _fail(f"cannot write {output}: {exc.strerror or exc}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    loaded = _load(args.file)
    if loaded is None:
        return 1
    tools = (
        [t.strip() for t in args.tools.split(",") if t.strip()] if args.tools is not None else None
    )
    report = validate_prompt(
        loaded,
        session_tools=tools,
        token_budget=args.token_budget,
        state_tool=STATE_TOOL_NAME if args.state_tool else None,
    )
    print(report.format())
    if report.errors or (args.strict and report.warnings):
        return 1
    return 0


def run_render(args: argparse.Namespace) -> int:
    if (refused := _output_is_input(args)) is not None:
        return refused
    loaded = _load(args.file)
    if loaded is None:
        return 1
    prompt = loaded.prompt
    state_tool = STATE_TOOL_NAME if args.state_tool else None
    if args.state is not None:
        if args.state not in prompt.state_ids:
            return _fail(
                f"no state {args.state!r} in {args.file} (states: {', '.join(prompt.state_ids)})"
            )
        text = render_state_prompt(prompt, args.state, state_tool=state_tool)
    else:
        text = render_prompt(prompt, state_tool=state_tool)
    errors = validate_prompt(loaded, state_tool=state_tool).errors
    if errors:
        print(
            f"warning: {len(errors)} validation error(s); run `pipecat-rt-best prompt validate {args.file}`",
            file=sys.stderr,
        )
    return _write(text, args.output)


def run_graph(args: argparse.Namespace) -> int:
    if (refused := _output_is_input(args)) is not None:
        return refused
    loaded = _load(args.file)
    if loaded is None:
        return 1
    if args.format == "mermaid":
        return _write(to_mermaid(loaded.prompt), args.output)
    if args.format == "dot":
        return _write(to_dot(loaded.prompt), args.output)
    dot = shutil.which("dot")
    if dot is None:
        return _fail("--format png needs Graphviz's `dot` on PATH; use --format dot or mermaid")
    if not args.output:
        return _fail("--format png needs -o FILE.png")
    done = subprocess.run(
        [dot, "-Tpng", "-o", args.output],
        input=to_dot(loaded.prompt),
        text=True,
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        return _fail(
            f"dot failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}"
        )
    return 0


def run_convert(args: argparse.Namespace) -> int:
    if (refused := _output_is_input(args)) is not None:
        return refused
    loaded = _load(args.file)
    if loaded is None:
        return 1
    fmt = "json" if args.output.lower().endswith(".json") else "yaml"
    return _write(dump_prompt(loaded.prompt, fmt), args.output)
