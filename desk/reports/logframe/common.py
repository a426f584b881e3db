"""What the logframe exports share: translated labels, numbers and dates as text, and the text
of an indicator's figures (baseline, current value, target with its breakdown by sex).

Labels are English source strings translated with Qt (context "LogframeReports"); the level
names come from the file's template, never from here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desk.domain.enums import IndicatorKind, LogframeLayout, ProgressState, Sex
from desk.domain.money import NNBSP
from desk.services.logframe_export import IndicatorData

CONTEXT = "LogframeReports"


def translate(context: str, text: str) -> str:
    """Qt's translation of `text` (QtCore imported when first needed). Named `translate` so
    that pyside6-lupdate extracts the literal strings passed to it."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def layout_of(name: str) -> LogframeLayout:
    """ "2004" / "2016" (or the enum values) as a layout; ValueError otherwise."""
    aliases = {"2004": LogframeLayout.EU_2004, "2016": LogframeLayout.EU_2016}
    if name in aliases:
        return aliases[name]
    return LogframeLayout(name)


def headers_2004() -> list[str]:
    return [
        "",
        translate("LogframeReports", "Intervention logic"),
        translate("LogframeReports", "Objectively verifiable indicators"),
        translate("LogframeReports", "Sources and means of verification"),
        translate("LogframeReports", "Assumptions"),
    ]


def activity_headers_2004() -> tuple[str, str]:
    return translate("LogframeReports", "Means"), translate("LogframeReports", "Costs")


def headers_2016() -> list[str]:
    return [
        "",
        translate("LogframeReports", "Results chain"),
        translate("LogframeReports", "Indicators"),
        translate("LogframeReports", "Baseline (year)"),
        translate("LogframeReports", "Current value (date)"),
        translate("LogframeReports", "Target (year)"),
        translate("LogframeReports", "Sources and means of verification"),
        translate("LogframeReports", "Assumptions"),
    ]


def preconditions_label() -> str:
    return translate("LogframeReports", "Preconditions")


def matrix_title(layout: LogframeLayout) -> str:
    if layout is LogframeLayout.EU_2016:
        return translate("LogframeReports", "Logframe (EU 2016 layout)")
    return translate("LogframeReports", "Logframe (EU 2004 layout)")


def state_label(state: ProgressState) -> str:
    return {
        ProgressState.AHEAD: translate("LogframeReports", "Ahead"),
        ProgressState.ON_TRACK: translate("LogframeReports", "On track"),
        ProgressState.LATE: translate("LogframeReports", "Late"),
        ProgressState.NO_DATA: translate("LogframeReports", "No data"),
    }[state]


STATE_COLOURS = {
    ProgressState.AHEAD: "D4EDDA",
    ProgressState.ON_TRACK: "E2EFDA",
    ProgressState.LATE: "F8D7DA",
    ProgressState.NO_DATA: "EDEDED",
}


def number(value: Decimal, lang: str) -> str:
    """125, 12,5 (French and Arabic: comma decimals, narrow no-break space thousands) or
    12.5 (English). No exponent, no trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, decimals = text.partition(".")
    thousands, point = (",", ".") if lang == "en" else (NNBSP, ",")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    whole = thousands.join([whole, *groups])
    return sign + whole + (point + decimals if decimals else "")


def day(value: date, lang: str) -> str:
    return value.isoformat() if lang == "en" else value.strftime("%d/%m/%Y")


def figure(
    ind: IndicatorData, value: Decimal | None, when: date | None, lang: str, sep: str = " "
) -> str:
    """ "125 personnes (30/06/2025)", "20 % (08/02/2025)", "oui"; "" without a value. `sep`
    goes before the date ("\n" puts it on its own line)."""
    if value is None:
        return ""
    if ind.kind is IndicatorKind.YES_NO:
        text = translate("LogframeReports", "yes") if value else translate("LogframeReports", "no")
    else:
        text = number(value, lang)
        if ind.unit:
            text += ("\u00a0" if lang != "en" or ind.unit != "%" else "") + ind.unit
    if when is not None:
        text += f"{sep}({day(when, lang)})"
    return text


def by_sex(ind: IndicatorData, lang: str) -> str:
    """ "femmes 105 · hommes 20 · non précisé 0" for a target split by sex, else ""."""
    names = {
        Sex.FEMALE: translate("LogframeReports", "women"),
        Sex.MALE: translate("LogframeReports", "men"),
        Sex.UNKNOWN: translate("LogframeReports", "not specified"),
    }
    return " · ".join(f"{names[sex]} {number(value, lang)}" for sex, value in ind.target_by_sex)


def target_text(ind: IndicatorData, lang: str) -> str:
    text = figure(ind, ind.target, ind.target_date, lang, "\n")
    split = by_sex(ind, lang)
    return f"{text}\n{split}" if split else text


def details_2004(ind: IndicatorData, lang: str) -> str:
    """The figures of an indicator on one line under its statement in the EU 2004 matrix:
    "Référence : 0 (31/01/2025) · Cible : 125 personnes (30/06/2025)", then the target by sex
    on a second line when there is one. The importer reads these labels back."""
    parts = []
    if ind.baseline is not None:
        parts.append(
            translate("LogframeReports", "Baseline: {value}").format(
                value=figure(ind, ind.baseline, ind.baseline_date, lang)
            )
        )
    if ind.target is not None:
        parts.append(
            translate("LogframeReports", "Target: {value}").format(
                value=figure(ind, ind.target, ind.target_date, lang)
            )
        )
    text = " · ".join(parts)
    split = by_sex(ind, lang)
    if split:
        line = translate("LogframeReports", "Target by sex: {split}").format(split=split)
        text = f"{text}\n{line}" if text else line
    return text


def coded(code: str, statement: str) -> str:
    """ "R1.2 – statement" (the importer strips the code back)."""
    return f"{code} – {statement}" if code else statement
