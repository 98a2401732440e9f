"""How much of Wagtail's admin an official sees in Vietnamese.

For each Wagtail module, the messages are those of the module's upstream English
catalogue (``locale/en/LC_MESSAGES/django.po``, and ``djangojs.po`` where shipped);
a message counts as translated when the catalogue Django actually uses for ``vi``
(project, vendor and upstream catalogues merged) has a non-empty translation for it.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

import wagtail
from django.utils import translation
from django.views.i18n import JavaScriptCatalog

WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent
MODULES = {
    "wagtail (core)": "",
    "wagtail.admin": "admin",
    "wagtail.images": "images",
    "wagtail.documents": "documents",
    "wagtail.snippets": "snippets",
    "wagtail.users": "users",
    "wagtail.sites": "sites",
    "wagtail.contrib.settings": "contrib/settings",
    "wagtail.search": "search",
    "wagtail.embeds": "embeds",
    "wagtail.locales": "locales",
    "wagtail.contrib.forms": "contrib/forms",
    "wagtail.contrib.redirects": "contrib/redirects",
}


@dataclass
class Coverage:
    module: str
    total: int
    translated: int

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def _messages(po_path: Path) -> set:
    """Catalogue keys of a .po file as gettext stores them: "ctx\x04msgid", and (msgid, 0) for plurals."""
    keys, entry, field = set(), {}, None

    def finish():
        if entry.get("msgid"):
            msgid = entry["msgid"]
            if "msgctxt" in entry:
                msgid = f"{entry['msgctxt']}\x04{msgid}"
            keys.add((msgid, 0) if "msgid_plural" in entry else msgid)
        entry.clear()

    for raw in po_path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line:
                finish()
            continue
        if line.startswith('"'):
            entry[field] = entry.get(field, "") + ast.literal_eval(line)
            continue
        field, _sep, value = line.partition(" ")
        if field.startswith("msgstr"):
            field = "msgstr"
        entry[field] = ast.literal_eval(value)
    finish()
    return keys


def _vietnamese_catalog(domain: str) -> dict:
    if domain == "django":
        with translation.override("vi"):
            return translation.trans_real.translation("vi")._catalog
    view = JavaScriptCatalog(domain="djangojs", packages=None)
    view.translation = translation.trans_real.DjangoTranslation("vi", domain="djangojs")
    return view.translation._catalog


def coverage() -> list[Coverage]:
    results = []
    catalogs = {domain: _vietnamese_catalog(domain) for domain in ("django", "djangojs")}
    for name, subdir in MODULES.items():
        total = translated = 0
        for domain, catalog in catalogs.items():
            po = WAGTAIL_DIR / subdir / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if not po.exists():
                continue
            for key in _messages(po):
                total += 1
                try:
                    value = catalog[key]
                except KeyError:
                    continue
                translated += bool(value)
        results.append(Coverage(name, total, translated))
    return results
