#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for Linli's tests: PostgreSQL, Chromium, CJK fonts, curl, and LibreOffice
# (headless, Writer and Calc) that the tests open exports with.
# The .NET SDK and Node.js/npm come with the machine; npm packages are installed by the build.
set -euo pipefail

missing=()
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
# scripts/backup-restore.sh talks to the running Linli with curl.
command -v curl >/dev/null || missing+=(curl)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto | grep -q CJK || missing+=(fonts-noto-cjk)
office=()
command -v soffice >/dev/null || office+=(libreoffice-writer-nogui libreoffice-calc-nogui)

if [ ${#missing[@]} -eq 0 ] && [ ${#office[@]} -eq 0 ]; then
  echo "prerequisites: all present"
  exit 0
fi

echo "prerequisites: installing ${missing[*]} ${office[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "prerequisites: run as root, or install these Debian packages first: ${missing[*]} ${office[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
[ ${#missing[@]} -eq 0 ] || apt-get install -y -qq "${missing[@]}" >/dev/null
# LibreOffice's recommends bring a desktop; the headless converter needs none of it.
[ ${#office[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${office[@]}" >/dev/null
echo "prerequisites: installed ${missing[*]} ${office[*]}"
