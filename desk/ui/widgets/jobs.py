"""Running slow work (an export on a big file) off the GUI thread, with a busy dialog that
appears only if the work lasts more than half a second, so quick jobs do not flash a window.

The work function must not touch widgets; it gets no Session from the GUI either: services
open their own (the file's engine pools one connection per thread).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, shown there as a message
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_in_background(
    parent: QWidget,
    text: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> QProgressDialog:
    """Start `work` on the thread pool; `on_done(result)` or `on_error(exception)` run on the
    GUI thread afterwards. Returns the (delayed) busy dialog."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setCancelButton(None)  # the report builders offer no cancellation point yet
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    signals = _Signals(parent)  # lives in the GUI thread: its slots run there

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        signals.deleteLater()
        callback(value)

    signals.done.connect(lambda result: finish(on_done, result))
    signals.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(work, signals))
    return dialog


def run_quietly(
    parent: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Like `run_in_background`, without any dialog: for figures a page fills in when they
    are ready (the ledger's totals), while the user keeps working. If `parent` is deleted
    before the work ends (the file was closed), the answer is dropped."""
    receiver = _Receiver(parent, on_done, on_error)
    # Owned by the receiver, in the GUI thread: never deleted from the worker thread.
    signals = _Signals(receiver)
    signals.done.connect(receiver.done)
    signals.failed.connect(receiver.failed)
    QThreadPool.globalInstance().start(_QuietJob(work, signals))


class _QuietJob(_Job):
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, shown there
            self._answer(self.signals.failed, error)
        else:
            self._answer(self.signals.done, result)

    @staticmethod
    def _answer(signal: Any, value: Any) -> None:
        # RuntimeError: the asking widget was deleted meanwhile, nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class _Receiver(QObject):
    """Lives in the GUI thread as a child of the asking widget: deleted with it, which
    disconnects the late answer."""

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error

    @Slot(object)
    def done(self, result: Any) -> None:
        self.deleteLater()
        self._on_done(result)

    @Slot(object)
    def failed(self, error: Any) -> None:
        self.deleteLater()
        self._on_error(error)
