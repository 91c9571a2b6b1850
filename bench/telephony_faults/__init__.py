"""bench/telephony_faults: the telephony server under faults (issue 16) — see run.py."""
