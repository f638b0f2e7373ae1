"""Reference data: countries (ISO 3166-1, from pycountry) and languages (ISO 639-1).

Other reference lists (offence categories, measures, instruments, handling
codes, channels) are JSON files under ``resources/reference/``; see
``liaison.resources.load_json``.
"""

from __future__ import annotations

from functools import cache

import pycountry

from .errors import ValidationError


@cache
def countries() -> dict[str, str]:
    """ISO alpha-2 code -> English short name, for every current country."""
    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


@cache
def languages() -> dict[str, str]:
    """ISO 639-1 code -> English name."""
    return {lang.alpha_2: lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")}


def validate_country(code: str | None, *, field: str = "country", required: bool = True) -> str | None:
    """Normalise and check an ISO 3166-1 alpha-2 code ("de" -> "DE"). The EU's
    "EL" for Greece and "UK" are accepted as GR and GB."""
    if code is None or not str(code).strip():
        if required:
            raise ValidationError(f"{field}: a country is required (ISO code such as DE).", field=field)
        return None
    norm = str(code).strip().upper()
    norm = {"EL": "GR", "UK": "GB"}.get(norm, norm)
    if norm not in countries():
        raise ValidationError(f"{field}: '{code}' is not an ISO 3166 country code (e.g. DE, PL, GR).", field=field)
    return norm


def validate_language(code: str | None, *, field: str = "language", required: bool = True) -> str | None:
    if code is None or not str(code).strip():
        if required:
            raise ValidationError(f"{field}: a language is required (ISO 639-1 code such as fr).", field=field)
        return None
    norm = str(code).strip().lower()
    if norm not in languages():
        raise ValidationError(f"{field}: '{code}' is not an ISO 639-1 language code (e.g. en, fr, de).", field=field)
    return norm


def country_name(code: str | None) -> str:
    return countries().get(code or "", code or "")
