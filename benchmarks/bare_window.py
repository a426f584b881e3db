"""The baseline of the cold-start benchmark: a bare PySide6 window painted and grabbed."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("AssoDesk"))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    ok = window.grab().save(sys.argv[1] if len(sys.argv) > 1 else "/dev/null", "PNG")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
