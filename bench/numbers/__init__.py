"""Benchmark for practice 5 (Indic number normalization): ``python -m bench.numbers``."""
