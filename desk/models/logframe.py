"""Cadre logique: donor templates with their level names, the node tree, indicators, targets
and measured values (disaggregated by sex and age group)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.domain.enums import AgeGroup, IndicatorKind, LogframeLayout, Sex
from desk.models.base import Base, DecimalText, UtcDateTime, str_enum, utcnow


class LogframeTemplate(Base):
    """A donor's way of naming the levels (EU 2004, EU 2016, custom), stored in the file."""

    __tablename__ = "logframe_template"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    layout: Mapped[LogframeLayout] = mapped_column(str_enum(LogframeLayout, "logframe_layout"))

    levels: Mapped[list[LogframeLevel]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="LogframeLevel.depth"
    )


class LogframeLevel(Base):
    """The name and code prefix of one depth of a template (0 = overall objective)."""

    __tablename__ = "logframe_level"
    __table_args__ = (
        UniqueConstraint("template_id", "depth"),
        CheckConstraint("depth BETWEEN 0 AND 3", name="depth_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("logframe_template.id", ondelete="CASCADE"))
    depth: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(100))  # "Objectif spécifique", "Effet"
    code_prefix: Mapped[str] = mapped_column(String(10))  # "OS", "R", "A"

    template: Mapped[LogframeTemplate] = relationship(back_populates="levels")


class Logframe(Base):
    """The logframe of one project."""

    __tablename__ = "logframe"
    __table_args__ = (UniqueConstraint("project_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    template_id: Mapped[int] = mapped_column(
        ForeignKey("logframe_template.id", ondelete="RESTRICT")
    )
    preconditions: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[LogframeTemplate] = relationship()
    nodes: Mapped[list[LogframeNode]] = relationship(
        back_populates="logframe", cascade="all, delete-orphan"
    )


class LogframeNode(Base):
    """An objective, a result or an activity of the logframe tree. `code` follows the position
    (OS1, R1.2, A1.2.3) and is recomputed whenever nodes move."""

    __tablename__ = "logframe_node"
    __table_args__ = (
        CheckConstraint("depth BETWEEN 0 AND 3", name="depth_range"),
        CheckConstraint("position >= 0", name="position_positive"),
        CheckConstraint("(depth = 0) = (parent_id IS NULL)", name="root_has_no_parent"),
        Index("ix_logframe_node_parent", "logframe_id", "parent_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    logframe_id: Mapped[int] = mapped_column(ForeignKey("logframe.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("logframe_node.id", ondelete="CASCADE"), nullable=True
    )
    depth: Mapped[int] = mapped_column()
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(20), default="")
    statement: Mapped[str] = mapped_column(Text, default="")
    assumptions: Mapped[str] = mapped_column(Text, default="")
    means: Mapped[str] = mapped_column(Text, default="")  # EU 2004 activity row: Moyens
    costs_note: Mapped[str] = mapped_column(Text, default="")  # EU 2004 activity row: Coûts

    logframe: Mapped[Logframe] = relationship(back_populates="nodes")
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="node", cascade="all, delete-orphan", order_by="Indicator.position"
    )


class Indicator(Base):
    """An indicateur objectivement vérifiable, attached to a node."""

    __tablename__ = "indicator"
    __table_args__ = (CheckConstraint("position >= 0", name="position_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(
        ForeignKey("logframe_node.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(20), default="")
    statement: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[IndicatorKind] = mapped_column(
        str_enum(IndicatorKind, "indicator_kind"), default=IndicatorKind.NUMBER
    )
    baseline_value: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    baseline_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    target_value: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    cumulative: Mapped[bool] = mapped_column(default=True)
    means_of_verification: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(50), default="")
    responsible: Mapped[str] = mapped_column(String(100), default="")
    disaggregate_by_sex: Mapped[bool] = mapped_column(default=True)
    disaggregate_by_age: Mapped[bool] = mapped_column(default=False)

    node: Mapped[LogframeNode] = relationship(back_populates="indicators")
    targets: Mapped[list[IndicatorTarget]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )


class IndicatorTarget(Base):
    """A target for one period (or the overall one: `period_end` NULL), per sex and age group."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "period_end", "sex", "age_group"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    period_label: Mapped[str] = mapped_column(String(40), default="")
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, "sex"), default=Sex.TOTAL)
    age_group: Mapped[AgeGroup] = mapped_column(str_enum(AgeGroup, "age_group"), default="all")
    value: Mapped[Decimal] = mapped_column(DecimalText)

    indicator: Mapped[Indicator] = relationship(back_populates="targets")


class IndicatorValue(Base):
    """A measured value for one period, with its source (e.g. attendance sheets of a session)."""

    __tablename__ = "indicator_value"
    __table_args__ = (Index("ix_indicator_value_period", "indicator_id", "period_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    period_end: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, "sex"), default=Sex.TOTAL)
    age_group: Mapped[AgeGroup] = mapped_column(str_enum(AgeGroup, "age_group"), default="all")
    value: Mapped[Decimal] = mapped_column(DecimalText)
    source: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), nullable=True
    )
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    indicator: Mapped[Indicator] = relationship(back_populates="values")
