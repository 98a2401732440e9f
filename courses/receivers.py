"""What the learning core does when editors change the page tree, and when administrative units merge.

Keeps learners' progress right when a course's lessons change, and gives a new course
catalogue its roles. Connected by ``CoursesConfig.ready``, which imports this module.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from elearn.accounts.signals import units_merged
from elearn.pagecache import purge

from .models import CourseIndexPage, CoursePage, CourseSectionPage, LessonPage, QuizPage, Target, TrainerScope
from .models.pages import course_for_path
from .roles import attach_catalogue
from .services import course_progress_recompute

TREE_CHANGES = [page_published, page_unpublished, post_delete]


def _schedule_recompute(course_id: int) -> None:
    def run():
        course = CoursePage.objects.filter(pk=course_id).first()
        if course is not None:
            course_progress_recompute(course=course)
            # Lesson titles are part of the course's search text.
            CoursePage.objects.filter(pk=course_id).update(search_text=course.build_search_text())
            purge()  # learners' percentages changed in bulk: their kept pages go too

    transaction.on_commit(run)


# Wagtail sends page signals with the page's own class as sender, so each class is named. Deleting a
# quiz also deletes its LessonPage row, whose post_delete the LessonPage receiver already hears.
@receiver(TREE_CHANGES, sender=LessonPage, dispatch_uid="progress-LessonPage")
@receiver(TREE_CHANGES, sender=CourseSectionPage, dispatch_uid="progress-CourseSectionPage")
@receiver([page_published, page_unpublished], sender=QuizPage, dispatch_uid="progress-QuizPage")
def on_lesson_change(sender, instance, **kwargs) -> None:
    course = course_for_path(instance.path, instance.depth)
    if course is not None:
        _schedule_recompute(course.pk)


@receiver(post_save, sender=CourseIndexPage, dispatch_uid="catalogue-roles")
def on_catalogue_created(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        attach_catalogue(apps, instance.pk)


@receiver(units_merged, dispatch_uid="merge-targets-and-scopes")
def on_units_merged(sender, merge, sources, target, **kwargs) -> dict[str, int]:
    """Targets still running on the merge date, and trainer scopes (teams), move to the merged unit.

    Targets that ended before the date stay with the old units; moved ones are recorded on the merge,
    so reports of earlier periods still count them for the old unit.
    """
    moving = Target.objects.filter(administrative_unit__in=sources, deadline__gte=merge.effective_on)
    former = dict(moving.values_list("pk", "administrative_unit_id"))
    targets = moving.update(administrative_unit=target)
    merge.moved["targets"] = {str(pk): unit for pk, unit in former.items()}  # for reports of earlier periods
    merge.save(update_fields=["moved"])
    through = TrainerScope.administrative_units.through
    scopes = set(through.objects.filter(administrativeunit__in=sources).values_list("trainerscope_id", flat=True))
    through.objects.bulk_create(
        [through(trainerscope_id=scope, administrativeunit_id=target.pk) for scope in scopes], ignore_conflicts=True
    )
    through.objects.filter(administrativeunit__in=sources).delete()
    return {"targets": targets, "trainer_scopes": len(scopes)}
