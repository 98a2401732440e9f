import pytest

from courses.models import Topic
from courses.text import fold
from tests.factories import course

pytestmark = pytest.mark.django_db


def titles(response):
    return [c.title for c in response.context["courses"]]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("dich vu cong", "Sử dụng Dịch vụ công trực tuyến"),
        ("DỊCH VỤ CÔNG", "Sử dụng Dịch vụ công trực tuyến"),
        ("ha noi", "Du lịch Hà Nội bằng ví điện tử"),
        ("nghe an", "Chuyển đổi số ở Nghệ An"),
        ("nghệ an", "Chuyển đổi số ở Nghệ An"),
        ("chuyen doi", "Chuyển đổi số ở Nghệ An"),
    ],
)
def test_search_ignores_vietnamese_diacritics(client, catalogue, query, expected):
    course(catalogue, title="Sử dụng Dịch vụ công trực tuyến")
    course(catalogue, title="Du lịch Hà Nội bằng ví điện tử")
    course(catalogue, title="Chuyển đổi số ở Nghệ An")
    response = client.get(catalogue.url, {"q": query})
    assert titles(response) == [expected]


def test_search_finds_courses_by_lesson_title(client, catalogue):
    page = course(catalogue, title="An toàn trên mạng", lessons=1)
    from courses.models import LessonPage

    LessonPage.objects.child_of(page).update(title="Nhận diện cuộc gọi lừa đảo")
    page.save_revision().publish()
    assert titles(client.get(catalogue.url, {"q": "cuoc goi lua dao"})) == ["An toàn trên mạng"]


def test_fold_handles_stacked_marks():
    assert fold("Nghệ An – Cộng đồng số!") == " nghe an cong dong so "
    assert fold("Đăng ký") == " dang ky "


def test_filters_by_audience_topic_and_level(client, catalogue):
    payments = Topic.objects.create(name="Thanh toán", slug="thanh-toan")
    course(catalogue, title="Cho người dân", for_residents=True)
    course(catalogue, title="Cho doanh nghiệp", for_residents=False, for_businesses=True, topic=payments)
    course(catalogue, title="Cho cán bộ nâng cao", for_residents=False, for_officials=True, level="advanced")
    assert titles(client.get(catalogue.url, {"audience": "business"})) == ["Cho doanh nghiệp"]
    assert titles(client.get(catalogue.url, {"topic": "thanh-toan"})) == ["Cho doanh nghiệp"]
    assert titles(client.get(catalogue.url, {"level": "advanced"})) == ["Cho cán bộ nâng cao"]
    assert len(titles(client.get(catalogue.url))) == 3


def test_bad_filter_values_are_ignored_with_a_message(client, catalogue):
    course(catalogue, title="Khóa học A")
    response = client.get(catalogue.url, {"audience": "hacker", "page": "abc"})
    assert response.status_code == 200
    assert "Một số bộ lọc không hợp lệ" in response.content.decode()


def test_pagination(client, catalogue):
    for i in range(14):
        course(catalogue, title=f"Khóa {i:02d}", lessons=1)
    first = client.get(catalogue.url)
    second = client.get(catalogue.url, {"page": 2})
    assert len(titles(first)) == 12 and len(titles(second)) == 2
    assert 'rel="next"' in first.content.decode()


def test_card_shows_learners_own_progress(learner_client, learner_user, catalogue):
    from courses.models import LessonPage
    from courses.services import lesson_complete

    page = course(catalogue, lessons=4)
    lesson_complete(user=learner_user, lesson=LessonPage.objects.child_of(page).first())
    assert "25%" in learner_client.get(catalogue.url).content.decode()
