"""Pure-Python rules of AssoDesk: money, periods, codes, errors. No SQLAlchemy, no Qt here."""
