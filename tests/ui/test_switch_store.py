"""Switching store while background work runs: the window shows the new store, the work on the
store left is cancelled and its results dropped, and no thread is destroyed while it runs (Qt
would abort the whole app, so the scenario runs in a child process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

TIMEOUT = 90  # seconds for the whole child run

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    tmp = Path(sys.argv[1])
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = QApplication([])
    app.setOrganizationName("Briefing")
    app.setApplicationName("Briefing")
    from briefing.core.demo import install_demo
    from briefing.core.store import health, open_store
    import briefing.export

    # slow work: the preview takes 4 s, the opening check 3 s and finds the store left damaged
    render = briefing.export.render
    def slow_render(*args, **kwargs):
        time.sleep(4)
        return render(*args, **kwargs)
    briefing.export.render = slow_render
    def slow_check(store):
        time.sleep(3)
        return ("damaged page 7" if store.path.name == "left.sqlite" else "ok"), None
    health.opening_check = slow_check

    warnings = []
    QMessageBox.warning = lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Ok
    for name in ("left.sqlite", "other.sqlite"):
        store = open_store(tmp / name)
        install_demo(store)
        store.close()
    from briefing.ui.main_window import MainWindow, settings

    settings().setValue("store/recent", [str(tmp / "other.sqlite")])
    window = MainWindow(open_store(tmp / "left.sqlite"))
    window.show()
    window.check_store_later()

    def until(condition, seconds=30):
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("timed out")
            QTest.qWait(20)

    # the Pack tab, clicked as a person does: its preview starts after the debounce
    tabs = window.visit_tabs
    bar = tabs.tabBar()
    pack = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())].index("Pack")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(pack).center())
    page = tabs.widget(pack)
    until(lambda: getattr(page, "_render_job", None) is not None)

    # File > Recent stores > other.sqlite, while the preview and the check still run
    file_menu = window.menuBar().actions()[0].menu()
    recent = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    entry = next(a for a in recent.actions() if a.text().endswith("other.sqlite"))
    entry.trigger()
    shown = str(window.store.path)
    visits = window.visits_model.rowCount()
    title = window.windowTitle()
    QTest.qWait(3000)  # the old store's check and preview would report now
    # the new store's Pack tab, then Quit at once: its preview is due while the app quits
    bar = window.visit_tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(pack).center())
    quit_action = next(a for a in file_menu.actions() if a.text().replace("&", "") == "Quit")
    QTimer.singleShot(0, quit_action.trigger)
    app.exec()
    print(json.dumps({"shown": shown, "title": title, "visits": visits, "warnings": warnings}), flush=True)
    """
)


def test_switching_store_while_a_preview_and_the_check_run(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "settings")}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
    )
    assert "Destroyed while thread" not in run.stderr
    assert run.returncode == 0, run.stderr[-2000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome["shown"] == str(tmp_path / "other.sqlite")
    assert "other.sqlite" in outcome["title"] and outcome["visits"] > 0
    # the check of the store left found it damaged: that is not said of the store shown
    assert not [w for w in outcome["warnings"] if "damaged" in w], outcome["warnings"]
