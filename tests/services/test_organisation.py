"""The association profile service: reading, validated updates, audit trace, read-only refusal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import AuditEntry
from desk.services.organisation import (
    KEEP_LOGO,
    MAX_LOGO_BYTES,
    ProfileUpdate,
    get_profile,
    update_profile,
)
from desk.services.setup import NewAssociation, new_association
from desk.store import AssoFile, open_file

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def profile_asso(tmp_path: Path) -> Iterator[AssoFile]:
    asso = new_association(
        tmp_path / "a.assodesk", NewAssociation(name="Afrique Solidaire", city="Rabat")
    )
    yield asso
    asso.close()


def _updates(asso: AssoFile) -> list[AuditEntry]:
    with asso.reader() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(
                    AuditEntry.table_name == "organisation",
                    AuditEntry.action == AuditAction.UPDATE,
                )
            )
        )


def test_get_profile_reads_what_the_wizard_wrote(profile_asso: AssoFile) -> None:
    profile = get_profile(profile_asso)
    assert (profile.name, profile.city, profile.base_currency) == (
        "Afrique Solidaire",
        "Rabat",
        "MAD",
    )
    assert profile.logo is None and profile.display_name == "Afrique Solidaire"


def test_update_saves_trimmed_values_and_audits_before_and_after(profile_asso: AssoFile) -> None:
    saved = update_profile(
        profile_asso,
        ProfileUpdate(
            name="  Afrique Solidaire Maroc ",
            acronym="ASM",
            city="Casablanca",
            address="12 rue des Oudayas",
            registration_number="RC-2019-44",
            phone="+212 600 00 00 00",
            email="contact@asm.ma",
        ),
    )
    assert saved.name == "Afrique Solidaire Maroc"
    assert saved.display_name == "Afrique Solidaire Maroc (ASM)"
    assert get_profile(profile_asso).address == "12 rue des Oudayas"
    (entry,) = _updates(profile_asso)
    before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
    assert before["name"] == "Afrique Solidaire" and after["name"] == "Afrique Solidaire Maroc"
    assert before["city"] == "Rabat" and after["city"] == "Casablanca"
    assert entry.record_id == 1


def test_no_change_writes_no_audit_entry(profile_asso: AssoFile) -> None:
    update_profile(profile_asso, ProfileUpdate(name="Afrique Solidaire", city="Rabat"))
    assert _updates(profile_asso) == []


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_name_is_refused_and_nothing_changes(profile_asso: AssoFile, name: str) -> None:
    with pytest.raises(DomainError) as caught:
        update_profile(profile_asso, ProfileUpdate(name=name, city="Fès"))
    assert caught.value.code is ErrorCode.REQUIRED and caught.value.field == "name"
    assert get_profile(profile_asso).city == "Rabat"
    assert _updates(profile_asso) == []


def test_bad_email_and_too_long_fields_are_refused(profile_asso: AssoFile) -> None:
    with pytest.raises(DomainError) as caught:
        update_profile(profile_asso, ProfileUpdate(name="A", email="pas-un-mail"))
    assert (caught.value.code, caught.value.field) == (ErrorCode.INVALID_VALUE, "email")
    with pytest.raises(DomainError) as caught:
        update_profile(profile_asso, ProfileUpdate(name="A", acronym="X" * 41))
    assert caught.value.field == "acronym"


def test_logo_is_set_kept_and_removed(profile_asso: AssoFile) -> None:
    update_profile(profile_asso, ProfileUpdate(name="A", logo=PNG, logo_mime="image/png"))
    assert get_profile(profile_asso).logo == PNG
    update_profile(profile_asso, ProfileUpdate(name="B", logo=KEEP_LOGO))
    assert get_profile(profile_asso).logo == PNG
    update_profile(profile_asso, ProfileUpdate(name="B", logo=None))
    profile = get_profile(profile_asso)
    assert profile.logo is None and profile.logo_mime == ""
    last = _updates(profile_asso)[-1]
    assert json.loads(last.before or "{}")["logo"] == f"<{len(PNG)} bytes>"


def test_logo_type_and_size_are_checked(profile_asso: AssoFile) -> None:
    with pytest.raises(DomainError) as caught:
        update_profile(profile_asso, ProfileUpdate(name="A", logo=b"GIF89a", logo_mime="image/gif"))
    assert caught.value.field == "logo"
    big = b"\0" * (MAX_LOGO_BYTES + 1)
    with pytest.raises(DomainError):
        update_profile(profile_asso, ProfileUpdate(name="A", logo=big, logo_mime="image/png"))
    assert get_profile(profile_asso).logo is None


def test_read_only_file_refuses_the_update(profile_asso: AssoFile) -> None:
    path = profile_asso.path
    profile_asso.close()
    with open_file(path, read_only=True) as ro:
        with pytest.raises(DomainError) as caught:
            update_profile(ro, ProfileUpdate(name="Autre nom"))
        assert caught.value.code is ErrorCode.FILE_READ_ONLY
        assert get_profile(ro).name == "Afrique Solidaire"
