#!/usr/bin/env bash
# Build the self-contained bundle (dist/briefing/) with PyInstaller and print its size.
#
#   packaging/build_bundle.sh                 # uses .venv/bin/python, else python3
#   PYTHON=/path/to/python packaging/build_bundle.sh
#
# The Python used must have Briefing's dependencies and PyInstaller installed
# (pip install -e . pyinstaller). Run from anywhere: it works from the repository root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
command -v "$PYTHON" >/dev/null 2>&1 || { echo "build_bundle: no Python at '$PYTHON' (set PYTHON=...)" >&2; exit 1; }
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build_bundle: PyInstaller is not installed for $PYTHON; run: $PYTHON -m pip install pyinstaller" >&2
  exit 1
fi
"$PYTHON" -c "import briefing, PySide6" 2>/dev/null \
  || { echo "build_bundle: $PYTHON cannot import briefing and PySide6; run: $PYTHON -m pip install -e ." >&2; exit 1; }

# Compile the app's translations (.ts -> .qm next to them) so the bundle carries them.
shopt -s nullglob
ts_files=(resources/translations/*.ts)
shopt -u nullglob
if ((${#ts_files[@]})); then
  bindir="$(dirname "$("$PYTHON" -c 'import sys; print(sys.executable)')")"
  lrelease="$bindir/pyside6-lrelease"
  [ -x "$lrelease" ] || lrelease="$(command -v pyside6-lrelease || command -v lrelease || true)"
  if [ -z "$lrelease" ]; then
    echo "build_bundle: ${#ts_files[@]} translation(s) to compile but no pyside6-lrelease found" >&2
    exit 1
  fi
  echo "build_bundle: compiling ${#ts_files[@]} translation(s) with $(basename "$lrelease")"
  "$lrelease" -silent "${ts_files[@]}"
else
  echo "build_bundle: no translations (resources/translations/*.ts) to compile"
fi

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/briefing.spec
elapsed=$(($(date +%s) - start))

if [ -d dist/Briefing.app ]; then bundle=dist/Briefing.app; else bundle=dist/briefing; fi
echo "build_bundle: built $bundle in ${elapsed}s"
echo "build_bundle: bundle size $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l | tr -d ' ') files)"
