#!/usr/bin/env bash
# Re-runnable benchmark: Mermaid `journey` via mermaid-cli (mmdc) vs Wayline export, same 10-step map.
# Usage: [WAYLINE_REPO=/work/main] ./run.sh /path/to/wayline [runs]   (run from anywhere; works in this script's folder)
# WAYLINE_REPO (default: the binary's ../..) is only used to print the commit the binary was built from.
# Installs what is missing (npm mermaid-cli without its browser, Debian chromium/hyperfine/poppler,
# a Python venv with pdfplumber+pillow), regenerates the inputs, checks them, exports, measures
# text fit, times everything with hyperfine, and prints the results to stdout.
set -euo pipefail
WAYLINE=$(readlink -f "${1:?usage: run.sh /path/to/wayline [runs]}")
RUNS=${2:-10}
cd "$(dirname "$(readlink -f "$0")")"
OUT=out; mkdir -p "$OUT"
log() { printf '%s\n' "$*"; }

# ---- install (only what is missing) ----
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
command -v node >/dev/null || need_apt+=(nodejs npm)
fc-list :lang=zh | grep -q . || need_apt+=(fonts-noto-cjk)
if ((${#need_apt[@]})); then apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null; fi
[ -x node_modules/.bin/mmdc ] || PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent @mermaid-js/mermaid-cli >/dev/null
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q pillow pdfplumber; }
[ -f puppeteer.json ] || cat > puppeteer.json <<'JSON'
{"executablePath":"/usr/bin/chromium","args":["--no-sandbox","--headless","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"]}
JSON
MMDC="$PWD/node_modules/.bin/mmdc"

# ---- inputs ----
python3 journey_data.py            # writes ten-steps.mmd, ten-steps.journey.ron, tasks.json, labels.json
"$WAYLINE" check ten-steps.journey.ron

log "## Versions"
log "- mmdc $("$MMDC" --version), $(chromium --version 2>/dev/null | head -1), node $(node --version)"
REPO=${WAYLINE_REPO:-$(dirname "$WAYLINE")/../..}
DIRTY=$(git -C "$REPO" status --short --untracked-files=no 2>/dev/null | wc -l)
log "- wayline: $("$WAYLINE" --version) at $WAYLINE (repo $REPO at commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?'), $DIRTY tracked files modified in that work tree; binary built $(date -u -r "$WAYLINE" '+%F %T UTC'), sha256 $(sha256sum "$WAYLINE" | cut -c1-12))"
log "- hyperfine $(hyperfine --version | awk '{print $2}'), $(nproc) cores, $(date -u '+%F %T UTC')"

# ---- exports (kept as screenshots / for size measurement) ----
P="-p puppeteer.json -q"
"$MMDC" -i ten-steps.mmd -o "$OUT/mermaid.png" $P
"$MMDC" -i ten-steps.mmd -o "$OUT/mermaid.pdf" $P
"$MMDC" -i ten-steps.mmd -o "$OUT/mermaid.svg" $P
"$MMDC" -i ten-steps.mmd -o "$OUT/mermaid-s4.png" -s 4 $P
"$MMDC" -i ten-steps.mmd -o "$OUT/mermaid-fit.pdf" -f $P
"$MMDC" -i ten-steps.mmd -o "$OUT/mermaid-w2400.png" -w 2400 $P
FONTCONFIG_FILE="$PWD/fonts-no-cjk.conf" "$MMDC" -i ten-steps.mmd -o "$OUT/mermaid-no-cjk-font.png" -w 2400 $P
"$WAYLINE" export ten-steps.journey.ron -o "$OUT/wayline.pdf" >/dev/null
"$WAYLINE" export ten-steps.journey.ron -o "$OUT/wayline.png" >/dev/null
"$WAYLINE" export ten-steps.journey.ron --page a3 -o "$OUT/wayline-a3.pdf" >/dev/null
"$WAYLINE" export ten-steps.journey.ron --page a3 -o "$OUT/wayline-a3.png" >/dev/null
FONTCONFIG_FILE="$PWD/fonts-no-cjk.conf" "$WAYLINE" export ten-steps.journey.ron -o "$OUT/wayline-no-cjk-font.png" >/dev/null

log; log "## Outputs"
log "| file | bytes | pixels / page size |"; log "|---|---:|---|"
for f in "$OUT"/mermaid.png "$OUT"/mermaid-s4.png "$OUT"/mermaid.pdf "$OUT"/mermaid-fit.pdf "$OUT"/mermaid.svg \
         "$OUT"/wayline.png "$OUT"/wayline-a3.png "$OUT"/wayline.pdf "$OUT"/wayline-a3.pdf; do
  case $f in
    *.png) dim=$(.venv/bin/python -c "import sys;from PIL import Image;im=Image.open(sys.argv[1]);print('%dx%d px'%im.size)" "$f");;
    *.pdf) dim="$(pdfinfo "$f" | awk -F': *' '/^Pages/{p=$2}/^Page size/{s=$2}END{print p" page(s), "s}')";;
    *) dim="-";;
  esac
  log "| $(basename "$f") | $(stat -c %s "$f") | $dim |"
done
cmp -s "$OUT/wayline.png" "$OUT/wayline-no-cjk-font.png" && log "wayline PNG identical without system CJK fonts: yes" || log "wayline PNG identical without system CJK fonts: NO"

log; log "## Text fit: Mermaid (SVG measured in headless Chromium)"
node measure-svg.mjs "$OUT/mermaid.svg" puppeteer.json > "$OUT/fit-mermaid.json"
python3 summarize-fit.py "$OUT/fit-mermaid.json"
log; log "## Text fit: Wayline (PDF text boxes vs card boxes, pdfplumber)"
for f in wayline.pdf wayline-a3.pdf; do
  .venv/bin/python measure-wayline-pdf.py "$OUT/$f" tasks.json labels.json > "$OUT/fit-${f%.pdf}.json"
  log "$f: $(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['summary'])" "$OUT/fit-${f%.pdf}.json")"
done
log; log "## Text present (pdftotext -raw; all 10 task texts, whitespace ignored)"
for f in mermaid.pdf wayline.pdf wayline-a3.pdf; do
  python3 - "$OUT/$f" <<'PY'
import json, subprocess, sys
t = "".join(subprocess.run(["pdftotext", "-raw", sys.argv[1], "-"], capture_output=True, text=True).stdout.split())
tasks = json.load(open("tasks.json", encoding="utf-8"))
miss = [x for x in tasks if "".join(x.split()) not in t]
print(f"{sys.argv[1].split('/')[-1]}: {len(tasks)-len(miss)}/{len(tasks)} task texts found contiguous" + (f"; not contiguous: {miss}" if miss else ""))
PY
done

# ---- timing ----
log; log "## Timing (hyperfine --warmup 2 --runs $RUNS; median, mean ± sd, min..max in s)"
bench() { # name, command
  local name=$1 cmd=$2 l0 l1
  l0=$(cut -d' ' -f1-3 /proc/loadavg)
  hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$OUT/bench-$name.json" "$cmd" >/dev/null 2>&1 \
    || hyperfine --warmup 2 --runs "$RUNS" --export-json "$OUT/bench-$name.json" "$cmd" >/dev/null
  l1=$(cut -d' ' -f1-3 /proc/loadavg)
  python3 - "$OUT/bench-$name.json" "$name" "$l0" "$l1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"| {sys.argv[2]} | {r['median']:.3f} | {r['mean']:.3f} ± {r['stddev']:.3f} | {r['min']:.3f}..{r['max']:.3f} | {r['user'] + r['system']:.3f} | {sys.argv[3]} → {sys.argv[4]} |")
PY
}
log "| export | median | mean ± sd | min..max | CPU user+sys (mean) | loadavg 1/5/15 before → after |"; log "|---|---:|---:|---:|---:|---|"
B=bench-tmp; mkdir -p "$B"
printf 'journey\n    title t\n    section s\n      a: 3: A\n' > "$B/one.mmd"
bench mmdc-png-1task  "$MMDC -i $B/one.mmd -o $B/one.png $P"
bench mmdc-png        "$MMDC -i ten-steps.mmd -o $B/m.png $P"
bench mmdc-pdf        "$MMDC -i ten-steps.mmd -o $B/m.pdf $P"
bench mmdc-png-s4     "$MMDC -i ten-steps.mmd -o $B/m4.png -s 4 $P"
bench mmdc-pdf-fit    "$MMDC -i ten-steps.mmd -o $B/mf.pdf -f $P"
bench wayline-pdf     "$WAYLINE export ten-steps.journey.ron -o $B/w.pdf"
bench wayline-png     "$WAYLINE export ten-steps.journey.ron -o $B/w.png"
bench wayline-a3-pdf  "$WAYLINE export ten-steps.journey.ron --page a3 -o $B/wa3.pdf"
bench wayline-a3-png  "$WAYLINE export ten-steps.journey.ron --page a3 -o $B/wa3.png"
rm -rf "$B"
log; log "top CPU users at the end:"; ps -eo pcpu,comm --sort=-pcpu | head -6 | sed 's/^/    /'
