#!/usr/bin/env bash
# `make package`: the frozen one-folder application (PyInstaller), built only from pinned, hash-checked
# packages, then checked with its own `self-check`.
#
#   dist/liaison/                               the application folder (run dist/liaison/liaison)
#   dist/liaison-VERSION-linux-ARCH.tar.gz      the same, archived, with its .sha256
#
# The build environment (build/package/venv) is made from packaging/requirements-frozen.txt with
# pip --require-hashes, and made again only when that file changes; Liaison itself is installed into it from
# this checkout each time (--no-deps --no-build-isolation: nothing unpinned is fetched). Windows and macOS:
# packaging/windows/build.ps1 and packaging/macos/build.sh run the same steps and sign.
#
# --reuse (the test suite): when nothing that goes into the application changed since the last good build
# (same sources, resources, spec, pinned packages and Python: their SHA-256 is kept beside the build), the
# folder already built is checked again instead of built again. A release (`make package`) always builds.
set -euo pipefail
reuse=no
[ "${1:-}" = "--reuse" ] && reuse=yes
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
PYTHON="${PYTHON:-python3}"
build="${LIAISON_PACKAGE_BUILD:-$root/build/package}"
dist="${LIAISON_PACKAGE_DIST:-$root/dist}"
venv="$build/venv"
requirements="$root/packaging/requirements-frozen.txt"
start=$SECONDS

want="$(sha256sum "$requirements" | cut -d' ' -f1) $("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"
if [ "$(cat "$venv/.requirements" 2>/dev/null)" != "$want" ]; then
  echo "package: build environment from $(basename "$requirements") (hash-checked)"
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$requirements"
  echo "$want" > "$venv/.requirements"
fi
inputs="$( (cd "$root" && find liaison ui resources packaging/pyinstaller packaging/icons -type f \
  ! -path '*/__pycache__/*' ! -name '*.pyc' -print0 | sort -z | xargs -0 sha256sum;
  sha256sum pyproject.toml packaging/requirements-frozen.txt; echo "$want") | sha256sum | cut -d' ' -f1)"
app="$dist/liaison"
if [ "$reuse" = yes ] && [ -x "$app/liaison" ] && [ "$(cat "$dist/.liaison-inputs" 2>/dev/null)" = "$inputs" ]; then
  echo "package: $app is up to date with the sources (inputs $inputs); checking it again"
else
  rm -f "$dist/.liaison-inputs"
  # Built from a copy of the checkout: setuptools would reuse a build/lib folder left in it, stale files included.
  src="$build/src"
  rm -rf "$src" && mkdir -p "$src"
  "$PYTHON" "$root/.ci/fresh_env.py" --copy-to "$src"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation \
    --force-reinstall "$src"
  echo "package: PyInstaller (one folder) for Liaison $("$venv/bin/python" -c 'import liaison; print(liaison.__version__)')"
  rm -rf "$app"
  "$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$dist" --workpath "$build/work" \
    "$root/packaging/pyinstaller/liaison.spec"
fi
version="$("$app/liaison" --version | cut -d' ' -f2)"

echo "package: self-check of the frozen application"
"$app/liaison" self-check
echo "$inputs" > "$dist/.liaison-inputs"

size="$(du -sm "$app" | cut -f1) MB in $(find "$app" -type f | wc -l) files"
if [ "$reuse" = yes ]; then
  echo "package: $app: $size; $((SECONDS - start)) s"
  exit 0
fi
archive="$dist/liaison-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$archive" liaison
(cd "$dist" && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")
echo "package: $app: $size; $(basename "$archive"): $(du -m "$archive" | cut -f1) MB; $((SECONDS - start)) s"
