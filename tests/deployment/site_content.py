"""The content the deployment test's learner needs, created inside the deployment (its database,
its object storage): ``manage.py shell -c "from tests.deployment.site_content import main; main()"``."""

import io
import json

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from courses.models import CertificateTemplate, LessonPage
from home.models import HomePage
from tests.factories import AdministrativeUnitFactory, course, course_index


def main():
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePage(title="Trang chủ", slug="trang-chu", hero_title="Kỹ năng số cho mọi người dân Nghệ An")
    root.add_child(instance=home)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    out = io.BytesIO()
    PILImage.new("RGB", (400, 120), "navy").save(out, format="PNG")
    logo = get_image_model().objects.create(title="Logo Sở", file=ImageFile(out, name="logo-so.png"))
    CertificateTemplate.objects.create(name="Mặc định", is_default=True, logo=logo, signatory_1_name="Hồ Đức Việt")
    page = course(course_index(home), title="Dịch vụ công trực tuyến", lessons=4)
    commune = AdministrativeUnitFactory(code="40-DEPLOY", name="Xã Diễn Châu")
    lessons = list(LessonPage.objects.child_of(page).order_by("path").values_list("pk", flat=True))
    print(json.dumps({"course": page.pk, "lessons": lessons, "commune": commune.pk, "logo": logo.file.name}))
