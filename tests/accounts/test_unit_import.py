import io

import pytest
from django.core.management import CommandError, call_command

from elearn.accounts.models import AdministrativeUnit
from elearn.accounts.unit_import import UnitImportError, administrative_units_import

pytestmark = pytest.mark.django_db

GOOD = """code,name,level,parent_code
40,Tỉnh Nghệ An,province,
412,Thành phố Vinh,huyện,40
A1,Phường Trường Vinh,phường,40
A2,Phường Lê Lợi (cũ),commune,412
"""


def test_import_builds_tree_with_paths():
    result = administrative_units_import(file=io.StringIO(GOOD))
    assert result.created == 4
    province = AdministrativeUnit.objects.get(code="40")
    old_ward = AdministrativeUnit.objects.get(code="A2")
    assert old_ward.parent.code == "412"
    assert old_ward.path.startswith(province.path)
    below = AdministrativeUnit.objects.filter(province.descendant_filter())
    assert set(below.values_list("code", flat=True)) == {"40", "412", "A1", "A2"}


def test_import_is_idempotent_and_updates_names():
    administrative_units_import(file=io.StringIO(GOOD))
    result = administrative_units_import(file=io.StringIO(GOOD.replace("Phường Trường Vinh", "Phường Trường Vinh mới")))
    assert result.created == 0 and result.updated == 4
    assert AdministrativeUnit.objects.get(code="A1").name == "Phường Trường Vinh mới"


@pytest.mark.parametrize(
    "csv_text, expected",
    [
        ("code,name\n40,Nghệ An\n", "thiếu các cột"),
        ("code,name,level,parent_code\n,Nghệ An,province,\n", "Dòng 2: mã đang để trống"),
        ("code,name,level,parent_code\n40,Nghệ An,tinh,\n", "Dòng 2: cấp “tinh” không hợp lệ"),
        (
            "code,name,level,parent_code\n40,Nghệ An,province,\n40,Nghệ An 2,province,\n",
            "Dòng 3: mã 40 đã có ở dòng 2",
        ),
        ("code,name,level,parent_code\nX1,Xã Mồ Côi,commune,99\n", "Dòng 2: đơn vị cấp trên 99 không tồn tại"),
        ("code,name,level,parent_code\n40,Nghệ An,province,\nX1,Xã A,commune,40\nX2,Xã B,commune,X1\n", "Dòng 4"),
    ],
)
def test_bad_csv_reports_rows_and_loads_nothing(csv_text, expected):
    with pytest.raises(UnitImportError) as excinfo:
        administrative_units_import(file=io.StringIO(csv_text))
    assert expected in str(excinfo.value)
    assert not AdministrativeUnit.objects.exists()


def test_command_loads_shipped_nghe_an_sample():
    call_command("load_administrative_units")
    assert AdministrativeUnit.objects.filter(level="commune", is_active=True).count() >= 30
    assert AdministrativeUnit.objects.get(code="40").name == "Tỉnh Nghệ An"


def test_command_with_malformed_file_fails_clearly(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,level,parent_code\n40,Nghệ An,province,\nX,,commune,40\n", encoding="utf-8")
    with pytest.raises(CommandError) as excinfo:
        call_command("load_administrative_units", str(bad))
    assert "Chưa có dữ liệu nào được nạp" in str(excinfo.value)
    assert "Dòng 3" in str(excinfo.value)
    assert not AdministrativeUnit.objects.exists()


def test_command_with_missing_file_fails(tmp_path):
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        call_command("load_administrative_units", str(tmp_path / "none.csv"))
