"""Tests a hand mutation run of the pure cores found missing (session 22): each passes on the
code and failed on one mutant of it; named by mutant (see the session's closing note)."""
