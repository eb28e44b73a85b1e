#!/usr/bin/env bash
# WhoSaid benchmark: generates and loads a graph (cached in target/bench-data-*), starts the service on it, and
# measures the standard requests against WhoSaid, raw Cypher and @neo4j/graphql, then ingest. See BENCHMARKS.md.
#
#   scripts/bench.sh                  10k articles, concurrency 1, 8, 32
#   scripts/bench.sh --articles 100000
#   scripts/bench.sh --quick          2k articles, concurrency 1, short runs; last line is the summary
#   scripts/bench.sh --ab-metrics     metrics off and on side by side, requests alternated in batches (MetricsAbBench)
#   scripts/bench.sh --export-memory  the live heap during whole-graph exports of a small and the bench's graph
#
# Other options (passed to io.whosaid.bench.BenchMain): --seed S, --concurrency 1,8,32, --seconds D,
# --warmup W, --jit-warmup S (per system, before all), --ingest-warmup S, --ingest-seconds D, --ingest-clients N, --no-peer, --no-relay (--relay in quick mode), --no-ingest, --no-reads, --service-heap 512m, --page-cache 3g (default: the store size plus a quarter).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "bench: $*" >&2; }

# 1. Build what is missing or older than its sources (the embedded Neo4j's jars only once). The bench is in the
#    tools module (tools/src/test/java/io/whosaid/bench); its build writes the classpath it runs with.
maven_flags=(-B -q)
[ -d target/neo4j-lib ] && maven_flags+=(-Dexec.skip=true)
jar=target/quarkus-app/quarkus-run.jar
bench_class=tools/target/test-classes/io/whosaid/bench/BenchMain.class
classpath=tools/target/classpath.txt
if [ ! -f "$jar" ] || [ -n "$(find pom.xml service/pom.xml src/main cypher/migrations -newer "$jar" -type f -print -quit)" ]; then
  log "building the service and the tools (./mvnw package -DskipTests)"
  ./mvnw "${maven_flags[@]}" package -DskipTests
elif [ ! -f "$bench_class" ] || [ ! -f "$classpath" ] \
    || [ -n "$(find tools/pom.xml tools/src src/test -newer "$bench_class" -type f -print -quit)" ]; then
  log "compiling the bench (./mvnw test-compile)"
  ./mvnw "${maven_flags[@]}" test-compile
fi

# 2. The peer, @neo4j/graphql + Apollo Server, from the committed package.json and package-lock.json.
peer_src=tools/neo4j-graphql
peer_dir=target/bench-node
if command -v node >/dev/null && command -v npm >/dev/null; then
  mkdir -p "$peer_dir"
  cp "$peer_src"/server.mjs "$peer_src"/typeDefs.graphql "$peer_dir"/
  if [ ! -d "$peer_dir/node_modules" ] || ! cmp -s "$peer_src/package-lock.json" "$peer_dir/package-lock.json"; then
    log "installing @neo4j/graphql into $peer_dir (npm ci)"
    cp "$peer_src"/package.json "$peer_src"/package-lock.json "$peer_dir"/
    (cd "$peer_dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
else
  log "node/npm not found: @neo4j/graphql will be skipped"
fi

# 3. Run: the bench, or one of its two side measurements.
main=io.whosaid.bench.BenchMain
case "${1:-}" in
  --ab-metrics) main=io.whosaid.bench.MetricsAbBench; shift ;;
  --export-memory) main=io.whosaid.bench.ExportMemoryBench; shift ;;
esac
exec java -Xmx1g -XX:+UseParallelGC -cp "tools/target/test-classes:tools/target/classes:$(cat "$classpath")" \
  "$main" "$@"
