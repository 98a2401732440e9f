"""Choices of the course models, in their own module so forms and selectors need no page model."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from elearn.accounts.choices import Audience

__all__ = ["AUDIENCE_FLAGS", "Audience", "CompletionRule", "Level", "ResultFeedback"]

# CoursePage stores its audiences as one boolean field per audience (editors tick boxes).
AUDIENCE_FLAGS = {
    Audience.RESIDENT: "for_residents",
    Audience.BUSINESS: "for_businesses",
    Audience.OFFICIAL: "for_officials",
}


class Level(models.TextChoices):
    BASIC = "basic", _("Basic")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CompletionRule(models.TextChoices):
    ALL_LESSONS = "all_lessons", _("Complete every lesson and pass the required quizzes")
    REQUIRED_QUIZZES = "required_quizzes", _("Pass the required quizzes (lessons are optional)")


class ResultFeedback(models.TextChoices):
    """What a quiz's result page shows the learner (QuizPage.result_feedback)."""

    SCORE = "score", _("The score only")
    WRONG_QUESTIONS = "wrong_questions", _("The score and which questions were wrong")
    CORRECT_ANSWERS = "correct_answers", _("The score, which questions were wrong and the correct answers")
