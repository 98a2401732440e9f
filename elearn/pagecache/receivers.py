"""When the cached pages go stale: editors publish, unpublish, move or delete a page, or save a
snippet, a site setting, an image or a site. Learners' own records (progress, attempts) never
purge: they are not in any anonymous page, and the home page's counts are a cached summary.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import purge, user_changed

SETTINGS = (BaseSiteSetting, BaseGenericSetting)
ALWAYS = (AbstractImage, Site, Locale, PageViewRestriction)


def _purge_now_and_on_commit() -> None:
    # Now, so the editor's own next request sees the change; again when the transaction commits,
    # so a page rendered from the old rows in between is not kept under the new generation.
    purge()
    transaction.on_commit(purge)


def _is_content(instance, *, saved: bool, created=False, update_fields=None) -> bool:
    if isinstance(instance, Page):
        # A draft save passes update_fields (the revision pointers); publish and copy save in full.
        return not saved or update_fields is None
    if isinstance(instance, SETTINGS):
        # Wagtail creates a site's settings, with their defaults, the first time a page reads them.
        return not created
    if isinstance(instance, ALWAYS):
        return True
    from wagtail.snippets.models import get_snippet_models

    return type(instance) in get_snippet_models()


@receiver([page_published, page_unpublished, post_page_move], dispatch_uid="pagecache-tree")
def on_tree_change(sender, **kwargs) -> None:
    _purge_now_and_on_commit()


def _owner(instance):
    """Whose pages show this row: a user, or a row with a user (enrollments, attempts, profiles,
    certificates) or with an enrollment (lesson completions)."""
    from django.contrib.auth import get_user_model

    if isinstance(instance, get_user_model()):
        return instance.pk
    if (user_id := getattr(instance, "user_id", None)) is not None:
        return user_id
    if getattr(instance, "enrollment_id", None) is not None:
        return instance.enrollment.user_id
    return None


def _user_changed_now_and_on_commit(user_id) -> None:
    if not settings.PAGECACHE_MEMBERS:
        return  # no learner's own copy is kept (nor served), so none to drop: two cache writes saved per write
    user_changed(user_id)
    transaction.on_commit(lambda: user_changed(user_id))


@receiver(post_save, dispatch_uid="pagecache-save")
def on_save(sender, instance, created=False, raw=False, update_fields=None, **kwargs) -> None:
    if raw:
        return
    if _is_content(instance, saved=True, created=created, update_fields=update_fields):
        _purge_now_and_on_commit()
    elif (owner := _owner(instance)) is not None:
        _user_changed_now_and_on_commit(owner)


@receiver(post_delete, dispatch_uid="pagecache-delete")
def on_delete(sender, instance, **kwargs) -> None:
    if _is_content(instance, saved=False):
        _purge_now_and_on_commit()
    elif (owner := _owner(instance)) is not None:
        _user_changed_now_and_on_commit(owner)
