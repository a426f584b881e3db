"""AssoDesk: money and projects of small associations, kept in one file per association."""

__version__ = "0.1.0"
APP_NAME = "AssoDesk"
FILE_SUFFIX = ".assodesk"
