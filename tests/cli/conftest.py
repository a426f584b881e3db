"""CLI tests run `main([...])` in-process. The real `_use_language` installs Qt translators on
a QCoreApplication it creates, and a process can have only one application: the UI tests that
run later need a QApplication. In-process tests therefore skip the translators (messages stay
in English, the source language); the subprocess tests exercise the real path."""

from __future__ import annotations

import pytest

import desk.cli


@pytest.fixture(autouse=True)
def _no_translators(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk.cli, "_use_language", lambda lang: lang or "en")
