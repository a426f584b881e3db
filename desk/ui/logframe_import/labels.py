"""The words of the logframe import wizard: column roles, row levels and the warnings of the
importer, translated (context "LogframeImport")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.services.logframe_import import ImportWarning, Role

translate = QCoreApplication.translate

ROLES = (
    Role.IGNORE,
    Role.LEVEL,
    Role.CODE,
    Role.STATEMENT,
    Role.LEVEL_0,
    Role.LEVEL_1,
    Role.LEVEL_2,
    Role.LEVEL_3,
    Role.INDICATORS,
    Role.SOURCES,
    Role.ASSUMPTIONS,
    Role.BASELINE,
    Role.CURRENT,
    Role.TARGET,
    Role.MEANS,
    Role.COSTS,
)


def role_label(role: Role, levels: tuple[str, ...]) -> str:
    """What a column holds, in words; LEVEL_n names the level from the chosen template."""
    fixed = {Role.LEVEL_0: 0, Role.LEVEL_1: 1, Role.LEVEL_2: 2, Role.LEVEL_3: 3}
    if role in fixed:
        depth = fixed[role]
        name = levels[depth] if depth < len(levels) else str(depth)
        return translate("LogframeImport", "Statements: {level}").format(level=name)
    labels = {
        Role.IGNORE: translate("LogframeImport", "(not imported)"),
        Role.LEVEL: translate("LogframeImport", "Level names"),
        Role.CODE: translate("LogframeImport", "Codes (OS1, R1.2…)"),
        Role.STATEMENT: translate("LogframeImport", "Intervention logic (any level)"),
        Role.INDICATORS: translate("LogframeImport", "Indicators"),
        Role.SOURCES: translate("LogframeImport", "Sources of verification"),
        Role.ASSUMPTIONS: translate("LogframeImport", "Assumptions"),
        Role.BASELINE: translate("LogframeImport", "Baseline"),
        Role.CURRENT: translate("LogframeImport", "Current value"),
        Role.TARGET: translate("LogframeImport", "Target"),
        Role.MEANS: translate("LogframeImport", "Means"),
        Role.COSTS: translate("LogframeImport", "Costs"),
    }
    return labels[role]


def automatic() -> str:
    return translate("LogframeImport", "Automatic")


def skip() -> str:
    return translate("LogframeImport", "Ignore this row")


def warning_text(warning: ImportWarning) -> str:
    templates = {
        "placeholder": translate(
            "LogframeImport",
            "Row {row}: a level is missing above this item; an empty item was added, to fill in.",
        ),
        "no_level": translate(
            "LogframeImport",
            "Row {row}: level not recognised; the item was put at the level of the one above.",
        ),
        "second_root": translate(
            "LogframeImport",
            "Row {row}: a second overall objective; its text was added to the first one.",
        ),
        "sources_count": translate(
            "LogframeImport",
            "Row {row}: not as many sources as indicators; each indicator got all of them.",
        ),
        "several_values": translate(
            "LogframeImport",
            "Row {row}: several indicators in one cell; the figure went to the first one.",
        ),
        "bad_number": translate(
            "LogframeImport", "Row {row}: “{detail}” is not a number; left empty."
        ),
        "no_date": translate(
            "LogframeImport",
            "Row {row}: the current value “{detail}” has no date; it is not recorded.",
        ),
        "no_statement": translate(
            "LogframeImport",
            "Row {row}: indicators without a statement; an empty item was added, to fill in.",
        ),
    }
    template = templates.get(warning.kind, translate("LogframeImport", "Row {row}: check it."))
    return template.format(row=warning.row, detail=warning.detail)
