"""A test a hand mutation run (session 22) found missing: it kills mutant Z2."""

from pipecat_rt_best.g711_passthrough.signature import twilio_signature, valid_twilio_signature


def test_an_empty_auth_token_validates_nothing_even_a_signature_made_with_it():
    url, params = "https://bot.example.com/twilio", {"CallSid": "CA1"}
    forged = twilio_signature("", url, params)  # anyone can compute this one
    assert not valid_twilio_signature("", url, params, forged)
