#!/bin/bash
# Puts every corpus message into a Dovecot user's Maildir (new/), as the mail user, byte for byte.
#   load-maildir.sh CORPUS_DIR DOVECOT_DIR [USER]   (USER default: support; domain example.test)
# Maildir files are what Dovecot serves over IMAP and POP3; delivery over LMTP works too but takes ~50 s.
set -euo pipefail
CORPUS=$(realpath "${1:?usage: load-maildir.sh CORPUS_DIR DOVECOT_DIR [USER]}")
BASE=$(realpath "${2:?usage: load-maildir.sh CORPUS_DIR DOVECOT_DIR [USER]}")
USER_NAME=${3:-support}
MAILDIR="$BASE/mail/example.test/$USER_NAME/Maildir"
mkdir -p "$MAILDIR"/{new,cur,tmp}
n=0
now=$(date +%s)
for f in "$CORPUS"/package/data/*/*.txt; do
  n=$((n + 1))
  cp "$f" "$MAILDIR/new/$now.M${n}P$$.corpus"
done
[ "$(id -u)" = 0 ] && chown -R mailtest: "$BASE/mail"
echo "$n messages in $MAILDIR/new"
