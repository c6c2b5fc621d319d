#!/usr/bin/env bash
# Vendors Vega, Vega-Lite and vega-embed for report.html into
# scenarios/src/main/resources/report/vendor: the minified browser builds of the versions pinned
# below, their licences, the licences of every package installed with them (a superset of what the
# builds bundle), VERSIONS, and SHA256SUMS, which VendoredScriptsTest checks.
#
# To update: pick versions whose peer ranges agree (npm view vega-embed peerDependencies,
# npm view vega-lite peerDependencies), change them here, run this script (it needs npm and the
# npm registry), run ./mvnw -B verify (the browser test draws every bundled report), commit.
set -euo pipefail

VEGA=6.4.0
VEGA_LITE=6.5.0
VEGA_EMBED=7.3.0

cd "$(dirname "$0")/.."
out=src/main/resources/report/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --strict-peer-deps: refuse versions whose peer ranges disagree instead of warning.
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts --strict-peer-deps \
  --save-exact "vega@$VEGA" "vega-lite@$VEGA_LITE" "vega-embed@$VEGA_EMBED" >/dev/null)
modules="$work/node_modules"

rm -rf "$out"
mkdir -p "$out"
cp "$modules/vega/build/vega.min.js" "$modules/vega-lite/build/vega-lite.min.js" \
  "$modules/vega-embed/build/vega-embed.min.js" "$out/"
for package in vega vega-lite vega-embed; do
  cp "$modules/$package/LICENSE" "$out/LICENSE-$package.txt"
done
printf 'vega %s\nvega-lite %s\nvega-embed %s\n' "$VEGA" "$VEGA_LITE" "$VEGA_EMBED" > "$out/VERSIONS"

# Every other installed package's name, version, licence and licence text, in name order.
node - "$modules" > "$out/THIRD-PARTY-NOTICES.txt" <<'NODE'
const fs = require("fs");
const path = require("path");
const root = process.argv[2];
const own = new Set(["vega", "vega-lite", "vega-embed"]);
const dirs = [];
for (const entry of fs.readdirSync(root).sort()) {
  if (entry.startsWith(".")) continue;
  if (entry.startsWith("@")) {
    for (const sub of fs.readdirSync(path.join(root, entry)).sort()) dirs.push(path.join(root, entry, sub));
  } else {
    dirs.push(path.join(root, entry));
  }
}
console.log("Packages installed with vega, vega-lite and vega-embed (their minified builds bundle some of");
console.log("them), with their licences. Written by scenarios/tools/update-vega.sh.\n");
for (const dir of dirs) {
  const file = path.join(dir, "package.json");
  if (!fs.existsSync(file)) continue;
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  if (own.has(pkg.name)) continue;
  console.log("=".repeat(78));
  console.log(`${pkg.name} ${pkg.version} (${pkg.license || "licence not stated"})`);
  console.log("=".repeat(78));
  const licence = fs.readdirSync(dir).sort().find(f => /^(licen[cs]e|copying)/i.test(f));
  console.log(licence ? fs.readFileSync(path.join(dir, licence), "utf8").trim() : "(no licence file in the package)");
  console.log("");
}
NODE

(cd "$out" && sha256sum -- *.js *.txt VERSIONS > SHA256SUMS)
echo "vendored into $out:"
cat "$out/SHA256SUMS"
