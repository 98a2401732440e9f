from .assessments import QuizAttempt, QuizPage
from .certificates import Certificate, CertificateChange, CertificateTemplate, WithdrawnCertificate
from .pages import CourseIndexPage, CoursePage, CourseSectionPage, LessonPage
from .progress import Enrollment, LessonCompletion
from .snippets import Competence, Topic
from .targets import Target, TrainerScope

__all__ = [
    "Certificate",
    "CertificateChange",
    "CertificateTemplate",
    "Competence",
    "CourseIndexPage",
    "CoursePage",
    "CourseSectionPage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "QuizAttempt",
    "QuizPage",
    "Target",
    "Topic",
    "TrainerScope",
    "WithdrawnCertificate",
]
