"""The interface is complete in Dutch, French and English: every string the UI code passes to tr(),
QCoreApplication.translate() or QT_TRANSLATE_NOOP() has a finished translation in each committed
Qt Linguist file (resources/translations/briefing_*.ts), the translations keep the source's
placeholders and keyboard mnemonics, and a compiled file really translates at run time.

When the first test fails, run packaging/update_translations.sh and translate the new strings."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = ROOT / "src" / "briefing" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr", "en")


def _tool(name: str) -> str | None:
    """A Qt tool from the running interpreter's environment (its bin folder), else from PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


LUPDATE = _tool("pyside6-lupdate")
LRELEASE = _tool("pyside6-lrelease")
needs_lupdate = pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is neither beside python nor on PATH")
needs_lrelease = pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is neither beside python nor on PATH")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, part of the key like context and source
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def complete(self) -> bool:
        return self.finished and bool(self.forms) and all(form.strip() for form in self.forms)


Key = tuple[str, str, str]  # context, source, disambiguation


def read_ts(path: Path) -> dict[Key, Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                finished = False
            else:
                forms = (
                    tuple(f.text or "" for f in translation.iter("numerusform"))
                    if numerus
                    else (translation.text or "",)
                )
                finished = translation.get("type") is None  # not "unfinished", "vanished" or "obsolete"
            messages[(name, source, comment)] = Message(name, source, comment, numerus, finished, forms)
    return messages


def committed(lang: str) -> dict[Key, Message]:
    return read_ts(TRANSLATIONS / f"briefing_{lang}.ts")


@pytest.fixture(scope="module")
def interface_strings(tmp_path_factory) -> dict[Key, Message]:
    """What lupdate finds in the UI code now (the same scan as packaging/update_translations.sh)."""
    sources = sorted(str(p) for p in UI_SOURCES.rglob("*.py"))
    assert sources, f"no .py files under {UI_SOURCES}"
    target = tmp_path_factory.mktemp("lupdate") / "current.ts"
    result = subprocess.run(
        [LUPDATE, *sources, "-locations", "none", "-source-language", "en", "-ts", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"pyside6-lupdate failed:\n{result.stdout}\n{result.stderr}"
    found = read_ts(target)
    assert found, f"pyside6-lupdate found no interface strings:\n{result.stdout}"
    return found


def _show(keys) -> str:
    return "\n".join(
        f"  [{context}] {source!r}" + (f" ({comment})" if comment else "") for context, source, comment in sorted(keys)
    )


@needs_lupdate
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_has_a_translation(interface_strings, lang):
    translations = committed(lang)
    missing = [key for key in interface_strings if key not in translations]
    unfinished = [key for key in interface_strings if key in translations and not translations[key].complete]
    assert not missing and not unfinished, (
        f"briefing_{lang}.ts lacks translations; run packaging/update_translations.sh and translate:\n"
        + (f"not in the file ({len(missing)}):\n{_show(missing)}\n" if missing else "")
        + (f"empty or unfinished ({len(unfinished)}):\n{_show(unfinished)}\n" if unfinished else "")
    )


@needs_lupdate
@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_strings_are_translated_as_plurals(interface_strings, lang):
    translations = committed(lang)
    wrong = [
        key
        for key, message in interface_strings.items()
        if message.numerus
        and key in translations
        and not (translations[key].numerus and len(translations[key].forms) >= 2)
    ]
    assert not wrong, f"briefing_{lang}.ts: these %n strings need their plural forms:\n{_show(wrong)}"


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
MNEMONIC = re.compile(r"(?<!&)&(?!&)")  # "&&" is a literal ampersand


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _problems(message: Message) -> list[tuple[str, str]]:
    """(translation, what is wrong with it) for each form that does not keep the source's markers."""
    problems = []
    for form in message.forms:
        if _placeholders(form) != _placeholders(message.source):
            problems.append((form, f"placeholders {_placeholders(form)} instead of {_placeholders(message.source)}"))
        mnemonics = len(MNEMONIC.findall(form))
        if bool(MNEMONIC.search(message.source)) != bool(mnemonics) or mnemonics > 1:
            wanted = len(MNEMONIC.findall(message.source))
            problems.append((form, f"{mnemonics} & mnemonic(s) where the source has {wanted}"))
        if form.count("\n") != message.source.count("\n"):
            problems.append((form, "line breaks differ from the source"))
        if message.source.endswith("…") != form.endswith("…"):
            problems.append((form, "the closing … differs from the source"))
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(lang):
    bad = [
        f"  [{message.context}] {message.source!r} -> {form!r}: {problem}"
        for message in committed(lang).values()
        if message.finished
        for form, problem in _problems(message)
    ]
    assert not bad, f"briefing_{lang}.ts: translations that do not keep the source's markers:\n" + "\n".join(bad)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_declare_their_language(lang):
    root = ET.parse(TRANSLATIONS / f"briefing_{lang}.ts").getroot()
    assert root.tag == "TS"
    assert root.get("language", "").split("_")[0] == lang
    assert root.get("sourcelanguage", "").split("_")[0] == "en"


@needs_lrelease
def test_compiled_dutch_translates_at_run_time(qapp, tmp_path):
    source = TRANSLATIONS / "briefing_nl.ts"
    compiled = tmp_path / "briefing_nl.qm"
    result = subprocess.run(
        [LRELEASE, str(source), "-qm", str(compiled)], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0 and compiled.exists(), f"pyside6-lrelease failed:\n{result.stdout}\n{result.stderr}"

    dutch = committed("nl")
    tab = dutch[("MainWindow", "Details", "")].forms[0]
    plural = dutch[("ArticlesPage", "Add %n article(s)", "")].forms
    assert tab and tab != "Details"

    translator = QTranslator()
    assert translator.load(str(compiled)), f"QTranslator could not load {compiled}"
    assert QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Details") == tab
        assert QCoreApplication.translate("ArticlesPage", "Add %n article(s)", None, 1) == plural[0].replace("%n", "1")
        assert QCoreApplication.translate("ArticlesPage", "Add %n article(s)", None, 3) == plural[1].replace("%n", "3")
        assert QCoreApplication.translate("NoSuchContext", "Details") == "Details"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Details") == "Details"
