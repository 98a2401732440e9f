"""Benchmark: time and size of one certificate PDF (target < 150 ms, < 300 KB).

Run: .venv/bin/python tests/benchmarks/bench_certificate_pdf.py [runs]
It draws in memory with an unsaved certificate and template (no database needed),
with and without a full-page background photo, and prints median / p95 / size.
"""

import datetime
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image  # noqa: E402

from courses.certificates.pdf import render_certificate_pdf  # noqa: E402

CODE = "7K3QD9XWMPA2B4C6E8FGHJKNRSTVYZ"


def fake_image(tmpdir: Path, kind: str) -> SimpleNamespace:
    """A 300-dpi A4 background: a decorative frame (typical) or pure noise (worst case)."""
    path = tmpdir / f"{kind}.jpg"
    if kind == "noise":
        img = Image.effect_noise((3508, 2480), 60).convert("RGB")
    else:
        from PIL import ImageDraw

        img = Image.linear_gradient("L").resize((3508, 2480)).convert("RGB")
        draw = ImageDraw.Draw(img)
        for i in range(0, 120, 12):
            draw.rectangle([60 + i, 60 + i, 3448 - i, 2420 - i], outline=(11, 79, 138), width=6)
    img.save(path, quality=92)
    return SimpleNamespace(file=SimpleNamespace(path=str(path)))


def run(runs: int, background) -> tuple[list[float], int]:
    certificate = SimpleNamespace(
        learner_name="Nguyễn Thị Phương Thảo Hiệp Ngữ",
        course_title="Sử dụng Cổng Dịch vụ công quốc gia và Hệ thống giải quyết thủ tục hành chính tỉnh Nghệ An",
        issuer="Sở Khoa học và Công nghệ tỉnh Nghệ An",
        issued_on=datetime.date(2026, 11, 25),
        display_code="-".join(CODE[i : i + 5] for i in range(0, 30, 5)),
    )
    template = SimpleNamespace(
        background=background,
        logo=None,
        heading="CHỨNG NHẬN HOÀN THÀNH",
        body="Đã hoàn thành khóa học “{course}” thuộc chương trình phổ cập kỹ năng số.",
        signatory_1_name="Hồ Đức Việt",
        signatory_1_title="Giám đốc Sở Khoa học và Công nghệ",
        signatory_1_signature=None,
        signatory_2_name="Lê Thị Ngọc Ánh",
        signatory_2_title="Giám đốc Trung tâm Chuyển đổi số",
        signatory_2_signature=None,
    )
    url = "https://kynangso.nghean.gov.vn/certificates/" + certificate.display_code + "/"
    render_certificate_pdf(certificate=certificate, template=template, verify_url=url)  # warm-up: fonts, image cache
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        data = render_certificate_pdf(certificate=certificate, template=template, verify_url=url)
        times.append((time.perf_counter() - start) * 1000)
        size = len(data)
    return times, size


def main() -> None:
    import tempfile

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("no background", None),
            ("framed background", fake_image(Path(tmp), "frame")),
            ("noise (worst case)", fake_image(Path(tmp), "noise")),
        ]
        for label, background in cases:
            times, size = run(runs, background)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(
                f"{label:<22} runs={runs} median={statistics.median(times):.1f} ms "
                f"p95={p95:.1f} ms size={size / 1024:.1f} KB"
            )


if __name__ == "__main__":
    main()
