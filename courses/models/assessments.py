import random

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from elearn.pagecache import mark_member

from ..access import learner_redirect
from ..blocks import question_blocks
from ..choices import ResultFeedback
from .pages import LessonPage

MAX_SUBMISSION_BYTES = 32 * 1024


class QuizPage(LessonPage):
    """A quiz is a lesson that completes only when passed (graded on the server)."""

    questions = StreamField(question_blocks(), verbose_name=_("questions"), min_num=1)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[
            MinValueValidator(0, _("The pass mark must be between 0 and 100.")),
            MaxValueValidator(100, _("The pass mark must be between 0 and 100.")),
        ],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=0, help_text=_("0 means unlimited attempts.")
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle answer options"), default=True)
    is_required = models.BooleanField(
        _("required to complete the course"),
        default=True,
        help_text=_("Required quizzes must be passed; the others are practice."),
    )
    result_feedback = models.CharField(
        _("the result shows"),
        max_length=20,
        choices=ResultFeedback.choices,
        default=ResultFeedback.CORRECT_ANSWERS,
        help_text=_(
            "For a required quiz, the correct answers are shown only once the learner has no attempt left, "
            "unless you allow it below."
        ),
    )
    reveal_answers_early = models.BooleanField(
        _("show the correct answers while attempts remain"),
        default=False,
        help_text=_("Only for a required quiz: the learner could then pass the next attempt by copying them."),
    )

    content_panels = LessonPage.content_panels[:-1] + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel(
                    [FieldPanel("shuffle_questions"), FieldPanel("shuffle_options"), FieldPanel("is_required")]
                ),
                FieldRowPanel([FieldPanel("result_feedback"), FieldPanel("reveal_answers_early")]),
            ],
            heading=_("Grading"),
        ),
        FieldPanel("body", heading=_("Introduction (optional)")),
        FieldPanel("questions"),
    ]
    parent_page_types = ["courses.CoursePage", "courses.CourseSectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def presented_questions(self, *, seed: str) -> list[dict]:
        """Questions as shown to a learner: ids and texts only, never which answer is right."""
        rng = random.Random(seed)
        items = []
        for block in self.questions:
            value = block.value
            if block.block_type == "true_false":
                text, kind = value["statement"], "single"
                options = [("true", _("True")), ("false", _("False"))]
            else:
                text = value["question"]
                kind = "single" if block.block_type == "single_choice" else "multiple"
                options = [(item.id, item.value["text"]) for item in value["options"].bound_blocks]
                if self.shuffle_options:
                    rng.shuffle(options)
            items.append({"id": block.id, "text": text, "kind": kind, "options": options})
        if self.shuffle_questions:
            rng.shuffle(items)
        return items

    def answer_key(self) -> dict[str, dict]:
        """Question id → what is correct, with texts, for grading and the attempt snapshot."""
        key = {}
        for block in self.questions:
            value = block.value
            if block.block_type == "true_false":
                key[block.id] = {
                    "type": "true_false",
                    "text": value["statement"],
                    "options": [
                        {"id": "true", "text": str(_("True")), "correct": value["answer"] == "true", "explanation": ""},
                        {
                            "id": "false",
                            "text": str(_("False")),
                            "correct": value["answer"] == "false",
                            "explanation": "",
                        },
                    ],
                    "explanation": value["explanation"],
                }
            else:
                key[block.id] = {
                    "type": block.block_type,
                    "text": value["question"],
                    "options": [
                        {
                            "id": item.id,
                            "text": item.value["text"],
                            "correct": bool(item.value["correct"]),
                            "explanation": item.value["explanation"],
                        }
                        for item in value["options"].bound_blocks
                    ],
                    "explanation": "",
                }
        return key

    def result_detail(self, *, can_attempt: bool) -> str:
        """What a result shows now (a ``ResultFeedback`` value): the editor's choice, except that the
        correct answers of a required quiz wait until the learner has no attempt left (unless allowed)."""
        if (
            self.result_feedback == ResultFeedback.CORRECT_ANSWERS
            and self.is_required
            and can_attempt
            and not self.reveal_answers_early
        ):
            return ResultFeedback.WRONG_QUESTIONS
        return self.result_feedback

    @property
    def _started_key(self) -> str:
        return f"quiz-started-{self.pk}"

    def serve(self, request, *args, **kwargs):
        """The questions (GET), or the learner's answers graded and recorded (POST).

        A bad submission shows the questions again with a message and the answers chosen;
        nothing is stored. A good one goes to the attempt's result.
        """
        # Imported here: the services and selectors import these models.
        from ..selectors import quiz_attempts_summary
        from ..services import (
            AttemptLimitReached,
            LearningError,
            SubmissionError,
            quiz_attempt_submit,
            quiz_submission_parse,
        )

        error, status, chosen = None, 200, {}
        if request.method == "POST":
            if (response := learner_redirect(request, self)) is not None:
                return response
            try:
                if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_SUBMISSION_BYTES:
                    raise SubmissionError(gettext("The submission is too large."))
                chosen = {k[2:]: request.POST.getlist(k) for k in request.POST if k.startswith("q-")}
                answers = quiz_submission_parse(quiz=self, data=request.POST)
                started = parse_datetime(request.session.get(self._started_key, "") or "")
                submitted = quiz_attempt_submit(user=request.user, quiz=self, answers=answers, started_at=started)
            except AttemptLimitReached:
                error, status = gettext("You have used all the attempts allowed for this quiz."), 403
            except SubmissionError as exc:
                error, status = exc.message, 400
            except LearningError:
                error, status = gettext("This quiz is not available."), 404
            else:
                request.session.pop(self._started_key, None)
                return redirect("quiz_attempt_result", pk=submitted.attempt.pk)
        elif request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "POST"])

        context = self.get_context(request)
        summary = quiz_attempts_summary(user=request.user, quiz=self)
        seed = f"{getattr(request.user, 'pk', 0)}:{self.pk}:{summary.count}"
        if request.user.is_authenticated and request.method == "GET":
            request.session.setdefault(self._started_key, timezone.now().isoformat())
        context.update(questions=self.presented_questions(seed=seed), attempts=summary, error=error, chosen=chosen)
        response = TemplateResponse(request, "courses/quiz_page.html", context, status=status)
        # A learner's own copy (elearn.pagecache): kept until their attempts change.
        return mark_member(request, response) if request.user.is_authenticated else response


class QuizAttempt(models.Model):
    """One submitted attempt, with a snapshot of the questions so later edits never change it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey(QuizPage, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt number"))
    started_at = models.DateTimeField(_("started at"))
    submitted_at = models.DateTimeField(_("submitted at"))
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2)
    correct_count = models.PositiveSmallIntegerField(_("correct answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark at the time (%)"))
    passed = models.BooleanField(_("passed"))
    answers = models.JSONField(_("answers"))
    snapshot = models.JSONField(_("questions at the time"))

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at"]
        constraints = [models.UniqueConstraint(fields=["user", "quiz", "number"], name="unique_attempt_number")]
        indexes = [models.Index(fields=["quiz", "user", "-score"], name="attempt_best_idx")]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz_id} #{self.number}"
