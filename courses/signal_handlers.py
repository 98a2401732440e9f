"""Keep learners' progress right when editors change a course's lessons."""

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from .models import CoursePage, CourseSectionPage, LessonPage
from .models.pages import course_for_path


def _schedule_recompute(course_id: int) -> None:
    def run():
        from .services import course_progress_recompute

        course = CoursePage.objects.filter(pk=course_id).first()
        if course is not None:
            course_progress_recompute(course=course)
            # Lesson titles are part of the course's search text.
            CoursePage.objects.filter(pk=course_id).update(search_text=course.build_search_text())

    transaction.on_commit(run)


def _on_lesson_change(sender, instance, **kwargs):
    course = course_for_path(instance.path, instance.depth)
    if course is not None:
        _schedule_recompute(course.pk)


def _delete_certificate_file(sender, instance, **kwargs):
    # The PDF carries the learner's name: when the row goes (account deletion), the file goes too.
    if instance.pdf:
        storage, name = instance.pdf.storage, instance.pdf.name
        transaction.on_commit(lambda: storage.delete(name))


def connect() -> None:
    from django.db.models.signals import post_save

    from .models import Certificate

    post_delete.connect(_delete_certificate_file, sender=Certificate, dispatch_uid="certificate-file-delete")

    from .models import CourseIndexPage
    from .roles import on_catalogue_created

    post_save.connect(on_catalogue_created, sender=CourseIndexPage, dispatch_uid="catalogue-roles")
    for model in (LessonPage, CourseSectionPage):
        page_published.connect(_on_lesson_change, sender=model, dispatch_uid=f"progress-publish-{model.__name__}")
        page_unpublished.connect(_on_lesson_change, sender=model, dispatch_uid=f"progress-unpublish-{model.__name__}")
        post_delete.connect(_on_lesson_change, sender=model, dispatch_uid=f"progress-delete-{model.__name__}")
