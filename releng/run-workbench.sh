#!/bin/sh
# Runs the product on the embedded default database (H2, no servers needed): builds the product archive when it
# is missing (./mvnw verify without tests, a few minutes the first time), unpacks it into a folder and starts it.
#
#   releng/run-workbench.sh [--fresh] [emailresponder arguments...]
#
#   --fresh   start with an empty data folder under RUN_DIR (first-administrator dialog, demo data offered)
# Environment: RUN_DIR (default releng/org.emailresponder.product/target/run), EMAILRESPONDER_HOME (data folder),
#              DISPLAY (e.g. :99 with  Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd -P)
archive="$repo/releng/org.emailresponder.product/target/products/org.emailresponder.product-linux.gtk.x86_64.tar.gz"
run_dir=${RUN_DIR:-$repo/releng/org.emailresponder.product/target/run}

if [ ! -f "$archive" ]; then
    echo "run-workbench: building the product (tests skipped) ..."
    (cd "$repo" && ./mvnw -B -q -DskipTests verify)
fi
if [ "${1:-}" = "--fresh" ]; then
    shift
    rm -rf "$run_dir/home"
    export EMAILRESPONDER_HOME="$run_dir/home"
fi
rm -rf "$run_dir/emailresponder"
mkdir -p "$run_dir"
tar -xzf "$archive" -C "$run_dir"
echo "run-workbench: $run_dir/emailresponder/emailresponder (data in ${EMAILRESPONDER_HOME:-the user's data folder})"
exec "$run_dir/emailresponder/emailresponder" "$@"
