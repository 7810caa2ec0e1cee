#!/usr/bin/env bash
# Installs what Foreign Desk needs from the operating system: Apertium, the offline translation engine, with the
# language pairs it uses into English (direct, and into Spanish for the pivots). Safe to run again.
set -euo pipefail

APERTIUM_PACKAGES=(
  apertium
  # direct into English
  apertium-eng-spa apertium-eng-cat apertium-en-gl apertium-eu-en apertium-isl-eng apertium-mkd-eng
  apertium-hbs-eng apertium-eo-en
  # into Spanish, for the pivots pt, fr, it, ro, oc, ast → es → en
  apertium-es-pt apertium-fr-es apertium-spa-ita apertium-es-ro apertium-oc-es apertium-es-ast
)

missing=()
for p in "${APERTIUM_PACKAGES[@]}"; do
  command -v dpkg >/dev/null 2>&1 && dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: Apertium and all its language pairs are installed."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  cat <<MSG
setup: apt-get not found. Install Apertium 3.8 and these language pairs with your system's package manager, or
build them from https://github.com/apertium (the Debian package names are the repository names):
  ${APERTIUM_PACKAGES[*]}
Without them the apertium engine reports no language pairs; the HTTP engines still work.
MSG
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "setup: run as root or install sudo, then: apt-get install ${APERTIUM_PACKAGES[*]}" >&2
  exit 1
fi

"${SUDO[@]}" apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
echo "setup: Apertium modes installed:"
ls /usr/share/apertium/modes/ | sed -n 's/\.mode$//p' | tr '\n' ' '
echo
