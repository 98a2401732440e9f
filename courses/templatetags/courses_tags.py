import hashlib

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince
from django.utils.translation import get_language, gettext

from courses.models import CourseIndexPage
from elearn.pagecache import remember

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """URL of the live course catalogue: looked up once per request, and kept until the next publish."""
    request = context.get("request")
    cached = getattr(request, "_catalogue_url", None) if request else None
    if cached is not None:
        return cached

    def find() -> str:
        page = CourseIndexPage.objects.live().order_by("path").first()
        return page.get_url(request) if page else "/"

    url = remember(f"catalogue-url:{request.get_host() if request else ''}", find)
    if request is not None:
        request._catalogue_url = url
    return url


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def in_set(value, collection) -> bool:
    return value in collection


@register.filter
def subtract(value, amount):
    return max(0, int(value or 0) - int(amount or 0))


@register.filter
def ago(value, now=None) -> str:
    """Say "5 phút trước", or "vừa xong" under a minute (Django's ``timesince`` would say "0 phút")."""
    if not value:
        return ""
    now = now or timezone.now()
    if (now - value).total_seconds() < 60:
        return gettext("just now")
    return gettext("%(time)s ago") % {"time": timesince(value, now, depth=1)}


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """The lesson's content blocks as HTML: the same for everyone, so rendered once per published
    revision and language and kept until the next purge (a preview is always rendered afresh)."""
    request = context.get("request")
    render = lambda: page.body.render_as_block()  # noqa: E731  the blocks' templates use no context
    if getattr(request, "is_preview", False) or not page.live:
        return render()
    key = f"lesson-body:{page.pk}:{page.live_revision_id}:{get_language()}"
    return mark_safe(remember(key, lambda: str(render())))  # noqa: S308  rendered by the block templates


@register.simple_tag(takes_context=True)
def syllabus(context, outline, state, current=None):
    """The course's lessons with the learner's ticks: the same for everyone at the same progress.

    Rendered once per outline, lesson shown, set of completed lessons and language, and kept until
    the next purge; the key holds nothing but lesson ids.
    """
    request = context.get("request")
    done = sorted(state.completed_ids) if state else []
    values = {"outline": outline, "state": state, "current": current, "request": request}
    render = lambda: render_to_string("courses/includes/syllabus.html", values)  # noqa: E731
    if getattr(request, "is_preview", False) or not outline.lessons:
        return render()
    course_key = outline.lessons[0].pk  # a lesson is in one course only
    digest = hashlib.sha256(",".join(map(str, done)).encode()).hexdigest()[:24]
    key = f"syllabus:{course_key}:{getattr(current, 'pk', 0)}:{get_language()}:{digest}"
    return mark_safe(remember(key, lambda: str(render())))  # noqa: S308  rendered by our template


class KeptNode(template.Node):
    def __init__(self, nodelist, page):
        self.nodelist, self.page = nodelist, page

    def render(self, context):
        page = self.page.resolve(context)
        request = context.get("request")
        if getattr(request, "is_preview", False) or not page.live:
            return self.nodelist.render(context)
        key = f"kept:{self.origin_key}:{page.pk}:{page.live_revision_id}:{get_language()}"
        return mark_safe(remember(key, lambda: str(self.nodelist.render(context))))  # noqa: S308  our template


@register.tag
def kept(parser, token):
    """``{% kept page %}…{% endkept %}``: a part of a page that shows the published page alone (its
    fields, snippets, images), the same for every visitor: rendered once per published revision and
    language, and kept until the next purge. A preview is always rendered afresh.

    Nothing of the visitor's (the user, their progress, the CSRF token, the path) may be used inside.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% kept page %} takes the page")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    node = KeptNode(nodelist, parser.compile_filter(bits[1]))
    # Which block of which template: two {% kept %} of the same page never share an entry.
    node.origin_key = f"{parser.origin.template_name}:{token.lineno}"
    return node


@register.simple_tag
def quiz_questions(questions, chosen) -> str:
    """The quiz form's questions as an ordered list: a radio group or checkboxes in a fieldset each,
    the answers ``chosen`` (question id → option ids) ticked again. Built in Python: the same markup
    through template loops cost more than the rest of the quiz page (issue 18)."""
    note = f' <span class="form-note">({escape(gettext("choose all that apply"))})</span>'
    parts = ['<ol class="quiz-questions">']
    for question in questions:
        qid = escape(question["id"])
        kind = "checkbox" if question["kind"] == "multiple" else "radio"
        picked = (chosen or {}).get(question["id"]) or ()
        parts.append(
            f'<li class="quiz-question"><fieldset><legend>{escape(question["text"])}'
            f"{note if question['kind'] == 'multiple' else ''}</legend>"
        )
        for number, (option_id, text) in enumerate(question["options"], 1):
            checked = " checked" if option_id in picked else ""
            parts.append(
                f'<div class="quiz-option"><input type="{kind}" name="q-{qid}" id="q-{qid}-{number}" '
                f'value="{escape(option_id)}"{checked}><label for="q-{qid}-{number}">{escape(text)}</label></div>'
            )
        parts.append("</fieldset></li>")
    parts.append("</ol>")
    return mark_safe("".join(parts))  # every value above is escaped
