"""The ``pipecat-rt-best`` command.

Each subcommand is a module of this package exposing ``register(subparsers)``; that
function adds its parser and sets ``func`` to a callable taking the parsed namespace and
returning an exit code. Subcommands import what they run when they run it, so ``--help``
stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from pipecat_rt_best.base.loguru_env import refused_loguru_env

# before loguru loads (cli.errors imports it): a LOGURU_* value it would refuse, reported by main()
REFUSED_ENV = refused_loguru_env()

from pipecat_rt_best.base.broken_pipe import stdout_closed  # noqa: E402
from pipecat_rt_best.base.env_file import (  # noqa: E402
    EnvFileError,
    load_env_file,
    loopback_without_proxy,
)
from pipecat_rt_best.base.extras import MissingExtraError, missing_extra  # noqa: E402
from pipecat_rt_best.base.redaction import redact  # noqa: E402
from pipecat_rt_best.cli.errors import (  # noqa: E402
    LOG_LEVELS,
    CliError,
    OneLineArgumentParser,
    setup_logging,
    text_streams_take_any_text,
)

# Modules providing subcommands, in the order they appear in --help.
SUBCOMMAND_MODULES: tuple[str, ...] = (
    "pipecat_rt_best.cli.simulate",
    "pipecat_rt_best.cli.emulator",
    "pipecat_rt_best.cli.azure_speech_emulator",
    "pipecat_rt_best.cli.normalize",
    "pipecat_rt_best.cli.telephony",
    "pipecat_rt_best.cli.prompt",
    "pipecat_rt_best.cli.tune_vad",
    "pipecat_rt_best.cli.bench",
)


class _LogLevelAction(argparse.Action):
    """``--log-level``, noted as given (``log_level_given``): a command with a quieter default
    of its own (``simulate``'s WARNING, which keeps its timeline readable) keeps it only
    when no level was asked for."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, values)
        namespace.log_level_given = True


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineArgumentParser(  # argparse's refusals in one line, subcommands included
        prog="pipecat-rt-best",
        description="GPT-4o Realtime phone-bot practices for Pipecat: tools and offline demos.",
    )
    parser.add_argument(
        "--log-level",
        type=str.upper,
        choices=LOG_LEVELS,
        default="INFO",
        action=_LogLevelAction,
        help="log level (default INFO, simulate's WARNING; secrets are redacted at every level; DEBUG and TRACE "
        "log the calls' content: the prompt's context, tool arguments, what the bot says, "
        "i.e. personal data; for test calls only)",
    )
    parser.set_defaults(log_level_given=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    text_streams_take_any_text()
    if REFUSED_ENV is not None:  # loguru loaded without it; the user's setting is wrong
        print(f"pipecat-rt-best: error: {REFUSED_ENV}", file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    setup_logging(args.log_level)
    try:
        load_env_file()  # keys kept in .env count as set
    except EnvFileError as exc:
        print(f"{parser.prog} {args.command}: error: {exc}", file=sys.stderr)
        return 2
    loopback_without_proxy()  # the offline runs' clients reach their own servers directly
    try:
        return int(func(args) or 0)
    except CliError as exc:
        # redacted as every log line is: an error may quote what the user typed (a URL with
        # its password); each command names such input redacted, this catches what it missed
        print(f"{parser.prog} {args.command}: error: {redact(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except (ModuleNotFoundError, MissingExtraError) as exc:
        missing = exc if isinstance(exc, MissingExtraError) else missing_extra(exc, "this command")
        if not isinstance(missing, MissingExtraError):
            raise  # a broken install, not an extra left out
        print(f"{parser.prog} {args.command}: error: {missing}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # stdout piped into a reader that stopped (| head): a quiet end
        return stdout_closed()
