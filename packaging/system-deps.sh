#!/usr/bin/env bash
# Best effort: a C compiler (installing Briefing on Linux compiles its store lock shim), the
# system libraries Qt needs offscreen, and the tools the document checks use
# (poppler-utils for pdftoppm; LibreOffice for the DOCX check). Installs only what is missing,
# and only where apt-get can be used (Debian/Ubuntu as root); elsewhere it says what to install.
set -u
need=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib libEGL.so.1        || need+=(libegl1)
have_lib libGL.so.1         || need+=(libgl1)
have_lib libfontconfig.so.1 || need+=(libfontconfig1)
have_lib libxkbcommon.so.0  || need+=(libxkbcommon0)
have_lib libdbus-1.so.3     || need+=(libdbus-1-3)
command -v cc >/dev/null || command -v gcc >/dev/null || need+=(gcc libc6-dev)  # the store's lock shim
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v soffice  >/dev/null || need+=(libreoffice-writer-nogui)
((${#need[@]})) || exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; the checks that need them will be skipped"
else
  echo "note: install ${need[*]} for the full test run (the checks that need them are skipped)"
fi
exit 0
