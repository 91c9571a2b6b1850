"""bench/prompt: what practice 7's structured prompt costs (load, validate, render, lexicon, tracker) — see run.py."""
