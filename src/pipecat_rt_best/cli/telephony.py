"""``pipecat-rt-best telephony-server`` and ``pipecat-rt-best telephony-call``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import difflib
import ipaddress
import json
import os
import socket
import time
from collections.abc import AsyncIterator, Awaitable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from loguru import logger
from websockets.exceptions import InvalidHandshake, InvalidProxy, InvalidURI
from websockets.uri import parse_uri

from pipecat_rt_best.base.redaction import log_to_stderr, redact_url
from pipecat_rt_best.call_pipeline.header_timeout import (
    DEFAULT_HEADER_TIMEOUT_S,
    header_timeout_protocol,
)
from pipecat_rt_best.cli.errors import CliError, check_out_folder, check_port, listen_error
from pipecat_rt_best.g711_passthrough.call_deadlines import DeadlineConfig
from pipecat_rt_best.g711_passthrough.dialects import (
    DEFAULT_MAX_MESSAGE_BYTES,
    PROVIDERS,
    default_providers,
)
from pipecat_rt_best.g711_passthrough.fallback import load_prompt_wav
from pipecat_rt_best.g711_passthrough.signature import TWILIO_AUTH_TOKEN_ENV, twilio_auth_token

DEFAULT_INSTRUCTIONS = "You are a concise, warm phone agent. Keep answers short."


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    server = subparsers.add_parser(
        "telephony-server",
        help="serve phone calls (Twilio/Telnyx/Plivo/Exotel) with G.711 straight to the model",
        description=(
            "Webhooks (/PROVIDER/voice) and media WebSockets (/PROVIDER/media) running the "
            "sample pipeline: VAD-driven turns, the realtime service in audio/pcmu|pcma. The "
            "backend comes from the environment (AZURE_OPENAI_REALTIME_ENDPOINT + "
            "AZURE_OPENAI_API_KEY, or OPENAI_API_KEY); without one the server refuses to start. "
            "--emulator embeds an offline realtime emulator instead (for a try without keys)."
        ),
    )
    server.add_argument("--host", default="127.0.0.1")
    server.add_argument("--port", type=int, default=8080)
    server.add_argument(
        "--public-url", help="https://host where providers reach this server (for the webhooks)"
    )
    server.add_argument(
        "--providers",
        default=None,
        help="comma-separated (default: all; twilio with --validate-twilio-signature, the one "
        "provider whose webhooks are signed)",
    )
    server.add_argument("--instructions", default=DEFAULT_INSTRUCTIONS)
    server.add_argument("--max-message-bytes", type=int, default=DEFAULT_MAX_MESSAGE_BYTES)
    server.add_argument(
        "--ws-max-size", type=int, default=1 << 20, help="WebSocket frame cap (bytes)"
    )
    server.add_argument(
        "--validate-twilio-signature",
        action="store_true",
        help="check X-Twilio-Signature on /twilio/voice (auth token from $TWILIO_AUTH_TOKEN); "
        "media streams then need the signed answer's single-use token, and only Twilio is "
        "served unless --providers names others",
    )
    server.add_argument(
        "--streams-per-call", type=int, default=1, metavar="N",
        help="media streams one signed Twilio call may open (default 1: a replayed webhook "
        "gets none); a call flow that redirects calls back to the bot needs one per visit",
    )  # fmt: skip
    server.add_argument("--allowed-origin", action="append", default=[], metavar="ORIGIN")
    server.add_argument("--max-calls", type=int, default=None)
    server.add_argument("--exotel-law", choices=("ulaw", "alaw"), default="ulaw")
    server.add_argument(
        "--telnyx-codec",
        choices=("PCMU", "PCMA"),
        default="PCMU",
        help="bidirectionalCodec of the Telnyx stream: the law the model speaks and hears "
        "(a caller leg in the other law is converted by table)",
    )
    server.add_argument(
        "--no-vad", action="store_true", help="let the model take turns (server VAD)"
    )
    server.add_argument(
        "--emulator",
        action="store_true",
        help="answer calls from an embedded offline realtime emulator (no keys; never the "
        "default: without it a backend must be configured)",
    )
    server.add_argument(
        "--pool-size", type=int, default=None, metavar="N",
        help="warm realtime sessions kept per backend (default: $PIPECAT_RT_BEST_POOL_SIZE "
        "or 4; 0 = connect per call)",
    )  # fmt: skip
    server.add_argument(
        "--header-timeout", type=float, default=DEFAULT_HEADER_TIMEOUT_S, metavar="S",
        help="close a connection whose request headers are not complete in S seconds "
        "(slow or idle clients must not hold sockets; uvicorn has no such limit)",
    )  # fmt: skip
    server.add_argument(
        "--forwarded-allow-ips", default=None, metavar="IPS",
        help="trust X-Forwarded-For/-Proto from these proxy addresses (comma-separated IPs or "
        "CIDRs, '*' for any), so a client behind an ingress is known by its own address (the "
        "per-address stream limit); default $FORWARDED_ALLOW_IPS or 127.0.0.1,::1 (uvicorn's)",
    )  # fmt: skip
    server.add_argument(
        "--drain-timeout", type=float, default=30.0, metavar="S",
        help="on SIGTERM, refuse new calls and let active calls run this long before exiting",
    )  # fmt: skip
    server.add_argument(
        "--loop-lag-interval", type=float, default=0.0, metavar="S",
        help="sample the event loop's lag every S seconds into the Prometheus histogram "
        "pipecat_rt_best_event_loop_lag_seconds on /metrics (e.g. 0.05; default 0 = off)",
    )  # fmt: skip
    server.add_argument(
        "--fallback-wav",
        type=Path,
        help="prompt (8 kHz mono 16-bit WAV) a caller hears when the bot cannot serve the call "
        "(default: the network's three-tone 'cannot be completed' signal)",
    )
    server.add_argument(
        "--bot-timeout", type=float, default=8.0, metavar="S",
        help="end the call (fallback prompt) when the bot has not answered the caller's last "
        "turn this long, or owes an answer for 3x this of the caller's pauses",
    )  # fmt: skip
    server.add_argument(
        "--media-timeout", type=float, default=10.0, metavar="S",
        help="close a stream that sends no media this long",
    )  # fmt: skip
    server.add_argument(
        "--caller-silence-timeout", type=float, default=60.0, metavar="S",
        help="end the call when nobody speaks this long",
    )  # fmt: skip
    server.set_defaults(func=run_server)

    call = subparsers.add_parser(
        "telephony-call",
        help="place one simulated provider call (offline by default) and report on it",
        description=(
            "A provider media-stream simulator (20 ms media, jitter buffer, marks, clear) calls "
            "an in-process telephony server + realtime emulator, or --url."
        ),
    )
    call.add_argument("--provider", choices=PROVIDERS, default="twilio")
    call.add_argument(
        "--seconds",
        type=float,
        default=8.0,
        help=f"the call's length in seconds ({MIN_CALL_S:g}..{MAX_CALL_S:g}; default 8)",
    )
    call.add_argument("--jitter-ms", type=float, default=100.0)
    call.add_argument("--url", help="call this media WebSocket instead (ws://host/PROVIDER/media)")
    call.add_argument(
        "--reply", action="append", default=[], metavar="TEXT",
        help="what the in-process bot (the realtime emulator) says, one reply each; not "
        "with --url",
    )  # fmt: skip
    call.add_argument("--json", type=Path, help="also write the report here")
    call.add_argument("--verbose", action="store_true")
    call.set_defaults(func=run_call)


@contextlib.asynccontextmanager
async def _llm_source(
    args: argparse.Namespace, pools: list[Any] | None = None
) -> AsyncIterator[Any]:
    """Yields ``make_llm(call)``: the env backend, or an embedded emulator with
    ``args.emulator`` (never in place of a backend that is missing or misconfigured: that is
    a :class:`~pipecat_rt_best.realtime.RealtimeConfigError`).

    With ``args.pool_size`` > 0 each service starts on a warm session from a pool this
    context owns (appended to ``pools``, closed on exit). Pool or not, each service
    reconnects mid-call and moves to a fresh session before the backend's session limit
    (:func:`~pipecat_rt_best.realtime.env.reconnect_from_env`; the emulator as OpenAI), with
    the caller's turns transcribed so the new session has them
    (:func:`~pipecat_rt_best.realtime.env.input_transcription_from_env`; Azure only with
    ``AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT``)."""
    # lazy: subcommands import what they run when they run it (``--help`` stays fast)
    from pipecat_rt_best.call_pipeline.telephony_server import call_pool_config
    from pipecat_rt_best.realtime import (
        RealtimeLLMService,
        backend_config_from_env,
        input_transcription_from_env,
        realtime_service_from_env,
        realtime_session,
        reconnect_from_env,
    )
    from pipecat_rt_best.realtime.env import long_call_reconnect
    from pipecat_rt_best.realtime.pooled import realtime_pool_from_env, realtime_url
    from pipecat_rt_best.realtime.reconnect import ReconnectParams
    from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend

    pool_size: int = getattr(args, "pool_size", None) or 0
    pool_config = (
        call_pool_config(pool_size, max_calls=getattr(args, "max_calls", None))
        if pool_size
        else None
    )

    @contextlib.asynccontextmanager
    async def owned(
        pool: RealtimeSessionPool | None, reconnect: ReconnectParams
    ) -> AsyncIterator[dict[str, Any]]:
        """The service kwargs for ``pool`` (started here, closed on exit) and ``reconnect``."""
        assert reconnect.rotate_after_s is not None
        logger.info(
            "telephony-server: calls reconnect mid-call and move to a fresh session once "
            f"theirs is {reconnect.rotate_after_s / 60:g} min old; the caller's turns "
            + (
                "transcribed (a new session gets them)"
                if transcribe
                else "not transcribed: a new session gets the bot's replies only (set "
                "AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT)"
            )
        )
        if pool is None:
            yield {"reconnect": reconnect}
            return
        async with pool:
            if pools is not None:
                pools.append(pool)
            logger.info(f"telephony-server: session pool {pool!r}")
            yield {"session_pool": pool, "reconnect": reconnect}

    transcribe: bool | str | None = True  # the emulator's

    def settings(call: Any) -> Any:
        return RealtimeLLMService.Settings(
            session_properties=realtime_session(
                audio_format=call.session_audio_format,
                instructions=args.instructions,
                manual_turns=not args.no_vad,
                transcribe_input=transcribe,
            )
        )

    if not args.emulator:
        # a missing or broken backend is the caller's to report: the emulator would answer
        # real callers with a canned voice while the server looked healthy
        config = backend_config_from_env()
        logger.info(f"telephony-server: realtime backend {config.describe()}")
        transcribe = input_transcription_from_env()
        env_pool = realtime_pool_from_env(pool_config) if pool_config else None
        async with owned(env_pool, reconnect_from_env()) as extra:
            yield lambda call: realtime_service_from_env(settings=settings(call), **extra)
        return

    # lazy: the emulator is only loaded when asked for (--emulator)
    from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

    async with RealtimeEmulator(
        api_key="local-emulator",
        script=EmulatorScript(exhausted="cycle", replies=["Hello! How can I help?"]),
    ) as emu:
        logger.info(f"telephony-server: embedded realtime emulator at {emu.url}")
        emu_pool = (
            RealtimeSessionPool(
                SessionBackend(
                    url=realtime_url(emu.url, "gpt-realtime"),
                    headers={"Authorization": "Bearer local-emulator"},
                    name="emulator:gpt-realtime",
                ),
                pool_config,
            )
            if pool_config
            else None
        )
        async with owned(emu_pool, long_call_reconnect("openai")) as extra:

            def make_llm(call: Any) -> Any:
                s = settings(call)
                s.model = "gpt-realtime"
                return RealtimeLLMService(
                    api_key="local-emulator", base_url=emu.url, settings=s, **extra
                )

            yield make_llm


def _backend_error(exc: Exception) -> CliError:
    """The one line for a backend the environment does not configure: the config error's
    (what to set, those set that do not make a backend, a likely typo: see
    :mod:`pipecat_rt_best.realtime.env`) and the offline alternative."""
    return CliError(f"{exc} — or pass --emulator for the offline emulator")


def _providers(text: str) -> tuple[str, ...]:
    providers = tuple(p.strip().lower() for p in text.split(",") if p.strip())
    for provider in providers:
        if provider not in PROVIDERS:
            close = difflib.get_close_matches(provider, PROVIDERS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise CliError(
                f"unknown provider '{provider}' in --providers; {hint}"
                f"choose from {', '.join(PROVIDERS)} (comma-separated)"
            )
    if not providers:
        raise CliError(f"--providers is empty; choose from {', '.join(PROVIDERS)}")
    return providers


def _check_port_free(host: str, port: int) -> int:
    """The port to listen on: ``port`` if it is free, a free one for 0 (so the webhook URLs
    printed at start name the port the server will listen on)."""
    check_port(port)
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except (OSError, UnicodeError) as exc:  # gaierror: a --host that does not resolve
            raise listen_error(
                host, port, exc, "stop the program using it or pass another --port"
            ) from None
        return int(probe.getsockname()[1])


def _check_public_url(url: str | None) -> None:
    """``--public-url`` checked: an error names it redacted (:func:`redact_url`), as it may
    carry the webhooks' basic-auth password (``https://user:password@host``)."""
    if url is None:
        return
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # an unclosed IPv6 bracket
        usable = False
    if not usable:
        raise CliError(
            f"--public-url must be https://host[:port][/path] (providers stream to its wss:// "
            f"form), not {redact_url(url)!r}"
        )


def _check_forwarded_allow_ips(given: str | None) -> None:
    """``--forwarded-allow-ips`` (else ``$FORWARDED_ALLOW_IPS``) as uvicorn will read it:
    ``*`` alone, or IP addresses and networks, comma-separated. uvicorn takes anything else
    as a literal no client address equals, silently: no proxy would be trusted, and behind
    an ingress every call would come from its one address."""
    source, value = "--forwarded-allow-ips", given
    if value is None:
        source, value = "FORWARDED_ALLOW_IPS", os.environ.get("FORWARDED_ALLOW_IPS")
    if value is None or value == "*":  # uvicorn's "any": exactly that, spaces and all
        return
    for entry in (e.strip() for e in value.split(",")):
        if not entry:
            continue
        try:
            if "/" in entry:
                ipaddress.ip_network(entry)
            else:
                ipaddress.ip_address(entry)
            continue
        except ValueError:
            pass
        hint = ""
        if entry == "*":
            hint = "'*' (any proxy) goes alone, nothing around it; "
        elif "/" in entry:
            with contextlib.suppress(ValueError):  # host bits set: its network was meant
                hint = f"did you mean {ipaddress.ip_network(entry, strict=False)}? "
        raise CliError(
            f"{source}: {entry!r} is not an IP address or network (CIDR), so uvicorn would "
            f"trust no proxy for it; {hint}give the proxies' addresses, comma-separated "
            "(10.0.0.0/8,192.168.1.5), or '*' for any"
        )


def run_server(args: argparse.Namespace) -> int:
    # user mistakes first: one line, before anything heavy is imported or started
    providers = _served_providers(args)
    if args.validate_twilio_signature:
        if not os.environ.get(TWILIO_AUTH_TOKEN_ENV, "").strip():
            raise CliError(
                "--validate-twilio-signature needs your Twilio auth token: set TWILIO_AUTH_TOKEN "
                "(Twilio console → Account → API keys & tokens)"
            )
        try:
            twilio_auth_token()  # surrounding whitespace is stripped; inside it, refused
        except ValueError as exc:
            raise CliError(str(exc)) from None
    try:
        fallback = load_prompt_wav(args.fallback_wav) if args.fallback_wav else None
        deadlines = DeadlineConfig(
            bot_timeout_s=args.bot_timeout,
            media_timeout_s=args.media_timeout,
            caller_silence_timeout_s=args.caller_silence_timeout,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    check_port(args.port)
    _check_public_url(args.public_url)
    if args.max_message_bytes <= 0:
        raise CliError(f"--max-message-bytes must be positive, not {args.max_message_bytes}")
    if args.ws_max_size < args.max_message_bytes:
        raise CliError(
            f"--ws-max-size must be at least --max-message-bytes ({args.max_message_bytes}): "
            "a smaller frame cap closes the socket on messages the server would skip, "
            f"not {args.ws_max_size}"
        )
    if args.max_calls is not None and args.max_calls < 1:
        raise CliError(
            f"--max-calls must be at least 1 (leave it out for no limit), not {args.max_calls}"
        )
    if args.streams_per_call < 1:
        raise CliError(f"--streams-per-call must be at least 1, not {args.streams_per_call}")
    if not args.header_timeout > 0:  # NaN too
        raise CliError(f"--header-timeout must be > 0 seconds, not {args.header_timeout:g}")
    if not args.drain_timeout >= 0:  # NaN too
        raise CliError(f"--drain-timeout must be >= 0 seconds, not {args.drain_timeout:g}")
    _check_forwarded_allow_ips(args.forwarded_allow_ips)
    if not (args.loop_lag_interval == 0 or args.loop_lag_interval >= 0.001):
        raise CliError(
            "--loop-lag-interval must be 0 (off) or at least 0.001 seconds (e.g. 0.05), "
            f"not {args.loop_lag_interval:g}"
        )
    args.port = _check_port_free(args.host, args.port)
    if not args.emulator:
        # the emulator only when asked for: a production server with no backend, or a
        # misspelt one, must not answer real callers with the offline emulator
        # lazy: reads the environment only (pipecat, and its banner, load later)
        from pipecat_rt_best.realtime.env import RealtimeConfigError, backend_config_from_env

        try:
            backend_config_from_env()
        except RealtimeConfigError as exc:
            raise _backend_error(exc) from None
    if args.pool_size is None:
        # lazy: loads the server composition (and pipecat) only when serving
        from pipecat_rt_best.call_pipeline.telephony_server import pool_size_from_env

        try:
            args.pool_size = pool_size_from_env()
        except ValueError as exc:
            raise CliError(str(exc)) from None
    if args.pool_size < 0:
        raise CliError(f"--pool-size must be >= 0 (0 = no pool), not {args.pool_size}")

    # lazy: subcommands import what they run when they run it (``--help`` stays fast)
    import uvicorn

    from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory
    from pipecat_rt_best.call_pipeline.telephony_server import (
        DrainingServer,
        ServerMetrics,
        production_telephony_app,
    )
    from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig

    config = TelephonyServerConfig(
        public_url=args.public_url,
        providers=providers,  # type: ignore[arg-type]
        max_message_bytes=args.max_message_bytes,
        validate_twilio_signature=args.validate_twilio_signature,
        allowed_origins=tuple(args.allowed_origin),
        max_calls=args.max_calls,
        streams_per_call=args.streams_per_call,
        exotel_law=args.exotel_law,
        telnyx_codec=args.telnyx_codec,
        deadlines=deadlines,
        fallback_pcm=fallback,
    )

    async def main() -> None:
        pools: list[Any] = []
        async with _llm_source(args, pools) as make_llm:
            metrics = ServerMetrics()
            factory = g711_pipeline_factory(
                lambda call: metrics.watch(make_llm(call)),
                make_vad=None if args.no_vad else _vad(),
            )
            app = production_telephony_app(factory, config, pools=pools, metrics=metrics)
            server = DrainingServer(
                uvicorn.Config(
                    app,
                    host=args.host,
                    port=args.port,
                    ws_max_size=args.ws_max_size,
                    http=header_timeout_protocol(args.header_timeout),
                    # media sockets carry base64 audio, which deflate barely shrinks: do not
                    # negotiate permessage-deflate (its CPU per 20 ms packet, bench/load)
                    ws_per_message_deflate=False,
                    proxy_headers=True,
                    forwarded_allow_ips=args.forwarded_allow_ips,
                    log_level="info",
                    log_config=None,  # uvicorn logs through the (redacted) root logger
                    lifespan="off",
                ),
                app,
                drain_timeout_s=args.drain_timeout,
            )
            # redacted: the webhooks' basic-auth password in --public-url stays out of the log
            public = redact_url(args.public_url).rstrip("/") if args.public_url else None
            base = public or f"http://{args.host}:{args.port}"
            for provider in providers:
                print(f"  {provider:>7}: webhook {base}/{provider}/voice", flush=True)
            for line in _exposure_warnings(args, providers):
                logger.warning(f"telephony-server: {line}")
            if args.loop_lag_interval > 0:
                async with metrics.watch_event_loop(args.loop_lag_interval):
                    await server.serve()
            else:
                await server.serve()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0


def _served_providers(args: argparse.Namespace) -> tuple[str, ...]:
    """``--providers``; by default all, but with signatures checked only Twilio: the unsigned
    providers' webhooks would hand a stream token to anyone, so they are served only when
    named."""
    if args.providers is None:
        return default_providers(args.validate_twilio_signature)
    return _providers(args.providers)


def _exposure_warnings(args: argparse.Namespace, providers: tuple[str, ...]) -> list[str]:
    """What an unauthenticated client could do to this server, if it listens beyond this
    machine: open model sessions on the operator's key, without limit."""
    if args.host in ("127.0.0.1", "localhost", "::1"):
        return []
    warnings = []
    unsigned = [p for p in providers if p != "twilio" or not args.validate_twilio_signature]
    if unsigned:
        warnings.append(
            f"the webhooks and media streams of {', '.join(unsigned)} are not authenticated: "
            f"anyone who reaches {args.host}:{args.port} can open model sessions on your key "
            "(use --validate-twilio-signature with Twilio, or an authenticating proxy)"
        )
    if args.max_calls is None:
        warnings.append("no --max-calls: concurrent calls (and model sessions) are not capped")
    return warnings


def _vad() -> Any:
    # lazy: loads onnxruntime
    from pipecat_rt_best.call_pipeline.telephony import default_vad

    return default_vad


MIN_CALL_S = 3.0
"""The shortest simulated call the report can judge: a shorter one hangs up while the bot's
greeting is still arriving, and its bytes cannot be compared with what the model sent."""
MAX_CALL_S = 3600.0
"""The longest: the caller's track is built whole before the call (an hour is ~60 MB), and a
value past it is milliseconds typed for seconds (30000: 8 hours and GBs of silence)."""
T = TypeVar("T")
PROGRESS_EVERY_S = 2.0
"""While a call runs, ``telephony-call`` says how far it is this often."""


async def _with_progress(call: Awaitable[T], seconds: float) -> T:
    """Await ``call`` (a simulated call of about ``seconds``), printing a line every
    :data:`PROGRESS_EVERY_S` while it runs: how long it has been going."""
    task = asyncio.ensure_future(call)
    began = time.monotonic()
    while True:
        done, _ = await asyncio.wait({task}, timeout=PROGRESS_EVERY_S)
        if done:
            return task.result()
        print(f"  … {time.monotonic() - began:.0f} s of the {seconds:g} s call", flush=True)


def _check_call_url(url: str) -> None:
    """``--url`` read as the call's WebSocket client will read it, before the call: one it
    cannot read (no host, a port out of range) is one line naming it redacted. Never the
    parse error's own text, which quotes the URL (its password, its stream token) or the
    part that failed (a password typed where the port goes: ``ws://bot:S3cr3t/…``)."""
    hint = "a media WebSocket, ws://host:port/PROVIDER/media"
    if not url.startswith(("ws://", "wss://")):
        raise CliError(f"--url {redact_url(url)!r}: {hint}")
    try:
        parse_uri(url)
    except InvalidURI as exc:
        raise CliError(f"--url {redact_url(url)!r}: {exc.msg}; {hint}") from None
    except ValueError:  # urllib's: a port not a number or out of range, an unclosed "["
        raise CliError(
            f"--url {redact_url(url)!r}: its port or host cannot be read; {hint}"
        ) from None


def run_call(args: argparse.Namespace) -> int:
    # user mistakes first: one line, before pipecat is loaded
    if not args.seconds >= MIN_CALL_S:
        raise CliError(
            f"--seconds must be at least {MIN_CALL_S:g} (a shorter call hangs up on the bot's "
            f"greeting), not {args.seconds:g}"
        )
    if not args.seconds <= MAX_CALL_S:  # inf too
        raise CliError(
            f"--seconds must be at most {MAX_CALL_S:g} (an hour; the call's length in seconds, "
            f"not milliseconds), not {args.seconds:g}"
        )
    if not 0 <= args.jitter_ms <= 1000:
        raise CliError(
            f"--jitter-ms must be within 0..1000 (providers use ~60-200), not {args.jitter_ms:g}"
        )
    if any(not reply.strip() for reply in args.reply):
        raise CliError(
            "--reply is empty: give the words the emulated bot says (or leave --reply out "
            "for the default replies)"
        )
    if args.url is not None:
        _check_call_url(args.url)
        if args.reply:  # only the in-process emulator speaks them
            raise CliError(
                "--reply sets what the in-process bot says; a call to --url hears the bot "
                "there: drop --reply (or --url)"
            )
    if args.json is not None:
        if args.json.is_dir():
            raise CliError(f"--json {args.json} is a folder: pass a file name")
        check_out_folder(args.json.parent, flag="--json's folder")
    if not args.verbose:  # before pipecat loads: no banner either
        logger.remove()
        log_to_stderr("WARNING")
    # lazy: subcommands import what they run when they run it (``--help`` stays fast)
    from pipecat_rt_best.testing.telephony_call import DEFAULT_REPLIES, simulated_telephony_call

    replies = tuple(args.reply) or DEFAULT_REPLIES
    print(
        f"Simulated {args.provider} call ({args.seconds:.1f} s, jitter buffer "
        f"{args.jitter_ms:.0f} ms)",
        flush=True,
    )
    try:
        report = asyncio.run(
            _with_progress(
                simulated_telephony_call(
                    args.provider,
                    seconds=args.seconds,
                    replies=replies,
                    jitter_ms=args.jitter_ms,
                    url=args.url,
                ),
                args.seconds,
            )
        )
    except InvalidProxy as exc:  # its text is the proxy URL, a password in it
        target = redact_url(args.url) if args.url else "the in-process server"
        raise CliError(
            f"cannot call {target}: the proxy in the environment "
            f"(https_proxy, http_proxy or all_proxy) isn't usable: {exc.msg}; give it as a URL "
            "with its scheme and no path, http://host:port",
            exit_code=1,
        ) from None
    except (OSError, TimeoutError, InvalidHandshake) as exc:
        target = redact_url(args.url) if args.url else "the in-process server"
        raise CliError(
            f"cannot call {target}: {type(exc).__name__}: {exc}"
            + (" — is telephony-server running there?" if args.url else ""),
            exit_code=1,
        ) from None
    for line in report.lines():
        print(line)
    if args.json:
        try:
            args.json.write_text(json.dumps(report.as_dict(), indent=2))
        except OSError as exc:
            raise CliError(f"--json {args.json}: cannot write ({exc.strerror or exc})") from None
    problems = call_problems(report, args.seconds)
    if problems:
        print(f"verdict: FAILED — {'; '.join(problems)}")
        return 1
    print(f"verdict: OK — audio both ways, {bytes_verdict(report)}")
    return 0


def bytes_verdict(report: Any) -> str:
    """What the byte comparison showed on a call without problems, and no more: a call to
    ``--url`` (or one with an interruption, for the bot's side) cannot compare the bytes."""
    exact = {"the caller's": report.caller_bytes_exact, "the bot's": report.bot_bytes_exact}
    intact = [who for who, same in exact.items() if same]
    unknown = [who for who, same in exact.items() if same is None]
    if not unknown:
        return "bytes intact"
    if not intact:
        return "bytes not compared (only a call to the in-process server can compare them)"
    return f"{intact[0]} bytes intact, {unknown[0]} not compared"


def call_problems(report: Any, seconds: float) -> list[str]:
    """What went wrong on a simulated call (empty: it worked)."""
    problems = []
    if report.caller_bytes_sent == 0:
        problems.append("the server took no caller audio (refused the stream?)")
    if report.ended_by == "server":
        problems.append("the server ended the call early (its log says why)")
    if report.bot_bytes_received == 0:
        problems.append("the bot sent no audio")
    if report.caller_bytes_exact is False:
        problems.append("the caller's bytes reached the model altered")
    if report.bot_bytes_exact is False:
        problems.append("the model's bytes reached the caller altered")
    return problems
