import pytest

from courses.models import Enrollment, LessonCompletion, LessonPage
from courses.services import LearningError, course_progress_recompute, enrollment_create, lesson_complete
from courses.signals import course_completed
from tests.factories import learner, lesson, publish, quiz

pytestmark = pytest.mark.django_db


def lessons_of(page):
    return list(LessonPage.objects.descendant_of(page).order_by("path"))


@pytest.fixture
def completions_signalled():
    received = []

    def receiver(sender, enrollment, **kwargs):
        received.append(enrollment.pk)

    course_completed.connect(receiver)
    yield received
    course_completed.disconnect(receiver)


def test_enrollment_create_is_idempotent(three_lesson_course):
    user = learner()
    first = enrollment_create(user=user, course=three_lesson_course)
    again = enrollment_create(user=user, course=three_lesson_course)
    assert first.enrollment.pk == again.enrollment.pk
    assert Enrollment.objects.count() == 1
    assert (first.created, again.created) == (True, False)


def test_lesson_complete_updates_percent_and_is_harmless_to_repeat(three_lesson_course):
    user = learner()
    first = lessons_of(three_lesson_course)[0]
    progress = lesson_complete(user=user, lesson=first)
    enrollment = progress.enrollment
    assert (enrollment.percent, enrollment.completed_lessons, enrollment.last_lesson_id) == (33, 1, first.pk)
    assert (progress.completed_ids, progress.course_completed) == ({first.pk}, False)
    enrollment = lesson_complete(user=user, lesson=first).enrollment
    assert enrollment.percent == 33
    assert LessonCompletion.objects.count() == 1


def test_completing_every_lesson_completes_the_course_once(
    three_lesson_course, completions_signalled, django_capture_on_commit_callbacks
):
    user = learner()
    with django_capture_on_commit_callbacks(execute=True):
        said = [lesson_complete(user=user, lesson=page).course_completed for page in lessons_of(three_lesson_course)]
        enrollment = Enrollment.objects.get(user=user)
        completed_at = enrollment.completed_at
        assert enrollment.percent == 100 and completed_at is not None
        assert said == [False, False, True]  # the service says which call completed the course
        # Doing a lesson again later keeps the original completion time and sends nothing.
        again = lesson_complete(user=user, lesson=lessons_of(three_lesson_course)[0])
        enrollment = again.enrollment
    assert enrollment.completed_at == completed_at and not again.course_completed
    assert completions_signalled == [enrollment.pk]


def test_unpublished_lesson_cannot_be_completed(three_lesson_course):
    page = lessons_of(three_lesson_course)[0]
    page.unpublish()
    page.refresh_from_db()
    with pytest.raises(LearningError):
        lesson_complete(user=learner(), lesson=page)
    assert not Enrollment.objects.exists()


def test_adding_a_lesson_lowers_percent_but_completed_stays_completed(
    three_lesson_course, django_capture_on_commit_callbacks
):
    done, halfway = learner(), learner()
    for page in lessons_of(three_lesson_course):
        lesson_complete(user=done, lesson=page)
    lesson_complete(user=halfway, lesson=lessons_of(three_lesson_course)[0])
    with django_capture_on_commit_callbacks(execute=True):
        publish(lesson(three_lesson_course, title="Bài mới thêm"))
    finished = Enrollment.objects.get(user=done)
    started = Enrollment.objects.get(user=halfway)
    assert (finished.percent, finished.completed_at is not None) == (75, True)
    assert (started.percent, started.completed_lessons) == (25, 1)


def test_unpublishing_the_missing_lesson_completes_learners(
    three_lesson_course, completions_signalled, django_capture_on_commit_callbacks
):
    user = learner()
    first, second, third = lessons_of(three_lesson_course)
    lesson_complete(user=user, lesson=first)
    lesson_complete(user=user, lesson=second)
    with django_capture_on_commit_callbacks(execute=True):
        third.unpublish()
    enrollment = Enrollment.objects.get(user=user)
    assert enrollment.percent == 100
    assert enrollment.completed_at is not None
    assert completions_signalled == [enrollment.pk]


def test_deleting_a_lesson_recomputes_progress(three_lesson_course, django_capture_on_commit_callbacks):
    user = learner()
    first, second, third = lessons_of(three_lesson_course)
    lesson_complete(user=user, lesson=first)
    with django_capture_on_commit_callbacks(execute=True):
        third.delete()
    assert Enrollment.objects.get(user=user).percent == 50


def test_recompute_uses_a_fixed_number_of_queries(three_lesson_course, django_assert_max_num_queries):
    pages = lessons_of(three_lesson_course)
    for _ in range(20):
        lesson_complete(user=learner(), lesson=pages[0])
    with django_assert_max_num_queries(8):
        course_progress_recompute(course=three_lesson_course)
    assert set(Enrollment.objects.values_list("percent", flat=True)) == {33}


def test_unpublishing_a_quiz_recomputes_progress(three_lesson_course, django_capture_on_commit_callbacks):
    # Wagtail sends page signals with the page's own class: a quiz is a QuizPage, not a LessonPage.
    final = quiz(three_lesson_course)
    publish(final)
    user = learner()
    for page in lessons_of(three_lesson_course)[:3]:
        lesson_complete(user=user, lesson=page)
    assert Enrollment.objects.get(user=user).completed_at is None
    with django_capture_on_commit_callbacks(execute=True):
        final.unpublish()
    enrollment = Enrollment.objects.get(user=user)
    assert (enrollment.percent, enrollment.completed_at is not None) == (100, True)


def test_in_person_completion_only_for_lessons_the_course_allows_and_first_source_is_kept(three_lesson_course):
    user = learner()
    first, second, _third = LessonPage.objects.child_of(three_lesson_course).order_by("path")
    with pytest.raises(LearningError):
        lesson_complete(user=user, lesson=first, source=LessonCompletion.Source.IN_PERSON)
    assert not LessonCompletion.objects.exists()
    LessonPage.objects.filter(pk__in=[first.pk, second.pk]).update(completable_in_person=True)
    first.refresh_from_db()
    second.refresh_from_db()
    progress = lesson_complete(user=user, lesson=first, source=LessonCompletion.Source.IN_PERSON)
    assert progress.enrollment.completed_lessons == 1 and first.pk in progress.completed_ids
    lesson_complete(user=user, lesson=second)  # online first…
    lesson_complete(user=user, lesson=second, source=LessonCompletion.Source.IN_PERSON)  # …stays online
    sources = dict(LessonCompletion.objects.values_list("lesson_id", "source"))
    assert sources == {first.pk: "in_person", second.pk: "online"}
