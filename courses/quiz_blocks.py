"""Question blocks for quizzes. Validation messages are shown to editors in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import block_error


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct answer"), required=False)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, max_length=500, help_text=_("Shown after the learner submits.")
    )

    class Meta:
        icon = "radio-empty"
        label = _("Answer option")


class ChoiceQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), max_length=500)
    options = blocks.ListBlock(OptionBlock(), label=_("Answer options"), min_num=2, max_num=8)

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        message = self.correct_count_error(correct)
        if message:
            raise block_error("options", message)
        return value

    def correct_count_error(self, correct: int):
        if correct == 0:
            return _("Mark at least one answer as correct.")
        return None


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    def correct_count_error(self, correct: int):
        if correct > 1:
            return _("A single-choice question must have exactly one correct answer.")
        return super().correct_count_error(correct)

    class Meta:
        icon = "radio-full"
        label = _("Single-choice question")
        template = "courses/blocks/question_preview.html"
        preview_value = {
            "question": "Mã OTP nên được chia sẻ với ai?",
            "options": [
                {"text": "Nhân viên ngân hàng gọi điện cho bạn", "correct": False, "explanation": ""},
                {"text": "Không chia sẻ với bất kỳ ai", "correct": True, "explanation": ""},
            ],
        }


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "tasks"
        label = _("Multiple-choice question")
        template = "courses/blocks/question_preview.html"
        preview_value = {
            "question": "Những dấu hiệu nào cho thấy một tin nhắn là lừa đảo?",
            "options": [
                {"text": "Yêu cầu chuyển tiền gấp", "correct": True, "explanation": ""},
                {"text": "Đường link lạ", "correct": True, "explanation": ""},
                {"text": "Tin nhắn từ tổng đài 1900 chính thức của ngân hàng", "correct": False, "explanation": ""},
            ],
        }


class TrueFalseQuestionBlock(blocks.StructBlock):
    statement = blocks.TextBlock(label=_("Statement"), max_length=500)
    answer = blocks.ChoiceBlock(
        label=_("The statement is"), choices=[("true", _("True")), ("false", _("False"))], default="true"
    )
    explanation = blocks.TextBlock(label=_("Explanation"), required=False, max_length=500)

    class Meta:
        icon = "tick"
        label = _("True / false question")
        template = "courses/blocks/question_preview.html"
        preview_value = {
            "statement": "Nộp hồ sơ trên Cổng Dịch vụ công quốc gia cần tài khoản định danh điện tử.",
            "answer": "true",
            "explanation": "",
        }


def question_blocks():
    return [
        ("single_choice", SingleChoiceQuestionBlock()),
        ("multiple_choice", MultipleChoiceQuestionBlock()),
        ("true_false", TrueFalseQuestionBlock()),
    ]
