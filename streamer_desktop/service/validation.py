"""Input that fails validation, told in the reader's language.

pydantic describes a failure in English and by its own codes ("string_too_long",
"missing"). People see the first failure as one sentence: the field's name and
what is wrong with it, both translated. The details keep every failure, with
the field's path as sent, for programs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from streamer_desktop.i18n import N_

_FIELDS = {
    "email": N_("E-mail address"),
    "password": N_("Password"),
    "consent": N_("Consent"),
    "body": N_("Message"),
    "message": N_("Message"),
    "name": N_("Name"),
    "business": N_("Shop"),
    "time_zone": N_("Time zone"),
    "streamer_time_zone": N_("Your time zone"),
    "locale": N_("Language"),
    "starts_at": N_("Start time"),
    "duration_min": N_("Duration"),
    "request_id": N_("Request"),
    "default_duration_min": N_("Default duration"),
    "quiet_hours_start": N_("Start of quiet hours"),
    "quiet_hours_end": N_("End of quiet hours"),
    "display_name": N_("Name"),
    "after": N_("From"),
    "before": N_("Until"),
}

_PROBLEMS = {
    "missing": N_("this is required."),
    "string_too_short": N_("this must not be empty."),
    "string_shorter": N_("this is too short (at least %(min_length)s characters)."),
    "string_too_long": N_("this is too long (at most %(max_length)s characters)."),
    "greater_than_equal": N_("this must be at least %(ge)s."),
    "greater_than": N_("this must be more than %(gt)s."),
    "less_than_equal": N_("this must be at most %(le)s."),
    "less_than": N_("this must be less than %(lt)s."),
    "string_pattern_mismatch": N_("this is not in the expected form."),
    "int_parsing": N_("this must be a whole number."),
    "int_type": N_("this must be a whole number."),
    "bool_parsing": N_("this must be yes or no."),
    "bool_type": N_("this must be yes or no."),
    "datetime_parsing": N_("this must be a date and time (ISO 8601)."),
    "datetime_from_date_parsing": N_("this must be a date and time (ISO 8601)."),
    "timezone_aware": N_("this needs a time-zone offset, such as +01:00."),
    "nul_character": N_("this must not contain NUL characters."),
    "extra_forbidden": N_("this is not a field here."),
}

_NOT_AN_EMAIL = N_("this is not a valid e-mail address.")
_NOT_VALID = N_("this is not valid.")
_BAD_JSON = N_("The request is not valid JSON.")
_BAD_BODY = N_("The request's body is missing or not an object.")


def _field_path(location: Sequence[Any]) -> str:
    """``("body", "email")`` → ``"email"``; query and path names keep their own name."""
    parts = [str(p) for p in location[1:]] or [str(p) for p in location]
    return ".".join(parts)


def _problem(error: dict[str, Any], tr: Callable[[str], str]) -> str:
    kind = str(error.get("type", ""))
    if kind == "string_too_short" and (error.get("ctx") or {}).get("min_length", 1) > 1:
        kind = "string_shorter"
    if kind == "value_error" and "email" in str(error.get("msg", "")).lower():
        return tr(_NOT_AN_EMAIL)
    template = _PROBLEMS.get(kind)
    if template is None:
        return tr(_NOT_VALID)
    context = {k: v for k, v in (error.get("ctx") or {}).items() if isinstance(v, int | str)}
    try:
        return tr(template) % context
    except (KeyError, TypeError, ValueError):
        return tr(_NOT_VALID)


def describe(errors: Sequence[dict[str, Any]], tr: Callable[[str], str]
             ) -> tuple[str, list[dict[str, str]]]:
    """One sentence for people, and every failure as ``{"field", "problem"}``.

    The values people typed are left out: they may hold passwords.
    """
    problems = []
    for error in errors:
        location = tuple(error.get("loc") or ())
        if error.get("type") == "json_invalid":
            problems.append({"field": "", "problem": tr(_BAD_JSON)})
            continue
        if location == ("body",):
            problems.append({"field": "", "problem": tr(_BAD_BODY)})
            continue
        problems.append({"field": _field_path(location), "problem": _problem(error, tr)})
    if not problems:
        return tr(_NOT_VALID), problems
    first = problems[0]
    if not first["field"]:
        return first["problem"], problems
    leaf = first["field"].rsplit(".", 1)[-1]
    label = tr(_FIELDS[leaf]) if leaf in _FIELDS else first["field"]
    return f"{label}: {first['problem']}", problems
