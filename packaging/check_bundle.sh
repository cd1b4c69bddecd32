#!/usr/bin/env bash
# Check the built bundle the way an officer's machine would run it: from an unrelated folder,
# with a clean environment (no Python, no virtualenv, no PYTHONPATH, no display), headless.
#
#   packaging/check_bundle.sh [path/to/briefing]   # default: dist/briefing/briefing (macOS: the .app's)
#
# Exits non-zero, saying which step failed, on the first failure.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -ge 1 ]; then
  exe="$1"
elif [ -x "$ROOT/dist/Briefing.app/Contents/MacOS/briefing" ]; then
  exe="$ROOT/dist/Briefing.app/Contents/MacOS/briefing"
else
  exe="$ROOT/dist/briefing/briefing"
fi
[ -x "$exe" ] || { echo "check_bundle: FAIL: no bundle at $exe (run 'make package' first)" >&2; exit 1; }
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/briefing-check.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
store="$tmp/s.sqlite"
limit=$(command -v timeout >/dev/null && echo "timeout 180" || echo "")
passed=0

fail() {
  echo "check_bundle: FAIL: $*" >&2
  for f in "$tmp"/out.txt "$tmp"/err.txt; do
    [ -s "$f" ] && { echo "--- ${f##*/}:" >&2; tail -n 20 "$f" >&2; }
  done
  exit 1
}
ok() { passed=$((passed + 1)); echo "check_bundle: ok   $*"; }

# The bundle, with nothing from this shell: HOME is the temp folder, so the settings, logs and
# default store land there too.
bundle() {
  env -i HOME="$tmp" PATH=/usr/bin:/bin TMPDIR="$tmp" QT_QPA_PLATFORM=offscreen $limit "$exe" "$@" \
    >"$tmp/out.txt" 2>"$tmp/err.txt"
}
run() {  # run ARGS...: the command must exit 0
  bundle "$@" || fail "briefing $* exited $?"
}
nonempty() { [ -s "$1" ] || fail "$2: $1 is missing or empty"; }
starts_with() { [ "$(head -c "${#2}" "$1")" = "$2" ] || fail "$3: $1 does not start with '$2'"; }

# The shipped files: the app's resources inside the package, as in the wheel.
top="$(dirname "$exe")"
case "$top" in */Contents/MacOS) top="$(dirname "$top")" ;; esac
res="$(find "$top" -type d -path "*briefing/resources" -print -quit 2>/dev/null)"
[ -n "$res" ] || fail "no briefing/resources folder in the bundle"
for f in fonts/DejaVuSansCondensed.ttf fonts/DroidSansFallbackFull.ttf templates/reference.docx \
  schema/briefing-visit-1.schema.json; do
  [ -s "$res/$f" ] || fail "the bundle lacks resources/$f"
done
demo=$(find "$res/demo" -name "*.json" | wc -l | tr -d ' ')
[ "$demo" -ge 5 ] || fail "the bundle has $demo demo files, not 5"
ts=$(find "$ROOT/resources/translations" -name "*.ts" 2>/dev/null | wc -l | tr -d ' ')
qm=$(find "$res/translations" -name "*.qm" 2>/dev/null | wc -l | tr -d ' ')
[ "$qm" -ge "$ts" ] || fail "the bundle has $qm compiled translations (.qm) for $ts sources (.ts)"
for lang in nl fr; do
  qtbase=$(find "$top" -name "qtbase_$lang.qm" -print -quit)
  [ -n "$qtbase" ] || fail "the bundle lacks Qt's own translations (qtbase_$lang.qm)"
done
ok "resources: fonts, DOCX template, schema, $demo demo visits, $qm translations (+ Qt's qtbase)"

run --version
grep -q "^briefing [0-9]" "$tmp/out.txt" || fail "--version printed '$(cat "$tmp/out.txt")'"
ok "--version: $(cat "$tmp/out.txt")"

run --store "$store" demo
[ "$(grep -c . "$tmp/out.txt")" -eq 5 ] || fail "demo did not list 5 visits"
ok "demo: 5 demo visits loaded (fonts, demo data and schema found)"

run --store "$store" visits --json
if command -v python3 >/dev/null; then
  count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))))' "$tmp/out.txt") \
    || fail "visits --json is not valid JSON"
else
  count=$(grep -o '"id":' "$tmp/out.txt" | wc -l | tr -d ' ')
fi
[ "$count" = 5 ] || fail "visits --json listed $count visits, not 5"
ok "visits --json: 5 visits"

run --store "$store" export 1 --format pdf -o "$tmp/x.pdf"
nonempty "$tmp/x.pdf" "export pdf"; starts_with "$tmp/x.pdf" "%PDF" "export pdf"
ok "export pdf: $(wc -c <"$tmp/x.pdf" | tr -d ' ') bytes"

run --store "$store" export 1 --format docx -o "$tmp/x.docx" --lang fr --audience external
nonempty "$tmp/x.docx" "export docx"; starts_with "$tmp/x.docx" "PK" "export docx"
ok "export docx (DOCX template): $(wc -c <"$tmp/x.docx" | tr -d ' ') bytes"

run --store "$store" export 1 --format ics -o "$tmp/x.ics"
nonempty "$tmp/x.ics" "export ics"; grep -q "BEGIN:VCALENDAR" "$tmp/x.ics" || fail "export ics: no VCALENDAR"
ok "export ics: $(grep -c "BEGIN:VEVENT" "$tmp/x.ics") events"

run --store "$store" export-contacts 1 -o "$tmp/x.vcf"
grep -q "BEGIN:VCARD" "$tmp/x.vcf" || fail "export-contacts: no vCard"
ok "export-contacts: $(grep -c "BEGIN:VCARD" "$tmp/x.vcf") vCards"

run --store "$store" dump 1
mv "$tmp/out.txt" "$tmp/visit.json"
run --store "$store" load "$tmp/visit.json"
ok "dump + load: the briefing-visit/1 file validates against the shipped schema"

cat >"$tmp/article.html" <<'HTML'
<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Buurtpreventie werkt: Gentse wijken melden minder inbraken</title>
<meta name="date" content="2024-03-14"></head>
<body><header><nav><a href="/">Home</a> | <a href="/nieuws">Nieuws</a></nav></header>
<article>
<h1>Buurtpreventie werkt: Gentse wijken melden minder inbraken</h1>
<p>In de Gentse wijken met een actief buurtinformatienetwerk daalde het aantal woninginbraken
vorig jaar met bijna een vijfde, zo blijkt uit cijfers die de stad en de lokale politie vandaag
voorstelden. De zwaluwstaartmethode, waarbij buren verdachte situaties meteen doorgeven aan de
wijkagent, wordt nu ook in andere steden bekeken.</p>
<p>Volgens de korpschef is het succes vooral te danken aan de snelle doorstroming van informatie.
"Bewoners kennen hun straat het best. Wanneer zij iets ongewoons opmerken en dat meteen melden,
kunnen onze ploegen sneller ter plaatse zijn," klinkt het. De stad investeert daarom in extra
opleidingen voor de coördinatoren van de netwerken.</p>
<p>Ook het Belgisch Netwerk voor Criminaliteitspreventie volgt het project op de voet. Een
evaluatie met de universiteit moet volgend jaar uitwijzen welke elementen overdraagbaar zijn naar
kleinere gemeenten, waar de afstand tot de politie vaak groter is.</p>
</article>
<footer><p>&copy; Stad Gent</p></footer></body></html>
HTML
run --store "$store" import-articles "$tmp/article.html"
run --store "$store" search zwaluwstaartmethode
grep -q "Buurtpreventie" "$tmp/out.txt" || fail "the imported web page is not found by search"
ok "import-articles (HTML, trafilatura and its data files) + search finds it"

run --store "$store" search oekraiense
grep -qi "Oekraïense" "$tmp/out.txt" || fail "search oekraiense: no Oekraïense hit"
ok "search oekraiense: $(grep -c . "$tmp/out.txt") hits (accents folded)"

run --store "$store" check
ok "check: the store is healthy"

# The desktop app on the offscreen platform: the window opens (pages, PDF viewer, icons) and quits.
bundle_app() {
  env -i HOME="$tmp" PATH=/usr/bin:/bin TMPDIR="$tmp" QT_QPA_PLATFORM=offscreen BRIEFING_QUIT_WHEN_SHOWN=1 \
    $limit "$exe" --store "$store" >"$tmp/out.txt" 2>"$tmp/err.txt"
}
bundle_app || fail "the app did not start and quit cleanly (exit $?)"
ok "app: the main window opens offscreen and quits"

# The same on a real X server (the xcb platform plugin and its libraries), where one can be had.
if [ "$(uname -s)" = Linux ] && command -v xvfb-run >/dev/null; then
  $limit xvfb-run -a sh -c 'env -i HOME="$1" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" \
    BRIEFING_QUIT_WHEN_SHOWN=1 "$2" --store "$3"' sh "$tmp" "$exe" "$store" >"$tmp/out.txt" 2>"$tmp/err.txt" \
    || fail "the app did not start on X (xvfb-run, xcb platform plugin; exit $?)"
  ok "app: the main window opens on X (xcb) and quits"
else
  echo "check_bundle: skip app on X (needs Linux and xvfb-run)"
fi

echo "check_bundle: all $passed checks passed ($exe)"
