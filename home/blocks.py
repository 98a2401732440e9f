"""StreamField blocks shared by standard pages and lessons.

Every block declares an icon, a template, a description and a preview value so
editors see a real preview in the block picker.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        description = _("A section heading")
        preview_value = {"text": "Chuẩn bị trước khi nộp hồ sơ", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/rich_text.html"
        description = _("Paragraphs, lists and links")
        preview_value = (
            "<p>Cổng Dịch vụ công quốc gia giúp bạn <b>nộp hồ sơ trực tuyến</b> mà không cần đến "
            "trụ sở cơ quan nhà nước.</p>"
        )


def block_error(field: str, message) -> StructBlockValidationError:
    """A validation error shown on one child of a StructBlock in the editor."""
    return StructBlockValidationError(block_errors={field: ValidationError(message)})


def first_image():
    """Preview values for image blocks: any image from the library, if there is one."""
    return get_image_model().objects.order_by("-pk").first()


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it, e.g. “The Submit button on the portal”."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("An image with alternative text and a caption")

    def get_preview_value(self):
        return {"image": first_image(), "alt_text": "Ảnh minh họa", "caption": "Ảnh minh họa"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("note", _("Note"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"
        description = _("A highlighted tip, warning or note")
        preview_value = {
            "kind": "warning",
            "title": "Cảnh giác",
            "text": "<p>Không bao giờ cung cấp mã OTP cho bất kỳ ai, kể cả người xưng là công an.</p>",
        }


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"])


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("FAQ / accordion")
        template = "blocks/faq.html"
        description = _("Questions that open to show their answers (works without JavaScript)")
        preview_value = {
            "title": "Câu hỏi thường gặp",
            "items": [
                {
                    "question": "Nộp hồ sơ trực tuyến có mất phí không?",
                    "answer": "<p>Nhiều thủ tục được miễn hoặc giảm lệ phí khi nộp trực tuyến.</p>",
                },
                {
                    "question": "Tôi quên mật khẩu VNeID thì làm thế nào?",
                    "answer": "<p>Chọn “Quên mật khẩu” trên ứng dụng và làm theo hướng dẫn.</p>",
                },
            ],
        }


def basic_content_blocks():
    """Blocks every content page offers; lessons add their own on top."""
    return [
        ("heading", HeadingBlock()),
        ("paragraph", RichTextBlock()),
        ("image", CaptionedImageBlock()),
        ("callout", CalloutBlock()),
        ("faq", FaqBlock()),
    ]
