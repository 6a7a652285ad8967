#!/bin/bash
# End-to-end ingest benchmark: the SpamAssassin corpus (6,046 messages) in a fresh rootless Dovecot, downloaded raw
# over IMAP and ingested by the Manager into H2 and PostgreSQL, in one run. Results: stdout lines "BENCHMARK ..." and
# bundles/org.emailresponder.manager.tests/target/benchmark-results.txt. See docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash releng/test-servers/corpus.sh "${TMPDIR:-/tmp}/er-corpus"
./mvnw -B ${OFFLINE:--o} verify -pl target-platform,bundles/org.emailresponder.core,bundles/org.emailresponder.store,bundles/org.emailresponder.store.tests,bundles/org.emailresponder.mail,bundles/org.emailresponder.manager,bundles/org.emailresponder.manager.tests \
  -Dtest=IngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
  -Dit.servers=true -Dit.benchmark=true -Dit.corpus="${TMPDIR:-/tmp}/er-corpus" | grep -E 'BENCHMARK|ingest timing|Tests run|BUILD|ERROR'
