#!/usr/bin/env bash
# macOS release build: Liaison.app, signed with the hardened runtime, in a signed and notarised disk image.
# Run on macOS 12 or later with Python 3.11 (python.org universal2 build) and the Xcode command line tools.
# The CI matrix (.ci/release-matrix.yml) runs it; by hand: bash packaging/macos/build.sh
#
# Signing and notarisation (as KeePassXC and Vorta do for their .dmg; without them Gatekeeper refuses to open
# the app on a managed Mac):
#   LIAISON_CODESIGN_IDENTITY  "Developer ID Application: NAME (TEAMID)" in the login or CI keychain
#   LIAISON_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                              xcrun notarytool store-credentials PROFILE --apple-id ID --team-id TEAMID
#                              (or an App Store Connect API key: --key, --key-id, --issuer)
# Without an identity the build is unsigned and not notarised, and says so.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
build="$root/build/package-macos"
venv="$build/venv"
identity="${LIAISON_CODESIGN_IDENTITY:-}"

python3.11 -m venv "$venv"
"$venv/bin/python" -m pip install --require-hashes -r packaging/requirements-frozen.txt
"$venv/bin/python" -m pip install --no-deps --no-build-isolation .
version="$("$venv/bin/python" -c 'import liaison; print(liaison.__version__)')"

# PyInstaller signs every library and the app with the identity (hardened runtime, entitlements.plist).
"$venv/bin/pyinstaller" --noconfirm --distpath dist --workpath "$build/work" packaging/pyinstaller/liaison.spec
app="dist/Liaison.app"
"$app/Contents/MacOS/Liaison" --version
"$app/Contents/MacOS/Liaison" self-check

dmg="dist/Liaison-$version-macos-$(uname -m).dmg"
if [ -n "$identity" ]; then
  codesign --force --deep --options runtime --timestamp --entitlements packaging/macos/entitlements.plist \
    --sign "$identity" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi
rm -f "$dmg"
hdiutil create -volname "Liaison $version" -srcfolder "$app" -fs HFS+ -format UDZO "$dmg"
if [ -n "$identity" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
  if [ -n "${LIAISON_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$LIAISON_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  else
    echo "LIAISON_NOTARY_PROFILE not set: $dmg is signed but not notarised" >&2
  fi
else
  echo "LIAISON_CODESIGN_IDENTITY not set: $app and $dmg are unsigned (Gatekeeper will refuse them)" >&2
fi
shasum -a 256 "$dmg" > "$dmg.sha256"
echo "built $dmg"
