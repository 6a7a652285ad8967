#!/bin/bash
# End-to-end ingest benchmark: the SpamAssassin corpus (6,046 messages) in a fresh rootless Dovecot, downloaded raw
# over IMAP (the Manager's batched fetch, nothing stored, and mbsync into a Maildir), ingested by the Manager into H2 and PostgreSQL, and ingested with the automation after it (analyze, route,
# notify, suggest with 10,000 templates, index) as `emailresponder run` does, in one run. Results: stdout lines
# "BENCHMARK ..." and bundles/org.emailresponder.manager.tests/target/benchmark-results.txt. See docs/BENCHMARKS.md.
# Environment: BENCH_RUNS (default raw,ingest,automation), BENCH_DATABASES (default h2,postgresql),
# BENCH_TEMPLATES (default 10000), BENCH_ROUNDS (automation runs per database, default 1), BENCH_HEAP (test JVM -Xmx, default 2g as the
# product's emailresponder.ini), JVM_ARGS (extra test JVM options, e.g. a Flight Recorder recording).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash releng/test-servers/corpus.sh "${TMPDIR:-/tmp}/er-corpus"
# mbsync (Debian's isync) downloads the same mailbox as a second raw-download reference
if ! command -v mbsync >/dev/null; then
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq isync >/dev/null || true; fi
  command -v mbsync >/dev/null || echo "mbsync missing (Debian package isync): its reference run is skipped"
fi
B=bundles/org.emailresponder
./mvnw -B ${OFFLINE:--o} verify -pl target-platform,releng/emf-codegen,$B.core,$B.store,$B.store.tests,$B.mail,$B.analysis,$B.rules,$B.search,$B.contacts,$B.templates,$B.manager,$B.manager.tests \
  -Dtest=IngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
  -Dit.servers=true -Dit.benchmark=true -Dit.corpus="${TMPDIR:-/tmp}/er-corpus" \
  "-Dtest.jvmArgs=-Xmx${BENCH_HEAP:-2g} -Djava.awt.headless=true -Dbench.runs=${BENCH_RUNS:-raw,ingest,automation} -Dbench.databases=${BENCH_DATABASES:-h2,postgresql} -Dbench.templates=${BENCH_TEMPLATES:-10000} -Dbench.rounds=${BENCH_ROUNDS:-1} ${JVM_ARGS:-}" \
  | grep -E 'BENCHMARK|ingest timing|Tests run|BUILD|ERROR'
