"""Content blocks of the course pages: lesson blocks, and the question blocks of quizzes.

Lesson blocks are what a digital-skills lesson needs on top of the shared content blocks.
Nothing is embedded from other sites (the platform fetches nothing from the web): a video
hosted elsewhere is shown as a link next to its transcript. Question validation messages
are shown to editors in the admin. Both live here, with the page models' other content,
because ``LessonPage`` and ``QuizPage`` declare their StreamFields with them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import basic_content_blocks, block_error, first_image

INLINE_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video_file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file uploaded to the document library.")
    )
    external_url = blocks.URLBlock(
        label=_("Or a link to the video elsewhere"),
        required=False,
        help_text=_("Shown as a link; nothing is embedded from other sites."),
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=INLINE_FEATURES,
        help_text=_("Required: learners on slow connections or with hearing impairments read it instead."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"
        description = _("An uploaded video or a link, always with a transcript")
        preview_value = {
            "title": "Video: Đăng nhập Cổng Dịch vụ công bằng VNeID",
            "external_url": "https://example.gov.vn/video/dang-nhap-vneid",
            "transcript": "<p>Mở ứng dụng VNeID, chọn “Quét QR” và quét mã trên màn hình máy tính.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("video_file") and not value.get("external_url"):
            raise block_error("video_file", _("Upload a video file or give a link to the video."))
        return value


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    audio_file = DocumentChooserBlock(label=_("Audio file"), help_text=_("An MP3, M4A or OGG file."))
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=INLINE_FEATURES)

    class Meta:
        icon = "radio-full"
        label = _("Audio")
        template = "courses/blocks/audio.html"
        description = _("A recording with its transcript")
        preview_value = {
            "title": "Nghe: Ba dấu hiệu của cuộc gọi lừa đảo",
            "transcript": "<p>Người gọi tạo áp lực, đòi chuyển tiền gấp và yêu cầu mã OTP.</p>",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "courses/blocks/document.html"
        description = _("A form, checklist or handout to download")
        preview_value = {"title": "Mẫu tờ khai đăng ký khai sinh", "description": "Tệp PDF, in ra để điền thử."}


class GuideStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step title"), max_length=200)
    text = blocks.RichTextBlock(label=_("What to do"), features=INLINE_FEATURES)
    screenshot = ImageChooserBlock(label=_("Screenshot"), required=False)
    screenshot_alt = blocks.CharBlock(
        label=_("Screenshot description (alt text)"),
        required=False,
        max_length=250,
        help_text=_("Required when there is a screenshot: what does the learner see?"),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("screenshot") and not value.get("screenshot_alt"):
            raise block_error("screenshot_alt", _("Describe the screenshot for screen-reader users."))
        return value


class StepByStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=500)
    steps = blocks.ListBlock(GuideStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step guide")
        template = "courses/blocks/step_by_step.html"
        description = _("Numbered steps, each with text and a screenshot")

    def get_preview_value(self):
        image = first_image()
        return {
            "title": "Nộp hồ sơ trên Cổng Dịch vụ công",
            "intro": "Làm theo từng bước dưới đây.",
            "steps": [
                {
                    "title": "Đăng nhập",
                    "text": "<p>Chọn <b>Đăng nhập</b> ở góc trên bên phải.</p>",
                    "screenshot": image,
                    "screenshot_alt": "Nút Đăng nhập ở góc trên bên phải cổng",
                },
                {"title": "Chọn thủ tục", "text": "<p>Gõ tên thủ tục vào ô tìm kiếm.</p>"},
            ],
        }


class ServiceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Service name"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(label=_("What you can do there"), required=False, max_length=300)
    button_label = blocks.CharBlock(label=_("Button text"), required=False, max_length=60)

    class Meta:
        icon = "link-external"
        label = _("Link to an online service")
        template = "courses/blocks/service_link.html"
        description = _("A button that opens a real public or banking service")
        preview_value = {
            "title": "Cổng Dịch vụ công quốc gia",
            "url": "https://dichvucong.gov.vn",
            "description": "Nộp hồ sơ, tra cứu kết quả và thanh toán lệ phí trực tuyến.",
            "button_label": "Mở Cổng Dịch vụ công",
        }


def lesson_blocks():
    return basic_content_blocks() + [
        ("step_by_step", StepByStepBlock()),
        ("video", VideoBlock()),
        ("audio", AudioBlock()),
        ("document", DocumentBlock()),
        ("service_link", ServiceLinkBlock()),
    ]


# --- Quiz questions ---------------------------------------------------------------------------


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
