#!/bin/bash
# Postfix smtp-sink on 127.0.0.1:10025 writing one file per received message (envelope first) into DIR/mail.
#   smtp-sink.sh start DIR | stop DIR
set -euo pipefail
cmd=${1:?usage: smtp-sink.sh start|stop DIR}
BASE=$(realpath -m "${2:?usage: smtp-sink.sh start|stop DIR}")

stop() {
  if [ -f "$BASE/smtp-sink.pid" ]; then
    pid=$(cat "$BASE/smtp-sink.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$BASE/smtp-sink.pid"
  fi
}

start() {
  if [ ! -x /usr/sbin/smtp-sink ]; then
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postfix
  fi
  stop
  mkdir -p "$BASE/mail"
  if [ "$(id -u)" = 0 ]; then
    id -u mailtest >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin mailtest
    chown -R mailtest: "$BASE"
    runuser -u mailtest -- /usr/sbin/smtp-sink -c -d "$BASE/mail/%Y%m%d%H%M%S." 127.0.0.1:10025 256 > "$BASE/smtp-sink.log" 2>&1 &
  else
    /usr/sbin/smtp-sink -c -d "$BASE/mail/%Y%m%d%H%M%S." 127.0.0.1:10025 256 > "$BASE/smtp-sink.log" 2>&1 &
  fi
  echo $! > "$BASE/smtp-sink.pid"
  for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/10025) 2>/dev/null && break; sleep 0.1; done
  echo "smtp-sink running on 127.0.0.1:10025, messages in $BASE/mail"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: smtp-sink.sh start|stop DIR" >&2; exit 2 ;;
esac
