"""A custom import-linter contract: forbid a SUBMODULE of an external package (for us:
PySide6.QtWidgets outside desk.ui).

import-linter's own `forbidden` contract cannot do it, because grimp squashes external packages
to their top level (every PySide6 import becomes "PySide6"). grimp still records the source
line of each import, so this contract reads the lines that import the top-level package.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class ForbiddenExternalSubmoduleContract(Contract):
    """Only `allowed_packages` (and their subpackages) may import `forbidden_submodule`."""

    type_name = "forbidden_external_submodule"

    forbidden_submodule = fields.StringField()
    allowed_packages = fields.ListField(subfield=fields.StringField())

    def _allowed(self, module: str) -> bool:
        return any(module == p or module.startswith(p + ".") for p in self.allowed_packages)

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        top, _, sub = str(self.forbidden_submodule).partition(".")
        pattern = re.compile(
            rf"(\b{re.escape(top)}\.{re.escape(sub)}\b)|(from\s+{re.escape(top)}\s+import\s+.*\b{re.escape(sub)}\b)"
        )
        violations: list[dict[str, object]] = []
        for importer in sorted(graph.find_modules_that_directly_import(top)):
            if self._allowed(importer):
                continue
            for detail in graph.get_import_details(importer=importer, imported=top):
                if pattern.search(str(detail["line_contents"])):
                    violations.append(detail)
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for detail in check.metadata["violations"]:
            output.print_error(
                f"{detail['importer']}:{detail['line_number']} imports "
                f"{self.forbidden_submodule}: {detail['line_contents']}"
            )
            output.new_line()
