"""Undoable edits of the calendar: each calls the activities services and says how to undo
itself (area "calendar"; the logframe page reloads too since activities are nodes there)."""

from __future__ import annotations

from desk.domain.attendance import AttendanceMeasure
from desk.services.activities import activities as acts
from desk.services.activities import deadlines as dls
from desk.services.activities import indicators as links
from desk.services.activities import sessions as sess
from desk.store import AssoFile
from desk.ui.undo import ServiceCommand

Links = dict[int, AttendanceMeasure]  # indicator id -> what the activity's sessions give it


def set_links(asso: AssoFile, activity_id: int, wanted: Links) -> Links:
    """Make the activity feed exactly `wanted`; returns the links it had."""
    had = {link.indicator_id: link.measure for link in links.activity_indicators(asso, activity_id)}
    for indicator_id in had.keys() - wanted.keys():
        links.unlink_indicator(asso, activity_id, indicator_id)
    for indicator_id, kind in wanted.items():
        if had.get(indicator_id) != kind:
            links.link_indicator(asso, activity_id, indicator_id, kind)
    return had


class CalendarCommand(ServiceCommand):
    area = "*"  # activities are logframe nodes too: every page that shows them reloads

    def __init__(self, asso: AssoFile, text: str) -> None:
        super().__init__(text)
        self.asso = asso


class MoveActivity(CalendarCommand):
    """A bar dragged or resized on the chronogramme."""

    def __init__(self, asso: AssoFile, activity_id: int, dates: acts.Dates, text: str) -> None:
        super().__init__(asso, text)
        self.activity_id, self.dates = activity_id, dates
        self.before: acts.Dates | None = None

    def apply(self) -> None:
        self.before = acts.set_dates(self.asso, self.activity_id, self.dates)

    def revert(self) -> None:
        assert self.before is not None
        acts.set_dates(self.asso, self.activity_id, self.before)


class CreateActivity(CalendarCommand):
    def __init__(
        self, asso: AssoFile, project_id: int, data: acts.ActivityData, wanted: Links, text: str
    ) -> None:
        super().__init__(asso, text)
        self.project_id, self.data, self.wanted = project_id, data, wanted
        self.activity_id: int | None = None
        self.snapshot: acts.ActivitySnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.activity_id = acts.restore_activity(self.asso, self.snapshot)
            return
        self.activity_id = acts.create_activity(self.asso, self.project_id, self.data)
        if self.wanted:
            set_links(self.asso, self.activity_id, self.wanted)

    def revert(self) -> None:
        assert self.activity_id is not None
        self.snapshot = acts.delete_activity(self.asso, self.activity_id)


class EditActivity(CalendarCommand):
    def __init__(
        self, asso: AssoFile, activity_id: int, data: acts.ActivityData, wanted: Links, text: str
    ) -> None:
        super().__init__(asso, text)
        self.activity_id, self.data, self.wanted = activity_id, data, wanted
        self.before: acts.ActivityData | None = None
        self.had: Links = {}

    def apply(self) -> None:
        self.before = acts.update_activity(self.asso, self.activity_id, self.data)
        self.had = set_links(self.asso, self.activity_id, self.wanted)

    def revert(self) -> None:
        assert self.before is not None
        acts.update_activity(self.asso, self.activity_id, self.before)
        set_links(self.asso, self.activity_id, self.had)


class DeleteActivity(CalendarCommand):
    def __init__(self, asso: AssoFile, activity_id: int, text: str) -> None:
        super().__init__(asso, text)
        self.activity_id = activity_id
        self.snapshot: acts.ActivitySnapshot | None = None

    def apply(self) -> None:
        self.snapshot = acts.delete_activity(self.asso, self.activity_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        acts.restore_activity(self.asso, self.snapshot)


class SaveSession(CalendarCommand):
    """Add a session (`session_id` None) or change one."""

    def __init__(
        self,
        asso: AssoFile,
        activity_id: int,
        session_id: int | None,
        data: sess.SessionData,
        text: str,
    ) -> None:
        super().__init__(asso, text)
        self.activity_id, self.session_id, self.data = activity_id, session_id, data
        self.created = session_id is None
        self.before: sess.SessionData | None = None
        self.snapshot: sess.SessionSnapshot | None = None

    def apply(self) -> None:
        if self.created:
            if self.snapshot is not None:
                self.session_id = sess.restore_session(self.asso, self.snapshot)
            else:
                self.session_id = sess.add_session(self.asso, self.activity_id, self.data)
        else:
            assert self.session_id is not None
            self.before = sess.update_session(self.asso, self.session_id, self.data)

    def revert(self) -> None:
        assert self.session_id is not None
        if self.created:
            self.snapshot = sess.delete_session(self.asso, self.session_id)
        else:
            assert self.before is not None
            sess.update_session(self.asso, self.session_id, self.before)


class DeleteSession(CalendarCommand):
    def __init__(self, asso: AssoFile, session_id: int, text: str) -> None:
        super().__init__(asso, text)
        self.session_id = session_id
        self.snapshot: sess.SessionSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = sess.delete_session(self.asso, self.session_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        sess.restore_session(self.asso, self.snapshot)


class SaveDeadline(CalendarCommand):
    """Add a deadline (`deadline_id` None), change one, or delete it (`data` None)."""

    def __init__(
        self,
        asso: AssoFile,
        project_id: int,
        deadline_id: int | None,
        data: dls.DeadlineData | None,
        text: str,
    ) -> None:
        super().__init__(asso, text)
        self.project_id, self.deadline_id, self.data = project_id, deadline_id, data
        self.is_new = deadline_id is None
        self.before: dls.DeadlineData | None = None

    def apply(self) -> None:
        if self.data is None:
            assert self.deadline_id is not None
            _, self.before = dls.delete_deadline(self.asso, self.deadline_id)
        elif self.is_new:  # on redo, the same id comes back
            self.deadline_id = dls.add_deadline(
                self.asso, self.project_id, self.data, ident=self.deadline_id
            )
        else:
            assert self.deadline_id is not None
            self.before = dls.update_deadline(self.asso, self.deadline_id, self.data)

    def revert(self) -> None:
        assert self.deadline_id is not None
        if self.data is None:
            assert self.before is not None
            dls.add_deadline(self.asso, self.project_id, self.before, ident=self.deadline_id)
        elif self.is_new:
            dls.delete_deadline(self.asso, self.deadline_id)
        else:
            assert self.before is not None
            dls.update_deadline(self.asso, self.deadline_id, self.before)
