"""The association's profile (name, contacts, logo): read it, change it with an audit trace."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Final, Literal

from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Organisation
from desk.services import audit
from desk.store import AssoFile

# The logo is printed on reports: a downscaled PNG or JPEG is a few tens of KB; refuse the
# 12-megapixel phone photo that would make the file too heavy to e-mail.
MAX_LOGO_BYTES: Final = 1_000_000
LOGO_TYPES: Final = frozenset({"image/png", "image/jpeg"})
# Column sizes of the model; SQLite would not enforce them, the service does.
_MAX_LENGTH: Final[dict[str, int]] = {
    "name": 200,
    "acronym": 40,
    "city": 100,
    "registration_number": 100,
    "phone": 50,
    "email": 200,
}
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class _Keep(enum.Enum):
    LOGO = "keep"


KEEP_LOGO: Final = _Keep.LOGO


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    acronym: str
    city: str
    address: str
    registration_number: str
    phone: str
    email: str
    base_currency: str
    fiscal_year_start_month: int
    logo: bytes | None
    logo_mime: str

    @property
    def display_name(self) -> str:
        """ "Name (ACRONYM)" when there is an acronym, else the name."""
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


@dataclass(frozen=True, slots=True)
class ProfileUpdate:
    """The new values. `logo`: new image bytes, None to remove it, KEEP_LOGO to leave it."""

    name: str
    acronym: str = ""
    city: str = ""
    address: str = ""
    registration_number: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | Literal[_Keep.LOGO] | None = KEEP_LOGO
    logo_mime: str = ""


def _profile(org: Organisation) -> Profile:
    return Profile(
        name=org.name,
        acronym=org.acronym,
        city=org.city,
        address=org.address,
        registration_number=org.registration_number,
        phone=org.phone,
        email=org.email,
        base_currency=org.base_currency,
        fiscal_year_start_month=org.fiscal_year_start_month,
        logo=org.logo,
        logo_mime=org.logo_mime if org.logo else "",
    )


def get_profile(asso: AssoFile) -> Profile:
    """The profile of the association (one row per file)."""
    with asso.reader() as session:
        org = session.get(Organisation, 1)
        if org is None:
            raise DomainError(ErrorCode.NOT_FOUND, table="organisation")
        return _profile(org)


def _clean(update: ProfileUpdate) -> dict[str, str]:
    values = {
        "name": update.name.strip(),
        "acronym": update.acronym.strip(),
        "city": update.city.strip(),
        "address": update.address.strip(),
        "registration_number": update.registration_number.strip(),
        "phone": update.phone.strip(),
        "email": update.email.strip(),
    }
    if not values["name"]:
        raise DomainError(ErrorCode.REQUIRED, field="name")
    for field, limit in _MAX_LENGTH.items():
        if len(values[field]) > limit:
            raise DomainError(ErrorCode.INVALID_VALUE, field=field, max_length=limit)
    if values["email"] and not _EMAIL.match(values["email"]):
        raise DomainError(ErrorCode.INVALID_VALUE, field="email", text=values["email"])
    return values


def _check_logo(logo: bytes, mime: str) -> None:
    if mime not in LOGO_TYPES:
        raise DomainError(ErrorCode.INVALID_VALUE, field="logo", mime=mime)
    if len(logo) > MAX_LOGO_BYTES:
        raise DomainError(ErrorCode.INVALID_VALUE, field="logo", size=len(logo))


def update_profile(asso: AssoFile, update: ProfileUpdate) -> Profile:
    """Validate and save the profile, with an audit entry holding the values before and after.
    Nothing is written (and no entry is made) when nothing changed."""
    values = _clean(update)
    if isinstance(update.logo, bytes):
        _check_logo(update.logo, update.logo_mime)
    with asso.unit_of_work() as session:
        org = session.get(Organisation, 1)
        if org is None:
            raise DomainError(ErrorCode.NOT_FOUND, table="organisation")
        if update.logo is not KEEP_LOGO:
            _ = org.logo  # load the deferred column so that the "before" snapshot shows it
        before = audit.snapshot(org)
        changed = False
        for key, value in values.items():
            if getattr(org, key) != value:
                setattr(org, key, value)
                changed = True
        if update.logo is not KEEP_LOGO:
            mime = update.logo_mime if update.logo is not None else ""
            if org.logo != update.logo or org.logo_mime != mime:
                org.logo, org.logo_mime = update.logo, mime
                changed = True
        if changed:
            audit.record(session, AuditAction.UPDATE, org, before=before)
        return _profile(org)
