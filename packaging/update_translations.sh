#!/usr/bin/env bash
# Refresh the Qt Linguist sources (resources/translations/briefing_{nl,fr,en}.ts) from the UI code:
# every string passed to self.tr(), QCoreApplication.translate() or QT_TRANSLATE_NOOP() under
# src/briefing/ui. Existing translations are kept; new strings arrive unfinished (fill them in with
# Qt Linguist or an editor); strings no longer in the code are dropped (-no-obsolete).
# The build compiles the .ts files to .qm with pyside6-lrelease; tests/ui/test_translations.py
# fails while a string lacks a translation.
#
# Usage: packaging/update_translations.sh        (PYSIDE6_LUPDATE=/path/to/pyside6-lupdate to override)
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${PYSIDE6_LUPDATE:-}
if [ -z "$lupdate" ]; then
  for candidate in "$(command -v pyside6-lupdate || true)" .venv/bin/pyside6-lupdate; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      lupdate=$candidate
      break
    fi
  done
fi
if [ -z "$lupdate" ]; then
  echo "pyside6-lupdate not found: activate the virtual environment (make test creates .venv) or set PYSIDE6_LUPDATE" >&2
  exit 1
fi

sources=()
while IFS= read -r -d '' file; do
  sources+=("$file")
done < <(find src/briefing/ui -name '*.py' -print0 | LC_ALL=C sort -z)
if [ ${#sources[@]} -eq 0 ]; then
  echo "no .py files under src/briefing/ui" >&2
  exit 1
fi

mkdir -p resources/translations
for lang in nl fr en; do
  "$lupdate" "${sources[@]}" -no-obsolete -locations absolute \
    -source-language en -target-language "$lang" \
    -ts "resources/translations/briefing_$lang.ts"
done
