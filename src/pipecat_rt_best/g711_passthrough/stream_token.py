"""Per-call stream tokens and per-IP limits for the media socket, pure logic.

The webhook answer (TwiML/TeXML/XML/JSON) tells the provider where to open the media
stream; :class:`StreamTokens` lets it also hand over a token — signed (HMAC-SHA256 with
a server secret), short-lived (``ttl_s``) and single-use — that the media socket then
demands. A made-up stream, or one replaying a used token, is refused before any model
session is opened.

What a token proves depends on the webhook it came from: behind a signed webhook
(Twilio with ``X-Twilio-Signature`` checked) it proves the provider asked for this
stream; behind an unsigned one it only proves someone fetched the webhook a moment ago
(still one stream per fetch, and it expires). A token issued for a call (the signed
webhook's ``CallSid``) is good only for a stream whose start names that call, and only
``streams_per_call`` such streams (by default one) are taken per call: a call id that got its
streams is remembered for ``call_memory_s`` (by default 24 h, longer than a call lasts), well
past its tokens, so replaying one signed webhook (its signature has no timestamp), also after
its token expired, yields no further stream. A call flow that sends a call back to the bot (a
``<Redirect>`` after a transfer attempt or a ``<Gather>``) opens one stream per visit, each
after a new signed webhook: it needs ``streams_per_call`` set to the most visits a call makes
(each one a replay could also take). The memory is this process's, of at most
``_MAX_REMEMBERED`` call ids (the oldest forgotten first); only signed webhooks' tokens add to
it.

:class:`RateLimiter` caps how often one address may open media sockets; an IPv6 address counts
by its /64 (one host's usual assignment, which it can rotate through at will).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import secrets
from collections import OrderedDict, deque

__all__ = ["CALL_MEMORY_S", "TOKEN_PARAMETER", "RateLimiter", "StreamTokens", "address_key"]

TOKEN_PARAMETER = "pcrb_token"  # the custom parameter / query key carrying the token

_MAX_REMEMBERED = 100_000  # used nonces, and call ids that got a stream, kept (bounded)
CALL_MEMORY_S = 24 * 3600.0
"""How long a call id that got its stream is remembered: a Twilio call lasts at most 24 h."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


class StreamTokens:
    """Issues and checks stream tokens: ``<provider>.<expiry>.<nonce>.<mac>``."""

    def __init__(
        self,
        secret: bytes | None = None,
        ttl_s: float = 60.0,
        call_memory_s: float = CALL_MEMORY_S,
        streams_per_call: int = 1,
    ) -> None:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        if not call_memory_s > 0:  # NaN too
            raise ValueError("call_memory_s must be positive")
        if streams_per_call < 1:
            raise ValueError(f"streams_per_call must be at least 1, not {streams_per_call}")
        self._secret = secret or secrets.token_bytes(32)
        self.ttl_s = ttl_s
        self.call_memory_s = max(call_memory_s, ttl_s)  # never shorter than a token lives
        self.streams_per_call = streams_per_call
        self._used: OrderedDict[str, float] = OrderedDict()  # nonce -> expiry
        # call id that got a stream -> until when it is remembered (now + call_memory_s)
        self._calls: OrderedDict[str, float] = OrderedDict()
        self._streams: dict[str, int] = {}  # call id remembered -> streams it got

    def __repr__(self) -> str:  # never the secret
        return (
            f"StreamTokens(ttl_s={self.ttl_s:g}, streams_per_call={self.streams_per_call}, "
            f"used={len(self._used)})"
        )

    def _mac(self, body: str, call_id: str | None) -> str:
        # the call id is signed, not carried: the stream's start names it
        signed = f"{body}\n{call_id or ''}".encode()
        return _b64(hmac.new(self._secret, signed, hashlib.sha256).digest()[:18])

    def issue(self, provider: str, now: float, call_id: str | None = None) -> str:
        """A new token for one ``provider`` stream, valid for ``ttl_s`` from ``now``; with
        ``call_id``, only for a stream whose start names that call."""
        body = f"{provider}.{int(now + self.ttl_s)}.{_b64(secrets.token_bytes(12))}"
        return f"{body}.{self._mac(body, call_id)}"

    def redeem(
        self, token: str | None, provider: str, now: float, call_id: str | None = None
    ) -> str | None:
        """Check and use up ``token`` for a stream of call ``call_id``; None if it is good,
        else why it is refused."""
        if not token:
            return "no stream token"
        if not token.isascii():
            return "malformed stream token"
        parts = token.split(".")
        if len(parts) != 4:
            return "malformed stream token"
        body, mac = ".".join(parts[:3]), parts[3]
        bound = call_id is not None and hmac.compare_digest(
            self._mac(body, call_id).encode(), mac.encode()
        )
        # else issued without a call (an unsigned provider's webhook): any call may use it
        good = bound or hmac.compare_digest(self._mac(body, None).encode(), mac.encode())
        if not good:
            return "bad stream token signature, or a token for another call"
        issued_for, expiry_text, nonce = parts[:3]
        if issued_for != provider:
            return "stream token issued for another provider"
        try:
            expiry = float(expiry_text)
        except ValueError:
            return "malformed stream token"
        # expiry is whole seconds rounded down: allow one second of slack
        if now > expiry + 1.0:
            return "expired stream token"
        self._forget_expired(now)
        if nonce in self._used:
            return "stream token already used"
        taken = self._streams.get(call_id, 0) if bound and call_id is not None else 0
        if taken >= self.streams_per_call:
            streams = "a stream" if taken == 1 else f"{taken} streams"
            return (
                f"{streams} for this call already taken (a replayed webhook? a call flow that "
                "sends calls back to the bot needs a higher streams_per_call)"
            )
        self._used[nonce] = expiry
        if bound and call_id is not None:
            self._calls[call_id] = now + self.call_memory_s
            self._calls.move_to_end(call_id)
            self._streams[call_id] = taken + 1
        while len(self._used) > _MAX_REMEMBERED:
            self._used.popitem(last=False)
        while len(self._calls) > _MAX_REMEMBERED:
            self._streams.pop(self._calls.popitem(last=False)[0], None)
        return None

    def call_served(self, call_id: str, now: float) -> bool:
        """Whether call ``call_id`` already got its ``streams_per_call`` streams (while it is
        remembered): a further signed webhook for it is a replay, its stream would be refused."""
        self._forget_expired(now)
        return self._streams.get(call_id, 0) >= self.streams_per_call

    def _forget_expired(self, now: float) -> None:
        for remembered in (self._used, self._calls):
            while remembered:
                key, expiry = next(iter(remembered.items()))
                if now <= expiry + 1.0:
                    break
                del remembered[key]
                if remembered is self._calls:
                    self._streams.pop(key, None)


def address_key(host: str) -> str:
    """The key one caller is counted by: an IPv6 address's /64 network, an IPv4-mapped IPv6
    address's IPv4 address, an IPv4 address (or anything that is no address) as given."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


class RateLimiter:
    """At most ``per_minute`` events per address in any 60 s window (a sliding log); the
    addresses are counted by :func:`address_key` (an IPv6 caller by its /64)."""

    def __init__(self, per_minute: int, max_keys: int = 10_000) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        self.per_minute = per_minute
        self._max_keys = max_keys
        self._events: OrderedDict[str, deque[float]] = OrderedDict()

    def full(self, key: str, now: float) -> bool:
        """Whether ``key`` has used up its ``per_minute`` events (none is counted)."""
        log = self._events.get(address_key(key))
        return log is not None and sum(now - t < 60.0 for t in log) >= self.per_minute

    def allow(self, key: str, now: float) -> bool:
        """Count one event for ``key`` if it is within the limit; False if it is not."""
        key = address_key(key)
        log = self._events.pop(key, None) or deque()
        while log and now - log[0] >= 60.0:
            log.popleft()
        allowed = len(log) < self.per_minute
        if allowed:
            log.append(now)
        if log:
            self._events[key] = log  # most recently seen last
        while len(self._events) > self._max_keys:
            self._events.popitem(last=False)
        return allowed
