"""13.6: what a quiz's result shows, as the editor chose, and never the answer key of a required quiz
while the learner can still attempt it."""

import pytest
from django.urls import reverse

from courses.choices import ResultFeedback
from courses.models import QuizAttempt, QuizPage
from tests.factories import course, publish, quiz, quiz_answers

pytestmark = pytest.mark.django_db

KEY_TAG = "đáp án đúng"  # the tag next to a correct option ("correct answer")
CORRECT_OPTION = "Không ai cả"
CORRECT_EXPLANATION = "OTP chỉ dành cho bạn."
CHOSEN_WRONG_EXPLANATION = "Ngân hàng không bao giờ hỏi OTP."


def final_quiz(catalogue, **fields) -> QuizPage:
    page = course(catalogue, lessons=1)
    final = quiz(page, **fields)
    publish(page)
    return QuizPage.objects.get(pk=final.pk)


def fail(client, page) -> str:
    client.post(page.url, quiz_answers(page, right=False))
    attempt = QuizAttempt.objects.filter(quiz=page).order_by("-number").first()
    response = client.get(reverse("quiz_attempt_result", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_failed_required_quiz_never_shows_the_answer_key_while_attempts_remain(learner_client, catalogue):
    page = final_quiz(catalogue, result_feedback=ResultFeedback.CORRECT_ANSWERS, max_attempts=3)
    html = fail(learner_client, page)
    assert "Chưa đạt" in html and "0%" in html
    assert "✗ Chưa đúng" in html  # which questions were wrong
    assert KEY_TAG not in html and CORRECT_EXPLANATION not in html
    assert CHOSEN_WRONG_EXPLANATION in html  # why the learner's own answer is wrong
    assert "Đáp án đúng sẽ hiện khi bạn không còn lượt làm bài" in html


def test_the_answer_key_shows_once_no_attempt_is_left(learner_client, catalogue):
    page = final_quiz(catalogue, result_feedback=ResultFeedback.CORRECT_ANSWERS, max_attempts=2)
    assert KEY_TAG not in fail(learner_client, page)
    html = fail(learner_client, page)
    assert KEY_TAG in html and CORRECT_EXPLANATION in html
    assert "Bạn đã dùng hết số lần làm bài" in html


def test_unlimited_attempts_never_show_the_key_of_a_required_quiz(learner_client, catalogue):
    page = final_quiz(catalogue, result_feedback=ResultFeedback.CORRECT_ANSWERS, max_attempts=0)
    for _ in range(3):
        assert KEY_TAG not in fail(learner_client, page)


def test_the_editor_may_allow_the_key_early_or_on_a_practice_quiz(learner_client, catalogue):
    allowed = final_quiz(catalogue, result_feedback=ResultFeedback.CORRECT_ANSWERS, reveal_answers_early=True)
    assert KEY_TAG in fail(learner_client, allowed)
    practice = final_quiz(catalogue, result_feedback=ResultFeedback.CORRECT_ANSWERS, is_required=False)
    assert KEY_TAG in fail(learner_client, practice)


def test_score_only(learner_client, catalogue):
    page = final_quiz(catalogue, result_feedback=ResultFeedback.SCORE, is_required=False, max_attempts=1)
    html = fail(learner_client, page)
    assert "0%" in html and "Bài kiểm tra này chỉ hiện điểm số." in html
    for hidden in ("Mã OTP nên được chia sẻ với ai?", "✗", KEY_TAG, CHOSEN_WRONG_EXPLANATION):
        assert hidden not in html


def test_which_questions_were_wrong_never_shows_the_key_even_with_no_attempt_left(learner_client, catalogue):
    page = final_quiz(catalogue, result_feedback=ResultFeedback.WRONG_QUESTIONS, max_attempts=1)
    html = fail(learner_client, page)
    assert "Mã OTP nên được chia sẻ với ai?" in html and "✗ Chưa đúng" in html
    assert KEY_TAG not in html and CORRECT_EXPLANATION not in html
    assert f"<strong>Câu trả lời của bạn:</strong> {CORRECT_OPTION}" not in html


def test_the_editor_chooses_in_the_quiz_editor(admin_client, catalogue):
    page = final_quiz(catalogue)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Kết quả hiển thị" in html and "Chỉ điểm số" in html
    assert "Hiện đáp án đúng khi học viên vẫn còn lượt làm bài" in html
