import time
import pytest

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_time_build(settings, tmp_path):
    from home.demo import build_demo_site
    from django.db import connection
    t = time.perf_counter()
    out = build_demo_site()
    t1 = time.perf_counter()
    s = connection.creation.serialize_db_to_string()
    t2 = time.perf_counter()
    print(f"\nbuild {t1-t:.2f}s serialize {t2-t1:.2f}s size {len(s)/1e6:.2f}MB")
    from courses.models import CoursePage, LessonPage, QuizPage
    print(list(CoursePage.objects.values_list("title", flat=True)))
    print(LessonPage.objects.count(), QuizPage.objects.count())
    from django.core.management import call_command
    t3 = time.perf_counter()
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    t4 = time.perf_counter()
    connection.creation.deserialize_db_from_string(s)
    t5 = time.perf_counter()
    print(f"flush {t4-t3:.2f} deserialize {t5-t4:.2f}")
