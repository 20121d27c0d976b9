#!/bin/sh
# A compressed disk image with Casefile.app and a link to /Applications, the usual
# drag-to-install window:  sh make_dmg.sh dist/Casefile.app dist/Casefile-0.1.0-macos-arm64.dmg
# The app is not signed or notarised: the first launch needs right-click ▸ Open (Gatekeeper).
set -eu

app=$1
out=$2
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT

cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$out"
# UDZO: zlib-compressed and read-only, what every macOS since 10.0 opens.
hdiutil create -volname Casefile -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$out"
