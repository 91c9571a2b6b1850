"""X-Twilio-Signature: Twilio's published example, and tampering detection."""

from __future__ import annotations

from pipecat_rt_best.g711_passthrough.signature import twilio_signature, valid_twilio_signature

# The worked example in Twilio's "Webhooks security" documentation.
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
EXPECTED = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_matches_twilios_documented_example() -> None:
    assert twilio_signature("12345", URL, PARAMS) == EXPECTED
    assert twilio_signature("12345", URL, list(reversed(list(PARAMS.items())))) == EXPECTED


def test_validation() -> None:
    assert valid_twilio_signature("12345", URL, PARAMS, EXPECTED)
    assert not valid_twilio_signature("12345", URL, {**PARAMS, "Digits": "1235"}, EXPECTED)
    assert not valid_twilio_signature("12345", URL.replace("foo=1", "foo=2"), PARAMS, EXPECTED)
    assert not valid_twilio_signature("wrong", URL, PARAMS, EXPECTED)
    assert not valid_twilio_signature("12345", URL, PARAMS, None)
    assert not valid_twilio_signature("12345", URL, PARAMS, "")
    assert not valid_twilio_signature("", URL, PARAMS, EXPECTED)
    assert not valid_twilio_signature("12345", URL, PARAMS, "ü-not-ascii")


def test_repeated_identical_values_count_once_as_in_twilios_helper() -> None:
    # twilio-python 9.13.0 RequestValidator.compute_signature: for each name in
    # sorted(set(names)), for each value in sorted(set(values)): name + value.
    pairs = [("To", "+1"), ("Media", "b"), ("Media", "a"), ("Media", "b")]
    assert twilio_signature("12345", URL, pairs) == twilio_signature(
        "12345", URL, [("Media", "a"), ("Media", "b"), ("To", "+1")]
    )
    assert twilio_signature("12345", URL, pairs) != twilio_signature(
        "12345", URL, [("Media", "a"), ("To", "+1")]
    )


def test_the_auth_token_is_read_without_the_quotes_docker_env_file_keeps() -> None:
    from pipecat_rt_best.g711_passthrough.signature import twilio_auth_token

    # TWILIO_AUTH_TOKEN="12345" in a .env passed with `docker run --env-file`: quotes kept
    token = twilio_auth_token(env={"TWILIO_AUTH_TOKEN": '"12345"\n'})
    assert token == "12345"
    assert valid_twilio_signature(token, URL, PARAMS, EXPECTED)
