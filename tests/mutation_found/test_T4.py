"""A test a hand mutation run (session 22) found missing: it kills mutant T4."""

from pipecat_rt_best.azure_tts.sentence_splitter import split_sentences


def test_a_cut_never_returns_a_whitespace_only_chunk():
    chunks = split_sentences("      hello there my friend", max_chunk_chars=5)
    assert "".join(chunks) == "      hello there my friend"
    assert all(c.strip() for c in chunks[:-1]), chunks
