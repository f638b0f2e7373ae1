#!/usr/bin/env bash
# Install the Debian packages listed in debian-packages.txt that are missing.
#
#   install-system-deps.sh               install them (root, or sudo); fail if this user cannot
#   install-system-deps.sh --if-possible install them if this user can (root, or sudo without a password);
#                                        otherwise name them and go on (`make test`: the tests that need them
#                                        are skipped, each naming its package)
#   install-system-deps.sh --venv        only python3-venv (a fresh Debian cannot make a virtual environment)
#
# LIAISON_SYSTEM_DEPS=no: never install, only name what is missing (as a user without root or sudo).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode="${1:-install}"
if [ "$mode" = "--venv" ]; then
  wanted=(python3-venv)
else
  mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$here/debian-packages.txt")
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian system; the tests name what they miss (packaging/debian-packages.txt)." >&2
  exit 0
fi
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
sudo=""
can=yes
if [ "${LIAISON_SYSTEM_DEPS:-}" = "no" ]; then
  can=no
elif [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && { [ "$mode" = "install" ] || sudo -n true 2>/dev/null; }; then
    sudo="sudo"
  else
    can=no
  fi
fi
if [ "$can" = no ]; then
  echo "install-system-deps: missing Debian packages: ${missing[*]}" >&2
  echo "install-system-deps: to install them: sudo apt-get install ${missing[*]}   (or: sudo make system-deps)" >&2
  if [ "$mode" = "--if-possible" ]; then
    echo "install-system-deps: the tests that need them will be skipped, each naming its package." >&2
    exit 0
  fi
  exit 1
fi
echo "install-system-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
