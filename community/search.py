"""Finding a resident among a commune's thousands: by name (accent-insensitive) or the last digits of the phone.

The name is matched the way the catalogue matches course titles (``courses.text.fold``): every word
typed must begin a word of the name, marks and case ignored, so "lan", "Lân" and "LAN" all find
"Nguyễn Thị Lan". Names are folded in Python over one narrow query (id and name of the member's
residents): the same answer on SQLite and PostgreSQL, without the unaccent extension or a stored
column. Digits find phones ending with them (at least three, as the masked lists show the last
three); a whole number finds that number.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from courses.text import fold, query_terms
from elearn.accounts.phones import phone_or_none

MIN_PHONE_DIGITS = 3
MAX_CHOSEN = 500  # as many as one CSV file may hold
PICKER_PAGE_SIZE = 20
_PHONE_SEPARATORS = frozenset(" +-.()")


def _phone_digits(query: str) -> str | None:
    """The digits of a query made only of digits and phone separators, else None (a name)."""
    if not query or not any(ch.isdigit() for ch in query):
        return None
    if any(not ("0" <= ch <= "9") and ch not in _PHONE_SEPARATORS for ch in query):
        return None
    return "".join(ch for ch in query if ch.isdigit())


@dataclass
class SearchResult:
    """What matched, as a queryset (phone) or an ordered list of user ids (name), and why nothing did."""

    users: QuerySet
    ids: list[int] | None = None
    message: str = ""


def residents_search(users: QuerySet, query: str, *, name_field: str = "profile__full_name") -> SearchResult:
    """Narrow ``users`` (already limited to the member's units, in display order) to ``query``.

    At most one query here: the ids and names of ``users`` for a name; none for digits (the caller
    pages the queryset).
    """
    query = (query or "").strip()
    if not query:
        return SearchResult(users=users)
    digits = _phone_digits(query)
    if digits is not None:
        if len(digits) < MIN_PHONE_DIGITS:
            message = _("Type at least %(count)d digits of the phone number.") % {"count": MIN_PHONE_DIGITS}
            return SearchResult(users=users.none(), message=message)
        e164 = phone_or_none(query) if len(digits) >= 9 else None
        return SearchResult(users=users.filter(phone=e164) if e164 else users.filter(phone__endswith=digits))
    terms = query_terms(query)
    if not terms:
        return SearchResult(users=users.none(), message=_("Type a name or the last digits of a phone number."))
    starts = [f" {term}" for term in terms]
    ids = []
    for pk, name in users.values_list("pk", name_field):
        folded = fold(name)  # once per name, not once per term
        if all(start in folded for start in starts):
            ids.append(pk)
    return SearchResult(users=users, ids=ids)


def search_page(users: QuerySet, query: str, page_number, *, per_page: int) -> tuple[Page, str]:
    """One page of the residents matching ``query``, as user objects; two or three queries."""
    result = residents_search(users, query)
    if result.ids is None:
        return Paginator(result.users, per_page).get_page(page_number), result.message
    page = Paginator(result.ids, per_page).get_page(page_number)
    by_id = {user.pk: user for user in users.filter(pk__in=list(page.object_list))}
    page.object_list = [by_id[pk] for pk in page.object_list if pk in by_id]
    return page, result.message


def chosen_ids(values) -> list[int]:
    """The distinct ids among submitted values, in order; anything that is not a number is dropped."""
    seen: dict[int, None] = {}
    for value in values:
        value = str(value).strip()
        if value.isdigit() and len(value) < 19:
            seen.setdefault(int(value), None)
    return list(seen)[:MAX_CHOSEN]


@dataclass
class ResidentPicker:
    """The multi-select of a commune's residents: what is chosen, and one page of what matches."""

    field_name: str
    query: str
    single: bool = False  # one resident (radio buttons) rather than several (checkboxes)
    chosen: list = field(default_factory=list)
    page: Page | None = None
    message: str = ""
    errors: list = field(default_factory=list)


def resident_picker(
    users: QuerySet, *, field_name: str, query: str, chosen, page_number, single: bool = False
) -> ResidentPicker:
    """The chosen residents (kept across searches and pages) and one page of the others matching ``query``.

    ``users`` is the member's residents who may be chosen. At most four queries whatever their number.
    """
    ids = chosen_ids(chosen)[:1] if single else chosen_ids(chosen)
    chosen_users = list(users.filter(pk__in=ids)) if ids else []
    others = users.exclude(pk__in=[u.pk for u in chosen_users]) if chosen_users else users
    page, message = search_page(others, query, page_number, per_page=PICKER_PAGE_SIZE)
    return ResidentPicker(
        single=single,
        field_name=field_name,
        query=(query or "").strip(),
        chosen=chosen_users,
        page=page,
        message=message,
    )
