"""Wagtail's admin log (ModelLogEntry, PageLogEntry) and the person: what it holds about them, and
the scrub when their account is deleted.

An entry is *about* a person when it records an object that is theirs: their account and learner
profile here, and whatever an app registers (``register_log_subjects``: courses adds certificates,
enrollments and attempts). An entry *mentions* them when its label or data holds their name, email
or phone number. Both are in their data export and are scrubbed when the account is deleted.
"""

import json
from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast

from .models import LearnerProfile, User

# What a scrubbed entry says instead of its label: nothing that identifies anybody.
SCRUBBED_LABEL = "[đã xoá theo yêu cầu của người học]"
_subject_finders: list[Callable[[User], Iterable[models.Model]]] = []
# A name shorter than this (one syllable, "An") would match unrelated labels.
MIN_NAME_LENGTH = 5


def register_log_subjects(func: Callable[[User], Iterable[models.Model]]):
    """Register a function returning the objects of ``user`` whose admin log entries are about them."""
    _subject_finders.append(func)
    return func


@register_log_subjects
def _account_objects(user: User) -> Iterable[models.Model]:
    yield user
    yield from LearnerProfile.objects.filter(user=user)


def about_q(user: User) -> Q:
    """Q over ModelLogEntry: the entries recording one of ``user``'s objects (one query per finder)."""
    ids: dict[type, set[str]] = {}
    for finder in _subject_finders:
        for obj in finder(user):
            ids.setdefault(obj._meta.model, set()).add(str(obj.pk))
    conditions = [
        Q(content_type=ContentType.objects.get_for_model(model, for_concrete_model=False), object_id__in=sorted(pks))
        | Q(content_type=ContentType.objects.get_for_model(model), object_id__in=sorted(pks))
        for model, pks in ids.items()
    ]
    return reduce(or_, conditions) if conditions else Q(pk__in=[])


def identifying_texts(user: User) -> list[str]:
    texts = [user.email, user.phone]
    profile = LearnerProfile.objects.filter(user=user).values_list("full_name", flat=True).first()
    if profile and len(profile) >= MIN_NAME_LENGTH:
        texts.append(profile)
    return [text for text in texts if text]


def mentions_q(user: User) -> Q:
    """Q over log entries annotated with ``data_text``: label or data holding the person's name, email or phone.

    Data is JSON: PostgreSQL casts it to text with the letters as they are, SQLite keeps the
    escapes (\\u1ec5), so both spellings are searched.
    """
    conditions = []
    for text in identifying_texts(user):
        escaped = json.dumps(text)[1:-1]
        conditions += [Q(label__icontains=text), Q(data_text__icontains=text), Q(data_text__icontains=escaped)]
    return reduce(or_, conditions) if conditions else Q(pk__in=[])


def _with_text(queryset):
    return queryset.annotate(data_text=Cast("data", TextField()))


def entries_about(user: User):
    """The Wagtail log entries about or mentioning ``user``, and those they made: (model entries, page entries)."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    model_entries = _with_text(ModelLogEntry.objects.all()).filter(about_q(user) | mentions_q(user) | Q(user=user))
    page_entries = _with_text(PageLogEntry.objects.all()).filter(mentions_q(user) | Q(user=user))
    return model_entries.select_related("content_type"), page_entries.select_related("content_type")


@transaction.atomic
def admin_log_scrub(*, user: User) -> int:
    """Before ``user`` is deleted: entries about or mentioning them lose label and data; those they made
    lose their author. Returns the number of entries changed."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    changed = 0
    for model, about in ((ModelLogEntry, about_q(user)), (PageLogEntry, Q(pk__in=[]))):
        pks = list(_with_text(model.objects.all()).filter(about | mentions_q(user)).values_list("pk", flat=True))
        changed += model.objects.filter(pk__in=pks).update(label=SCRUBBED_LABEL, data={})
        changed += model.objects.filter(user=user).update(user=None)
    return changed
