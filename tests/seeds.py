"""The seed documents the unit tests are written against, and how tests read them (through the
manifest, never from ``<doc_id>.txt``). Imported by name: ``tests/`` is on ``sys.path`` (conftest)."""

from __future__ import annotations

import vnkr
from vnkr.tables.sources import read_raw

# The documents the unit tests and the checked notebook outputs are written against: conftest copies
# the data folder keeping only these, so a user's new article changes none of the tests' counts.
SEED_DOCS = frozenset(
    {
        "000_3492e25c39790a76",
        "001_22eb234d55eac9d6",
        "002_76f4f8da9f1d6ff3",
        "003_ba68e139ffdce7a3",
        "004_58d80bc31d33530a",
    }
)
DOC_2025 = "004_58d80bc31d33530a"
DOC_CALL = "000_3492e25c39790a76"
DOC_FM = "001_22eb234d55eac9d6"
REQUIRED_THEMES = {
    "political_trust",
    "trade",
    "investment",
    "oda",
    "labour",
    "citizens_community",
    "health_covid",
    "defence_security",
    "maritime_south_china_sea",
    "non_traditional_security",
    "multilateral",
    "science_technology",
    "semiconductors_ai",
    "energy",
    "infrastructure",
    "climate_environment",
    "finance",
    "culture_education_people",
    "agriculture_fisheries",
}


def raw(doc_id: str) -> str:
    """The raw article of a seed, NFC (as every reader gives it)."""
    return read_raw(doc_id)


def clean(doc_id: str) -> str:
    """The cleaned text of a seed."""
    return vnkr.clean_text(raw(doc_id))[0]
