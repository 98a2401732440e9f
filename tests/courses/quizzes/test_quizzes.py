import json

import pytest
from django.urls import reverse

from courses.models import Enrollment, LessonPage, QuizAttempt, QuizPage
from courses.services import AttemptLimitReached, quiz_attempt_submit
from tests.factories import course, learner, publish, quiz, quiz_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_with_quiz(catalogue):
    page = course(catalogue, title="An toàn trên mạng", lessons=1)
    final = quiz(page)
    publish(page)
    return page, QuizPage.objects.get(pk=final.pk)


def submit(client, quiz_page, data):
    return client.post(quiz_page.url, data)


def test_quiz_page_never_sends_correct_answers(client, course_with_quiz):
    _course, final = course_with_quiz
    html = client.get(final.url).content.decode()
    assert "Mã OTP nên được chia sẻ với ai?" in html
    assert "OTP chỉ dành cho bạn." not in html  # explanations only after submitting
    assert "Ngân hàng không bao giờ hỏi OTP." not in html
    assert "correct" not in html.lower().replace("incorrect", "")


def test_failing_then_passing_completes_the_quiz_and_course(learner_client, learner_user, course_with_quiz):
    page, final = course_with_quiz
    lesson = LessonPage.objects.child_of(page).exclude(pk=final.pk).get()
    learner_client.post(reverse("lesson_complete", args=[lesson.pk]))

    response = submit(learner_client, final, quiz_answers(final, right=False))
    attempt = QuizAttempt.objects.get()
    assert response["Location"] == reverse("quiz_attempt_result", args=[attempt.pk])
    result = learner_client.get(response["Location"]).content.decode()
    assert not attempt.passed and attempt.score == 0
    assert "Chưa đạt" in result and "Làm lại" in result
    assert "Ngân hàng không bao giờ hỏi OTP." in result  # explanation of the chosen wrong answer
    assert Enrollment.objects.get(user=learner_user).completed_at is None

    submit(learner_client, final, quiz_answers(final, right=True))
    best = QuizAttempt.objects.order_by("-number").first()
    assert best.passed and best.score == 100 and best.number == 2
    enrollment = Enrollment.objects.get(user=learner_user)
    assert enrollment.completed_at is not None and enrollment.percent == 100


def test_partial_credit_and_multiple_choice_needs_exact_set(learner_user, course_with_quiz):
    _page, final = course_with_quiz
    answers = {k[2:]: v for k, v in quiz_answers(final, right=True).items()}
    multiple = next(qid for qid, q in final.answer_key().items() if q["type"] == "multiple_choice")
    answers[multiple] = answers[multiple][:1]  # only one of the two right options
    attempt = quiz_attempt_submit(user=learner_user, quiz=final, answers=answers).attempt
    assert attempt.correct_count == 2 and float(attempt.score) == pytest.approx(66.67)
    assert not attempt.passed


def test_lesson_complete_endpoint_refuses_quizzes(learner_client, course_with_quiz):
    _page, final = course_with_quiz
    assert learner_client.post(reverse("lesson_complete", args=[final.pk])).status_code == 404


@pytest.mark.parametrize(
    "tamper, message",
    [
        (lambda data, q: {**data, "q-not-a-question": ["x"]}, "câu hỏi không thuộc bài kiểm tra này"),
        (lambda data, q: {**data, next(iter(data)): ["forged-option"]}, "câu trả lời không thuộc bài kiểm tra này"),
        (lambda data, q: {k: v + v for k, v in data.items()}, "câu trả lời không thuộc bài kiểm tra này"),
        (lambda data, q: {}, "Bạn chưa trả lời câu hỏi nào"),
        (lambda data, q: dict(list(data.items())[:1]), "Vui lòng trả lời tất cả"),
    ],
)
def test_tampered_submissions_store_nothing(learner_client, course_with_quiz, tamper, message):
    _page, final = course_with_quiz
    data = tamper(quiz_answers(final), final)
    response = submit(learner_client, final, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_second_answer_to_single_choice_is_refused(learner_client, course_with_quiz):
    _page, final = course_with_quiz
    data = quiz_answers(final)
    single = next(qid for qid, q in final.answer_key().items() if q["type"] == "single_choice")
    data[f"q-{single}"] = [o["id"] for o in final.answer_key()[single]["options"]][:2]
    response = submit(learner_client, final, data)
    assert response.status_code == 400
    assert "chỉ được chọn một đáp án" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_huge_payload_is_refused(learner_client, course_with_quiz):
    _page, final = course_with_quiz
    data = {**quiz_answers(final), "padding": "x" * 40_000}
    response = submit(learner_client, final, data)
    assert response.status_code == 400
    assert "quá lớn" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_attempt_limit_is_enforced(learner_client, learner_user, catalogue):
    page = course(catalogue, lessons=0)
    limited = quiz(page, max_attempts=2)
    publish(page)
    for _ in range(2):
        submit(learner_client, limited, quiz_answers(limited, right=False))
    response = submit(learner_client, limited, quiz_answers(limited, right=True))
    assert response.status_code == 403
    assert "đã dùng hết số lần làm bài" in response.content.decode()
    assert QuizAttempt.objects.count() == 2
    with pytest.raises(AttemptLimitReached):
        quiz_attempt_submit(user=learner_user, quiz=limited, answers={})


def test_anonymous_submission_goes_to_sign_in(client, course_with_quiz):
    _page, final = course_with_quiz
    response = submit(client, final, quiz_answers(final))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert not QuizAttempt.objects.exists()


def test_results_are_private(client, course_with_quiz):
    _page, final = course_with_quiz
    owner = learner()
    answers = {k[2:]: v for k, v in quiz_answers(final).items()}
    attempt = quiz_attempt_submit(user=owner, quiz=final, answers=answers).attempt
    client.force_login(learner())
    assert client.get(reverse("quiz_attempt_result", args=[attempt.pk])).status_code == 404
    client.force_login(owner)
    assert client.get(reverse("quiz_attempt_result", args=[attempt.pk])).status_code == 200


def test_editing_the_quiz_keeps_old_attempts_readable(learner_client, learner_user, course_with_quiz):
    _page, final = course_with_quiz
    submit(learner_client, final, quiz_answers(final))
    attempt = QuizAttempt.objects.get()
    final.questions = [("true_false", {"statement": "Câu hỏi hoàn toàn mới", "answer": "false", "explanation": ""})]
    publish(final)
    html = learner_client.get(reverse("quiz_attempt_result", args=[attempt.pk])).content.decode()
    assert "Mã OTP nên được chia sẻ với ai?" in html and "Câu hỏi hoàn toàn mới" not in html
    assert "100%" in html


def test_required_quizzes_rule_ignores_lessons(learner_user, catalogue):
    from courses.models.pages import CompletionRule

    page = course(catalogue, lessons=3, completion_rule=CompletionRule.REQUIRED_QUIZZES)
    final = quiz(page)
    publish(page)
    answers = {k[2:]: v for k, v in quiz_answers(final).items()}
    quiz_attempt_submit(user=learner_user, quiz=final, answers=answers)
    enrollment = Enrollment.objects.get(user=learner_user)
    assert enrollment.completed_at is not None and enrollment.percent == 25


def test_course_page_says_what_remains(learner_client, learner_user, course_with_quiz):
    page, final = course_with_quiz
    lesson = LessonPage.objects.child_of(page).exclude(pk=final.pk).get()
    learner_client.post(reverse("lesson_complete", args=[lesson.pk]))
    html = learner_client.get(page.url).content.decode()
    assert "Để hoàn thành khóa học" in html
    assert final.title in html and "tối thiểu 80%" in html


def test_shuffling_is_stable_for_a_learner_and_attempt(catalogue):
    page = course(catalogue, lessons=0)
    shuffled = quiz(page, shuffle_questions=True, shuffle_options=True)
    first = shuffled.presented_questions(seed="1:2:0")
    assert first == shuffled.presented_questions(seed="1:2:0")
    assert json.dumps(first, default=str).count("correct") == 0


@pytest.mark.parametrize("page_kind", ["quiz", "result"])
def test_quiz_pages_query_budget(learner_client, learner_user, catalogue, page_kind, django_assert_max_num_queries):
    page = course(catalogue, lessons=10)
    final = quiz(page, questions=None)
    publish(page)
    answers = {k[2:]: v for k, v in quiz_answers(final).items()}
    attempt = quiz_attempt_submit(user=learner_user, quiz=final, answers=answers).attempt
    url = final.url if page_kind == "quiz" else reverse("quiz_attempt_result", args=[attempt.pk])
    learner_client.get(url)
    with django_assert_max_num_queries(26):
        assert learner_client.get(url).status_code == 200
