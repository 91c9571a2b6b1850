"""A sample bot's ``__main__``: pipecat's development runner for real calls, ``--offline`` for one
simulated call.

A sample bot (``pipelines/*.py``, or your own in that shape) is a pipecat runner script:
``async def bot(runner_args)``, launched with ``python bot.py -t twilio``. :func:`run_bot_script`
adds ``--offline`` (and the bot's ``--prompt``) to the runner's command line, refuses to start
(one line, exit 2) with a ``-t`` the bot does not serve, a port in use, STUN/TURN servers the
runner cannot read, a bad ``PIPECAT_RT_BEST_POOL_SIZE`` or no backend configured
(:func:`backend_problem`), and otherwise hands over to ``pipecat.runner.run.main``, with the
calls logged at ``LOGURU_LEVEL`` (the runner's own sink is at DEBUG). Only
``--offline`` loads the offline-testing harness (:mod:`pipecat_rt_best.testing.offline_bot`).
"""

from __future__ import annotations

import argparse
import difflib
import errno
import json
import os
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pipecat_rt_best.azure_tts.env import AzureSpeechConfig, AzureSpeechConfigError
from pipecat_rt_best.base.env_file import load_env_file_or_exit, loopback_without_proxy
from pipecat_rt_best.call_pipeline.bot_plan import Bot, BotPlan
from pipecat_rt_best.cli.errors import OneLineArgumentParser, text_streams_take_any_text
from pipecat_rt_best.g711_passthrough.dialects import PROVIDERS
from pipecat_rt_best.realtime.env import RealtimeConfigError, backend_config_from_env

if TYPE_CHECKING:
    from pipecat_rt_best.testing.offline_bot import OfflineCall

__all__ = ["backend_problem", "run_bot_script"]


def backend_problem(
    modality: Literal["audio", "text"], env: Mapping[str, str] | None = None
) -> str | None:
    """What to set for the bot to serve real calls, in one line (None: it is configured)."""
    env = os.environ if env is None else env
    try:
        backend_config_from_env(env)
    except RealtimeConfigError as exc:
        return str(exc)
    if modality == "text":
        try:
            AzureSpeechConfig.from_env(env)
        except AzureSpeechConfigError as exc:
            return str(exc)
    return None


class _RunnerParser(OneLineArgumentParser):
    """The runner's command line as a bot serving ``transports`` takes it: the runner's
    ``-t`` offers those only (its help offers every transport, "omit to support all"), and
    its Daily options (``-d/--direct``, ``--dialin``) are left out of the help of a bot that
    serves no daily."""

    def __init__(self, *args: Any, transports: Sequence[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.transports = list(transports)

    def add_argument(self, *names: Any, **kwargs: Any) -> argparse.Action:
        if "--transport" in names:
            kwargs["choices"] = self.transports
            kwargs["help"] = (
                f"{self.transports[0]}, the only transport this bot serves (the default)"
                if len(self.transports) == 1
                else "the provider whose calls to serve; without -t, /ws takes a call from any "
                "of them (recognised from the stream's start message)"
            )
        elif "--verbose" in names:
            kwargs["help"] = (
                "log at TRACE, not at LOGURU_LEVEL (the bots' default WARNING): the calls' "
                "content is logged (personal data), for test calls only"
            )
        elif {"--direct", "--dialin"} & set(names) and "daily" not in self.transports:
            kwargs["help"] = argparse.SUPPRESS  # Daily's
        return super().add_argument(*names, **kwargs)


def _port_problem(host: str, port: int) -> str | None:
    """Why the runner could not listen on ``host:port`` (in use, not allowed), else None:
    uvicorn would say it in a block of log lines, after the runner's banner."""
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError, OverflowError) as exc:
        return f"cannot listen on {host}:{port} ({exc}): check --host and --port"
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            try:
                probe.bind(address)
            except OSError as exc:
                if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                    return (
                        f"cannot listen on {host}:{port} ({exc.strerror}): stop the program "
                        "using it or pass another --port"
                    )
    return None


def _ice_servers_problem(given: list[str] | None) -> str | None:
    """Why the runner cannot read the STUN/TURN servers (``--ice-servers``' entries, else
    ``PIPECAT_ICE_SERVERS``), else None. Read by the runner's own parser; the line does not
    echo the value (a TURN credential may be in it)."""
    # lazy: pipecat's runner loads only to serve
    from pipecat.runner.run import _parse_ice_servers

    value: list[str] | str | None = given
    if given is not None:
        source, form = "--ice-servers", "URLs (stun:HOST:PORT) or JSON objects"
    else:
        source, value = "PIPECAT_ICE_SERVERS", os.environ.get("PIPECAT_ICE_SERVERS")
        form = "comma-separated URLs (stun:HOST:PORT) or a JSON array of objects"
    try:
        _parse_ice_servers(value)
    except ValueError as exc:
        why = f" ({exc.__cause__})" if isinstance(exc.__cause__, json.JSONDecodeError) else ""
        return (
            f"{source} is not a list of STUN/TURN servers{why}: give {form} "
            'with "urls" and, for TURN, "username" and "credential"'
        )
    return None


def _check_pool_size(prog: str) -> None:
    """``PIPECAT_RT_BEST_POOL_SIZE`` as the bots read it, checked before anything starts."""
    # lazy: the telephony composition loads only for the bots that run
    from pipecat_rt_best.call_pipeline.telephony_server import pool_size_from_env

    try:
        pool_size_from_env()
    except ValueError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        sys.exit(2)


_WEBHOOK_XML = ("twilio", "telnyx", "plivo")
"""The providers whose webhook pipecat's runner answers with stream XML naming ``--proxy``."""


def run_bot_script(
    doc: str | None,
    bot: Bot,
    *,
    plan: BotPlan,
    prompt: Path | None = None,
    transports: Sequence[str] = PROVIDERS,
    offline: OfflineCall | None = None,
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
    argv: list[str] | None = None,
) -> None:
    """A sample bot's ``__main__``: ``--offline`` runs one simulated call, otherwise
    pipecat's development runner serves ``bot`` once the backend is configured. Never
    returns (exits with the result).

    ``prompt``: the bot's structured prompt — ``--prompt`` (default this file) is added,
    and the file is validated before anything starts. ``transports``: the ``-t`` values
    the bot serves (default the four phone providers); another ``-t`` is refused in one
    line, as is the runner's ``-d/--direct`` (``-t daily``) unless the bot serves daily, and
    a bot serving one transport gets it without ``-t``. The runner's ``--port`` and STUN/TURN
    servers are checked before it starts (it would log a mistake in them and return).
    Calls are logged at ``LOGURU_LEVEL`` (default WARNING; TRACE with the runner's ``-v``),
    each line redacted: the runner's own DEBUG sink is replaced when the server starts.
    ``offline``: the bot's offline call (default
    :func:`~pipecat_rt_best.testing.offline_bot.offline_call_for` ``transports``: a phone call
    whose provider is ``--provider``, one of ``transports``, or the browser's for a bot serving
    ``webrtc`` only); ``add_arguments``: the bot's own options.

    Only ``--offline`` imports :mod:`pipecat_rt_best.testing` (the emulators and the
    simulated caller); a real start loads the pack's components and pipecat's runner alone.
    """
    # a console without Indic letters (a Windows redirect): the --offline report's Devanagari
    # and '→', the calls' logs and --help are escaped, not a UnicodeEncodeError traceback
    text_streams_take_any_text()
    argv = sys.argv[1:] if argv is None else argv
    prog = Path(sys.argv[0]).name
    load_env_file_or_exit()  # before the backend check below (pipecat's runner reads it later)
    loopback_without_proxy()  # --offline's clients reach its emulators directly
    description = (doc or "").strip().splitlines()[0] if doc else None
    wants_help = any(a in ("-h", "--help") for a in argv)
    if not wants_help:
        _check_pool_size(prog)  # a bad value broke every call (a traceback per call)
    own = OneLineArgumentParser(prog=prog, add_help=False)
    own.add_argument(
        "--offline",
        action="store_true",
        help="run one simulated call against the built-in emulators (no keys) and exit",
    )
    providers = [t for t in transports if t in PROVIDERS]
    if offline is None and providers:
        own.add_argument(
            "--provider",
            choices=providers,
            default=providers[0],
            help=f"--offline: the provider the simulated call speaks as (default {providers[0]})",
        )
    if prompt is not None:
        own.add_argument(
            "--prompt", type=Path, default=prompt, help="structured prompt file (YAML/JSON)"
        )
    if add_arguments is not None:
        add_arguments(own)
    known, _ = own.parse_known_args(argv)
    prompt_path = getattr(known, plan.prompt_arg, None)
    if prompt_path is not None and not wants_help:
        # lazy: the prompt model loads only when a bot has a prompt
        from pipecat_rt_best.call_pipeline.runner import BotConfigError, load_bot_prompt

        try:
            load_bot_prompt(prompt_path)  # a bad file is refused now, not on the first call
        except BotConfigError as exc:
            print(f"{prog}: error: {exc}", file=sys.stderr)
            sys.exit(2)
    transport = argparse.ArgumentParser(add_help=False)
    transport.add_argument("-t", "--transport")
    transport.add_argument("-d", "--direct", action="store_true")  # the runner's: -t daily
    transport.add_argument("-x", "--proxy")  # the runner's public host for the webhook XML
    given = transport.parse_known_args(argv)[0]
    chosen = given.transport
    if known.offline:
        parser = OneLineArgumentParser(prog=prog, description=description, parents=[own])
        parser.add_argument(
            "-v", "--verbose", action="count", default=0, help="--offline: show the call's logs"
        )
        args, rest = parser.parse_known_args(argv)
        if rest:  # the runner's options (-t, --port, ...), or a typo
            hint = ""
            if chosen in providers and hasattr(args, "provider"):
                hint = f"; the simulated call's provider is --provider {chosen}"
            parser.error(
                f"--offline takes no runner options (unrecognized: {' '.join(rest)}){hint}"
            )
        if prompt is not None and getattr(args, plan.prompt_arg) != prompt:
            plan = replace(plan, long_reply=None)  # the bot's reply belongs to its own prompt
        # lazy: the offline harness (emulators, simulated caller) loads only for --offline
        from pipecat_rt_best.testing.offline_bot import offline_call_for, offline_main

        sys.exit(offline_main(prog, bot, args, plan, offline or offline_call_for(transports)))
    if given.direct and "daily" not in transports and not wants_help:
        print(
            f"{prog}: error: this bot serves -t {'|'.join(transports)} only, and -d/--direct "
            "joins a Daily room (-t daily): drop -d",
            file=sys.stderr,
        )
        sys.exit(2)
    if chosen is None and len(transports) == 1:
        argv = [*argv, "-t", transports[0]]  # the runner would otherwise offer every transport
    elif chosen is not None and chosen not in transports and not wants_help:
        close = difflib.get_close_matches(chosen, list(transports), n=1)
        hint = f": did you mean -t {close[0]}?" if close else ""
        print(
            f"{prog}: error: this bot serves -t {'|'.join(transports)} only, not -t {chosen}"
            + hint,
            file=sys.stderr,
        )
        sys.exit(2)
    problem = None if wants_help else backend_problem(plan.modality)
    if problem is not None:
        print(f"{prog}: error: {problem} — or run with --offline", file=sys.stderr)
        sys.exit(2)
    # lazy: pipecat's runner (FastAPI, uvicorn, transports) loads only to serve
    from pipecat.runner.run import RUNNER_HOST, RUNNER_PORT, app, main

    if plan.warm_pool and not wants_help:
        # lazy: as above
        from pipecat_rt_best.call_pipeline.runner import warm_pool_while_serving

        warm_pool_while_serving(app)  # the first call starts on a warm session too

    parser = _RunnerParser(prog=prog, description=description, parents=[own], transports=transports)
    if not wants_help:
        # the runner's --host/--port (its own parser refuses a --port that is no number)
        where = argparse.ArgumentParser(add_help=False)
        where.add_argument("--host", default=RUNNER_HOST)
        where.add_argument("--port", default=str(RUNNER_PORT))
        where.add_argument("--ice-servers", nargs="*")
        where.add_argument("-v", "--verbose", action="count", default=0)
        chosen_at = where.parse_known_args(argv)[0]
        try:
            port: int | None = int(chosen_at.port)
        except ValueError:
            port = None  # not a number: the runner's own parser says so
        if port is not None and not 0 <= port <= 65535:
            # getaddrinfo keeps a port's low 16 bits: 99999 listened on 34463, silently
            print(f"{prog}: error: --port must be 0-65535, not {port}", file=sys.stderr)
            sys.exit(2)
        problem = _port_problem(chosen_at.host, port) if port is not None else None
        # the runner logs a mistake in the servers and returns: the bot exited 0
        problem = problem or _ice_servers_problem(chosen_at.ice_servers)
        if problem is not None:
            print(f"{prog}: error: {problem}", file=sys.stderr)
            sys.exit(2)
        # lazy: as above
        from pipecat_rt_best.call_pipeline.runner import log_at_level_while_serving

        # the runner logs at DEBUG (TRACE with -v) whatever LOGURU_LEVEL says: the level is
        # put back before a call comes in (pipecat logs a call's content at DEBUG)
        level = "TRACE" if chosen_at.verbose else os.environ.get("LOGURU_LEVEL", "WARNING")
        # which backend the calls go to, at INFO (no key): Azure's SDK names are not read
        backend = backend_config_from_env().describe()
        log_at_level_while_serving(app, level, started=f"{prog}: realtime backend {backend}")
        served = chosen if chosen is not None else transports[0] if len(transports) == 1 else None
        if served in _WEBHOOK_XML and not given.proxy:
            # the runner answers the provider's webhook (POST /) with wss://{--proxy}/ws
            print(
                f"{prog}: warning: without -x/--proxy the webhook (POST /) answers {served} with "
                "the stream URL wss://None/ws, which no call reaches: pass -x <your-public-host>, "
                "or point the stream at wss://<your-public-host>/ws yourself",
                file=sys.stderr,
            )
    sys.argv = [sys.argv[0], *argv]
    main(parser)
    sys.exit(0)
