#!/usr/bin/env bash
# The whole-process figures of docs/performance.md: `analyze` on 1M and 4M callback lines next to jq, and the
# start-up of `describe` next to a bare JVM. Needs jq, hyperfine and GNU time (Debian: apt-get install jq
# hyperfine time); they are measurement tools, not build dependencies. Run from the project root after
# ./mvnw -q package -DskipTests.
set -euo pipefail
cli=$(ls target/streamcause-*-cli.jar)
work=${WORK:-/tmp/streamcause-perf}
mkdir -p "$work"

# The sample generator at scale: sessions x ~2.1 = lines. Malformed lines are left out of the measured file,
# because jq stops at the first one; both tools read the same file.
for lines in 1000000 4000000; do
  file=$work/callbacks-$lines.ndjson
  if [ ! -s "$file" ]; then
    ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.streamcause.examples.SampleGenerator \
      -Dexec.args="$((lines * 10 / 21)) 1 $work/raw.ndjson"
    grep -E '^\{"app".*\}$' "$work/raw.ndjson" > "$file"
    rm "$work/raw.ndjson"
  fi
  echo "== $(wc -l < "$file") lines, $(du -h "$file" | cut -f1)"
  for run in 1 2 3; do
    /usr/bin/time -f "analyze: %e s wall, %M KB max RSS" java -jar "$cli" analyze "$file" --format json > /dev/null
  done
  for run in 1 2 3; do
    /usr/bin/time -f "jq | sort | uniq -c: %e s wall, %M KB max RSS (jq)" \
      sh -c "jq -c '[.errcode]' '$file' | sort | uniq -c > /dev/null"
  done
done

# Start-up: describe vs a bare JVM printing a line.
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"
hyperfine --warmup 3 --runs 20 --export-markdown "$work/startup.md" \
  "java -cp $work Hello" "java -jar $cli describe 18 202"
cat "$work/startup.md"
