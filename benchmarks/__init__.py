"""Timed scenarios (`make bench`); not part of the test run."""
