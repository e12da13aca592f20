#!/usr/bin/env bash
# The benchmark: the whole quarterly run on 1, 3 and 10 times the London sample (33, ~100, ~330 plans),
# each in a fresh process, and the data stages alone (read, score, extract; no documents) on 100 times it
# (~3,300 plans) with the heap capped at 512 MiB. The floor is a bare start of the same application
# (./run.sh check). Prints one table; README's Performance section has the figures measured here.
#
#   ./bench.sh               all four scales
#   ./bench.sh 1 3           only these scales
#   ./bench.sh pages         actions.html at 10 times the sample over four quarters, in headless Chromium
#   ./bench.sh footprint     a bare start and a London run as a user meets them: wall time, peak memory
#   BENCH_DIR=/tmp/b ./bench.sh   where inputs, outputs and databases go (default: data/bench)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${BENCH_DIR:-$home/data/bench}"
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(1 3 10 100)
quarter=2026-Q3
date=2026-11-25

"$home/run.sh" --help >/dev/null   # builds the application if needed, outside the timings
mkdir -p "$work"

# The sample at a scale, generated once (with a reference folder of its own beyond London's).
sample() { # scale
  local input="$work/x$1"
  if [ ! -d "$input" ]; then
    "$home/run.sh" sample --output "$input" --scale "$1" >/dev/null
  fi
}

# Start-up and memory as a user meets them: a bare start (./run.sh check) and a London run of the bundled
# sample with its documents, each five times as a fresh process, medians of the wall time and the peak
# resident memory that /usr/bin/time reports. JAVA_OPTS is passed on, so the same command measures other
# settings: JAVA_OPTS=-Xmx6g for the heap the JVM would take by itself on this machine, JAVA_OPTS=
# -XX:SharedArchiveFile=$JAVA_HOME/lib/server/classes.jsa for the JDK's own class data alone.
if [ "${1:-}" = "footprint" ]; then
  median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  measure() { # label command...
    local label="$1"; shift
    local walls=() peaks=() said="$work/footprint.time"
    for _ in 1 2 3 4 5; do
      /usr/bin/time -f "%e %M" -o "$said" "$@" >/dev/null 2>&1
      read -r wall peak <"$said"
      walls+=("$wall"); peaks+=("$peak")
    done
    printf '%-16s %8s %10s\n' "$label" "$(median "${walls[@]}")" "$(( $(median "${peaks[@]}") / 1024 ))"
  }
  printf '%-16s %8s %10s\n' "" "wall s" "peak MiB"
  measure "start (check)" "$home/run.sh" check
  measure "London run" sh -c "exec \"$home/run.sh\" --output \"\$(mktemp -d \"$work/footprint.XXXXXX\")\" --quarter $quarter --date $date"
  rm -rf "$work"/footprint.*
  exit 0
fi

# actions.html as an analyst opens it: four quarters of 10 times the sample (about 330 plans and 16,500
# actions a quarter) reviewed into one folder, the last with its documents, then the page opened from the
# disk in headless Chromium (apt-get install chromium), its first showing, keystrokes and a sort timed.
if [ "${1:-}" = "pages" ]; then
  sample 10
  input="$work/x10"
  out="$work/pages-x10"
  rm -rf "$out" "$work/db-pages"
  opts="-Dspring.datasource.url=jdbc:h2:file:$work/db-pages/plan-review -Dplanreview.progress=false"
  opts="$opts -Dplanreview.reference-dir=$input/reference"
  for quarter in 2026-Q1 2026-Q2 2026-Q3 2026-Q4; do
    documents=--no-documents
    [ "$quarter" = 2026-Q4 ] && documents=
    JAVA_OPTS="$opts" "$home/run.sh" --input "$input" --output "$out" --quarter "$quarter" --date "$date" $documents >/dev/null
  done
  (cd "$home" && ./mvnw -q -B -DskipTests test-compile)   # the browser's client is among the tests
  java -cp "$home/target/test-classes:$home/target/classes:$(cat "$home/target/sample.classpath")" \
    uk.gov.london.planreview.site.ActionsPageTimings "$out/actions.html" "youth hub"
  exit 0
fi

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e9 }'; }
field() { sed -n "s/.*[ ]$1=\([0-9]*\).*/\1/p" <<<"$2"; }
ms_to_s() { awk -v ms="${1:-0}" 'BEGIN { printf "%.1f", ms / 1000 }'; }

declare -A wall work_ms data_ms
printf '\n%-6s %6s %5s %8s %8s %6s %7s %7s %8s %8s %8s %9s %8s %9s\n' scale plans docs "wall s" "bare s" ratio "read s" "score s" "extract s" "tables s" "render s" "publish s" "pages/s" "heap MiB"
for scale in "${scales[@]}"; do
  sample "$scale"
  input="$work/x$scale"
  opts="-Dspring.datasource.url=jdbc:h2:file:$work/db-x$scale/plan-review -Dplanreview.progress=false"
  [ "$scale" -gt 1 ] && opts="$opts -Dplanreview.reference-dir=$input/reference"
  documents=yes
  extra=()
  if [ "$scale" -ge 100 ]; then
    documents=no
    extra=(--no-documents)
    opts="$opts -Xmx512m"
  fi
  rm -rf "$work/db-x$scale" "$work/out-x$scale"

  # The floor: the same application starting, checking its database and stopping (best of three, after
  # a first start that creates the database).
  JAVA_OPTS="$opts" "$home/run.sh" check >/dev/null
  bare=
  for _ in 1 2 3; do
    start=$(now); JAVA_OPTS="$opts" "$home/run.sh" check >/dev/null; took=$(( $(now) - start ))
    if [ -z "$bare" ] || [ "$took" -lt "$bare" ]; then bare=$took; fi
  done

  start=$(now)
  line=$(JAVA_OPTS="$opts -Dplanreview.timings=true -Dplanreview.progress=true" "$home/run.sh" --input "$input" \
    --output "$work/out-x$scale" --quarter "$quarter" --date "$date" "${extra[@]}" | grep '^TIMINGS')
  took=$(( $(now) - start ))

  plans=$(find "$input" -maxdepth 1 \( -name '*.xlsx' -o -name '*.xlsm' -o -name '*.xls' \) | wc -l)
  read=$(( $(field prepareRun_ms "$line") + $(field readPlans_ms "$line") + $(field consolidatePlans_ms "$line") + $(field readStocktake_ms "$line") ))
  score=$(( $(field scorePlans_ms "$line") + $(field compareWithLastQuarter_ms "$line") ))
  extract=$(field findGoodPractice_ms "$line")
  tables=$(field writeTables_ms "$line")
  render=$(field renderDocuments_ms "$line")
  publish=$(( $(field writeIndex_ms "$line") + $(field publish_ms "$line") ))
  pages=$(field pages "$line")
  rate=$(awk -v p="$pages" -v ms="$render" 'BEGIN { if (ms > 0 && p > 0) printf "%.0f", p / (ms / 1000); else printf "-" }')
  wall[$scale]=$took; work_ms[$scale]=$(field job_ms "$line"); data_ms[$scale]=$(( read + score + extract ))
  printf '%-6s %6s %5s %8s %8s %6s %7s %7s %8s %8s %8s %9s %8s %9s\n' "x$scale" "$plans" "$documents" "$(seconds "$took")" \
    "$(seconds "$bare")" "$(awk -v a="$took" -v b="$bare" 'BEGIN { printf "%.1f", a / b }')" "$(ms_to_s "$read")" \
    "$(ms_to_s "$score")" "$(ms_to_s "$extract")" "$(ms_to_s "$tables")" "$(ms_to_s "$render")" \
    "$(ms_to_s "$publish")" "$rate" "$(field peak_heap_mib "$line")"
done

if [ -n "${wall[1]:-}" ]; then
  echo
  echo "Growth against x1 (linear when the time ratio is at most 1.1 x the input ratio):"
  for scale in "${scales[@]}"; do
    [ "$scale" -eq 1 ] && continue
    if [ "$scale" -lt 100 ]; then
      printf '  x%-4s whole run: wall time x%s, job time x%s, for x%s the input\n' "$scale" \
        "$(awk -v a="${wall[$scale]}" -v b="${wall[1]}" 'BEGIN { printf "%.1f", a / b }')" \
        "$(awk -v a="${work_ms[$scale]}" -v b="${work_ms[1]}" 'BEGIN { printf "%.1f", a / b }')" "$scale"
    else
      printf '  x%-4s data stages (read, score, extract): x%s, for x%s the input\n' "$scale" \
        "$(awk -v a="${data_ms[$scale]}" -v b="${data_ms[1]}" 'BEGIN { printf "%.1f", a / b }')" "$scale"
    fi
  done
fi
