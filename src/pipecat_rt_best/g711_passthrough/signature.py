"""Twilio request signatures (``X-Twilio-Signature``), pure logic.

Twilio signs each webhook request with the account's auth token: HMAC-SHA1 over the
full URL it requested followed by every POST parameter as ``name + value``, sorted by
name then value (identical repeats once), base64-encoded. The URL's port is signed
inconsistently, so (like Twilio's helper) the server checks it with and without one. (A JSON body is signed differently and is not used here.)
:func:`twilio_auth_token` reads the token from the environment as the realtime keys are read.

Names and values are signed run together, with nothing between them: one signed request's
bytes can be regrouped into other fields under the same signature (all of them one field
name; a ``CallSid`` running on into the next field). :class:`SignatureReadings` remembers
the fields each signature came with, so such a regrouped replay is told apart.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections import OrderedDict
from collections.abc import Iterable, Mapping

from pipecat_rt_best.base.env_value import env_secret

__all__ = [
    "TWILIO_AUTH_TOKEN_ENV",
    "SignatureReadings",
    "twilio_auth_token",
    "twilio_signature",
    "valid_twilio_signature",
]

TWILIO_AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN"


def twilio_auth_token(
    name: str = TWILIO_AUTH_TOKEN_ENV, env: Mapping[str, str] | None = None
) -> str:
    """The auth token in ``env[name]`` (default: the process environment), stripped and
    unquoted (:func:`~pipecat_rt_best.base.env_value.env_secret`): a Kubernetes Secret made
    from a file ends in a newline, ``docker run --env-file`` keeps ``"…"`` quotes, and a
    token with either fails every signature without a word. Unset, blank, or with whitespace or a control character inside:
    a ``ValueError`` naming ``name``, in one line, never showing the value."""
    token = env_secret(os.environ if env is None else env, name)
    if not token:
        raise ValueError(f"Twilio signature validation needs the auth token in ${name}")
    if any(ch.isspace() or ord(ch) < 32 for ch in token):
        raise ValueError(
            f"${name} contains whitespace or a control character ({len(token)} characters, "
            "not shown): set the token alone"
        )
    return token


def _pairs(params: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    items = params.items() if isinstance(params, Mapping) else params
    return [(str(k), str(v)) for k, v in items]


def twilio_signature(
    auth_token: str, url: str, params: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> str:
    """The signature Twilio computes for a request to ``url`` with POST ``params``."""
    # Sorted by name, then value, with repeated identical name/value pairs counted once:
    # twilio-python's RequestValidator.compute_signature (9.13.0) iterates
    # ``sorted(set(params))`` and, per name, ``sorted(set(values))``.
    payload = url + "".join(k + v for k, v in sorted(set(_pairs(params))))
    digest = hmac.new(auth_token.encode("utf-8"), payload.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def valid_twilio_signature(
    auth_token: str,
    url: str,
    params: Mapping[str, str] | Iterable[tuple[str, str]],
    signature: str | None,
) -> bool:
    """Whether ``signature`` is Twilio's for this request (constant-time comparison)."""
    if not signature or not auth_token:
        return False
    expected = twilio_signature(auth_token, url, params)
    return hmac.compare_digest(
        expected.encode("ascii"), signature.strip().encode("ascii", "replace")
    )


class SignatureReadings:
    """The fields each valid signature came with, for ``memory_s`` (at most ``max_kept``
    signatures, the oldest forgotten first). Twilio sends a webhook again (a retry) with the
    same fields; the same signature with other fields is the signed bytes regrouped (see the
    module docs), a forgery: :meth:`consistent` says which. Times are monotonic seconds."""

    def __init__(self, memory_s: float = 24 * 3600.0, max_kept: int = 100_000) -> None:
        self.memory_s = memory_s
        self._max_kept = max_kept
        self._seen: OrderedDict[str, tuple[bytes, float]] = OrderedDict()  # -> (fields, until)

    def consistent(
        self, signature: str, params: Mapping[str, str] | Iterable[tuple[str, str]], now: float
    ) -> bool:
        """Whether ``signature`` (already checked valid) comes with the fields it came with
        before, if it came before; remembered either way."""
        while self._seen and next(iter(self._seen.values()))[1] < now:
            self._seen.popitem(last=False)
        fields = hashlib.sha256(repr(sorted(set(_pairs(params)))).encode()).digest()
        key = signature.strip()
        seen = self._seen.get(key)
        if seen is not None:
            return hmac.compare_digest(seen[0], fields)
        self._seen[key] = (fields, now + self.memory_s)
        while len(self._seen) > self._max_kept:
            self._seen.popitem(last=False)
        return True
