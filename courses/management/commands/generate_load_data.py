"""Synthetic learners and their learning records, in bulk, for benchmarking the reports.

    manage.py generate_load_data --learners 100000 [--courses 20] [--seed 1]

Learners get unusable passwords and ``@example.invalid`` addresses; certificates are rows
only (no PDF is drawn). Refuses to run with DEBUG off unless --allow-production.
"""

import random
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from courses.builders import course_add, lesson_add, page_publish, quiz_add
from courses.models import Certificate, CourseIndexPage, CoursePage, Enrollment, LessonCompletion, QuizAttempt, QuizPage
from courses.models.pages import live_lessons
from elearn.accounts.choices import Audience
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation, User

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Thái Hà".split()
MIDDLE = "Văn Thị Hữu Đức Minh Ngọc Thanh Quang Xuân Thu Hồng Sỹ Đình Kim".split()
GIVEN = (
    "An Bình Cường Dung Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Lan Linh Long Mai Nam Nga Nghĩa "
    "Phương Quân Sơn Tâm Thảo Trang Tuấn Vân Yến Thắng Lộc Phúc Nhung Ánh Đạt"
).split()
AUDIENCES = [Audience.RESIDENT] * 6 + [Audience.BUSINESS] * 2 + [Audience.OFFICIAL] * 2
ISSUER = "Sở Khoa học và Công nghệ tỉnh Nghệ An"
DAY = 86_400


@dataclass
class CourseInfo:
    pk: int
    title: str
    lesson_ids: list[int]
    quiz_id: int | None
    pass_mark: int
    issues_certificate: bool


class Command(BaseCommand):
    help = "Create synthetic learners, enrollments, completions, quiz attempts and certificate rows (benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, required=True, help="Number of learners to create.")
        parser.add_argument("--courses", type=int, default=10, help="Spread enrollments over this many courses.")
        parser.add_argument("--seed", type=int, default=1, help="Seed for repeatable data.")
        parser.add_argument("--batch-size", type=int, default=1000, help="Learners written per transaction.")
        parser.add_argument(
            "--allow-production", action="store_true", help="Run even when DEBUG is off (never on a live site)."
        )

    def handle(self, *args, learners, courses, seed, batch_size, allow_production, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError("DEBUG is off: this fills the database with fake learners. Use --allow-production.")
        if learners < 1 or courses < 1 or batch_size < 1:
            raise CommandError("--learners, --courses and --batch-size must be positive.")
        rng = random.Random(seed)
        communes = list(
            AdministrativeUnit.objects.filter(level=AdministrativeUnit.Level.COMMUNE, is_active=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not communes:
            raise CommandError("No communes yet: run load_administrative_units (or load_demo) first.")
        organisations = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
        course_infos = self.courses(courses)
        run = secrets.token_hex(3)  # usernames stay unique across runs with the same seed
        started = time.monotonic()
        totals = dict.fromkeys(("learners", "enrollments", "lesson completions", "quiz attempts", "certificates"), 0)
        for first in range(0, learners, batch_size):
            size = min(batch_size, learners - first)
            with transaction.atomic():
                counts = self.batch(rng, run, first, size, communes, organisations, course_infos)
            for key, value in counts.items():
                totals[key] += value
            self.stdout.write(f"  {first + size:>9,} / {learners:,} learners ({time.monotonic() - started:.0f} s)")
        summary = ", ".join(f"{value:,} {key}" for key, value in totals.items())
        self.stdout.write(self.style.SUCCESS(f"Created {summary} in {time.monotonic() - started:.0f} s."))

    # --- Courses ---------------------------------------------------------------------------

    def courses(self, wanted: int) -> list[CourseInfo]:
        """The first ``wanted`` live courses, creating small synthetic ones (three lessons and a quiz) if needed."""
        existing = list(CoursePage.objects.live().order_by("path")[:wanted])
        if len(existing) < wanted:
            catalogue = CourseIndexPage.objects.first()
            if catalogue is None:
                raise CommandError("No course catalogue yet: run load_demo first.")
            start = CoursePage.objects.count()
            existing += [self.synthetic_course(catalogue, start + n) for n in range(1, wanted - len(existing) + 1)]
        infos = []
        for course in existing:
            lesson_ids = list(live_lessons(course).order_by("path").values_list("pk", flat=True))
            quiz = QuizPage.objects.filter(pk__in=lesson_ids, is_required=True).order_by("path").last()
            infos.append(
                CourseInfo(
                    pk=course.pk,
                    title=course.title,
                    lesson_ids=lesson_ids,
                    quiz_id=quiz.pk if quiz else None,
                    pass_mark=quiz.pass_mark if quiz else 80,
                    issues_certificate=course.issues_certificate,
                )
            )
        return infos

    def synthetic_course(self, catalogue: CourseIndexPage, n: int) -> CoursePage:
        slug = f"thu-tai-{secrets.token_hex(3)}-{n}"
        course = course_add(
            catalogue,
            audiences=list(Audience),
            title=f"Khóa học thử tải số {n}",
            slug=slug,
            summary="Khóa học tạo tự động để đo hiệu năng báo cáo.",
        )
        for i in range(1, 4):
            lesson_add(course, title=f"Bài {i}", slug=f"bai-{i}", body=[("paragraph", "<p>Nội dung.</p>")])
        question = {"statement": "Không chia sẻ mã OTP cho người khác.", "answer": "true", "explanation": ""}
        quiz_add(course, title="Bài kiểm tra", slug="kiem-tra", questions=[("true_false", question)])
        return page_publish(course)

    # --- One batch of learners -------------------------------------------------------------------

    def batch(self, rng, run, first, size, communes, organisations, courses) -> dict[str, int]:
        now = timezone.now()
        users, profiles = [], []
        for i in range(first, first + size):
            joined = now - timedelta(seconds=rng.uniform(0, 400 * DAY))
            users.append(
                User(
                    username=f"load-{run}-{i}",
                    email=f"load-{run}-{i}@example.invalid",
                    password="!",  # unusable: nobody can sign in as a synthetic learner
                    date_joined=joined,
                )
            )
        User.objects.bulk_create(users)
        for user in users:
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            organisation = rng.choice(organisations) if organisations and rng.random() < 0.3 else None
            profiles.append(
                LearnerProfile(
                    user=user,
                    full_name=name,
                    audience=rng.choice(AUDIENCES),
                    administrative_unit_id=rng.choice(communes),
                    organisation_id=organisation,
                    consent_given_at=user.date_joined,
                    consent_policy_version=settings.PRIVACY_POLICY_VERSION,
                )
            )
        LearnerProfile.objects.bulk_create(profiles)

        enrollments, plans = [], []
        for user, profile in zip(users, profiles, strict=True):
            for course in rng.sample(courses, min(len(courses), rng.randint(3, 7))):
                enrollment, plan = self.plan(rng, now, user, course)
                enrollments.append(enrollment)
                plans.append((profile, course, plan))
        Enrollment.objects.bulk_create(enrollments, batch_size=2000)

        completions, attempts, certificates = [], [], []
        for enrollment, (profile, course, (done, attempt_scores)) in zip(enrollments, plans, strict=True):
            completions += [
                LessonCompletion(
                    enrollment_id=enrollment.pk, lesson_id=lesson_id, completed_at=enrollment.last_activity_at
                )
                for lesson_id in course.lesson_ids[:done]
            ]
            for number, score in enumerate(attempt_scores, start=1):
                attempts.append(
                    QuizAttempt(
                        user_id=enrollment.user_id,
                        quiz_id=course.quiz_id,
                        number=number,
                        started_at=enrollment.last_activity_at - timedelta(minutes=15),
                        submitted_at=enrollment.last_activity_at,
                        score=score,
                        correct_count=round(score / 10),
                        question_count=10,
                        pass_mark=course.pass_mark,
                        passed=score >= course.pass_mark,
                        answers={},
                        snapshot=[],
                    )
                )
            if enrollment.completed_at and course.issues_certificate:
                revoked = rng.random() < 0.01
                certificates.append(
                    Certificate(
                        enrollment_id=enrollment.pk,
                        user_id=enrollment.user_id,
                        course_id=course.pk,
                        learner_name=profile.full_name,
                        course_title=course.title,
                        issuer=ISSUER,
                        issued_on=timezone.localdate(enrollment.completed_at),
                        status=Certificate.Status.REVOKED if revoked else Certificate.Status.VALID,
                        revoked_reason="Dữ liệu thử tải" if revoked else "",
                    )
                )
        LessonCompletion.objects.bulk_create(completions, batch_size=5000)
        QuizAttempt.objects.bulk_create(attempts, batch_size=2000)
        Certificate.objects.bulk_create(certificates, batch_size=2000)
        return {
            "learners": len(users),
            "enrollments": len(enrollments),
            "lesson completions": len(completions),
            "quiz attempts": len(attempts),
            "certificates": len(certificates),
        }

    def plan(self, rng, now, user, course: CourseInfo):
        """An enrollment (45 % completed, 40 % in progress, 15 % not started), lessons done and quiz scores."""
        total = len(course.lesson_ids)
        enrolled = user.date_joined + timedelta(seconds=rng.uniform(0, (now - user.date_joined).total_seconds()))
        room = max(60.0, min(60 * DAY, (now - enrolled).total_seconds()))
        state = rng.random()
        scores: list[float] = []
        if state < 0.45 and total:
            done = total
            completed = min(now, enrolled + timedelta(seconds=rng.uniform(60, room)))
            if course.quiz_id:
                if rng.random() < 0.3:
                    scores.append(round(rng.uniform(20, course.pass_mark - 1), 2))
                scores.append(round(rng.uniform(course.pass_mark, 100), 2))
        else:
            done = rng.randint(1, total - 1) if state < 0.85 and total > 1 else 0
            completed = None
            if course.quiz_id and done == total - 1 and rng.random() < 0.5:
                scores.append(round(rng.uniform(10, course.pass_mark - 1), 2))
        last_activity = completed or min(now, enrolled + timedelta(seconds=rng.uniform(0, room) if done else 0))
        enrollment = Enrollment(
            user_id=user.pk,
            course_id=course.pk,
            enrolled_at=enrolled,
            last_activity_at=last_activity,
            completed_at=completed,
            percent=min(100, 100 * done // total) if total else 0,
            completed_lessons=done,
            last_lesson_id=course.lesson_ids[done - 1] if done else None,
        )
        return enrollment, (done, scores)
