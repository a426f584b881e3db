"""Activities of a project, deadlines, sessions (what really took place) and attendance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.domain.attendance import AttendanceMeasure
from desk.domain.enums import ActivityStatus, AgeGroup, DeadlineKind, Sex
from desk.models.base import Base, str_enum

activity_budget_lines = Table(
    "activity_budget_line",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("budget_line_id", ForeignKey("budget_line.id", ondelete="CASCADE"), primary_key=True),
)

session_participants = Table(
    "session_participant",
    Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
)


class Activity(Base):
    """An activity of a project, placed in the logframe by `logframe_node_id`."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint("planned_end >= planned_start", name="planned_ordered"),
        CheckConstraint(
            "actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start",
            name="actual_ordered",
        ),
        UniqueConstraint("logframe_node_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    logframe_node_id: Mapped[int | None] = mapped_column(
        ForeignKey("logframe_node.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(300))
    planned_start: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    actual_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    responsible: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[ActivityStatus] = mapped_column(
        str_enum(ActivityStatus, "activity_status"), default=ActivityStatus.PLANNED
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    sessions: Mapped[list[Session]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="Session.date"
    )


class Deadline(Base):
    """A milestone, a report due date or an expected instalment shown on the chronogramme."""

    __tablename__ = "deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[DeadlineKind] = mapped_column(str_enum(DeadlineKind, "deadline_kind"))
    done: Mapped[bool] = mapped_column(default=False)


class Session(Base):
    """An event that really took place (a workshop day), with its attendance."""

    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[Activity] = relationship(back_populates="sessions")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class Attendance(Base):
    """How many people of one sex and age group came to a session."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "sex", "age_group"),
        CheckConstraint("count >= 0", name="count_positive"),
        CheckConstraint("sex <> 'total'", name="sex_is_a_bucket"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, "sex"))
    age_group: Mapped[AgeGroup] = mapped_column(str_enum(AgeGroup, "age_group"))
    count: Mapped[int] = mapped_column()

    session: Mapped[Session] = relationship(back_populates="attendance")


class Participant(Base):
    """A pseudonymised participant: initials, sex, age group, nationality; nothing more."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    initials: Mapped[str] = mapped_column(String(10))
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, "sex"))
    age_group: Mapped[AgeGroup] = mapped_column(str_enum(AgeGroup, "age_group"))
    nationality: Mapped[str] = mapped_column(String(60), default="")


class IndicatorActivity(Base):
    """An indicator fed by the attendance of an activity's sessions: `measure` says what it
    takes (women, men, all participants or the number of sessions)."""

    __tablename__ = "indicator_activity"

    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True
    )
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    measure: Mapped[AttendanceMeasure] = mapped_column(
        str_enum(AttendanceMeasure, "attendance_measure")
    )
