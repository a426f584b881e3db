"""Importing an existing logframe from an XLSX sheet in the four-column layout (or the EU 2016
one, or a workplan with one column per level).

    names = sheet_names(path)
    sheet = read_sheet(path, names[0])
    mapping = detect_mapping(sheet, vocabulary(asso))   # the wizard lets the user correct it
    found = parse_sheet(sheet, mapping, vocabulary(asso))  # the tree, with its warnings
    import_logframe(asso, project_id, found, template_id)  # one unit of work

An unreadable file, a missing sheet, a sheet without header or without content are refused
with a LOGFRAME_IMPORT_* DomainError (a French sentence for the user).
"""

from desk.services.logframe_import.detect import detect_mapping
from desk.services.logframe_import.model import (
    SKIP_ROW,
    ImportedIndicator,
    ImportedLogframe,
    ImportedNode,
    ImportWarning,
    Mapping,
    Role,
    SheetData,
)
from desk.services.logframe_import.parse import parse_sheet
from desk.services.logframe_import.sheet import read_sheet, sheet_names
from desk.services.logframe_import.write import (
    TemplateChoice,
    check_project,
    import_logframe,
    read_file,
    templates,
    vocabulary,
)

__all__ = [
    "SKIP_ROW",
    "ImportWarning",
    "ImportedIndicator",
    "ImportedLogframe",
    "ImportedNode",
    "Mapping",
    "Role",
    "SheetData",
    "TemplateChoice",
    "check_project",
    "detect_mapping",
    "import_logframe",
    "parse_sheet",
    "read_file",
    "read_sheet",
    "sheet_names",
    "templates",
    "vocabulary",
]
