#!/bin/bash
# Rootless Dovecot for tests on 127.0.0.1: IMAP 10143, POP3 10110, LMTP 10024.
#   dovecot.sh start DIR   configure DIR (config, users, Maildirs, logs) and start; waits until IMAP answers
#   dovecot.sh stop DIR    stop and wait until the ports are free
# DOVECOT_PORT_OFFSET=N moves all three ports up by N (e.g. a benchmark next to another engineer's test servers).
# Users (password "secret"): support@example.test, other@example.test. As root, everything runs as user
# "mailtest" (created when missing); otherwise as the calling user. Installs the Debian packages when missing.
set -euo pipefail
cmd=${1:?usage: dovecot.sh start|stop DIR}
BASE=$(realpath -m "${2:?usage: dovecot.sh start|stop DIR}")
PASSWORD=${DOVECOT_PASSWORD:-secret}
OFFSET=${DOVECOT_PORT_OFFSET:-0}
IMAP_PORT=$((10143 + OFFSET))
POP3_PORT=$((10110 + OFFSET))
LMTP_PORT=$((10024 + OFFSET))

if [ "$(id -u)" = 0 ]; then
  MAILUSER=mailtest
  id -u "$MAILUSER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$MAILUSER"
  AS=(runuser -u "$MAILUSER" --)
else
  MAILUSER=$(id -un)
  AS=()
fi

wait_port() { # port, want "open" or "closed"
  for _ in $(seq 1 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; then [ "$2" = open ] && return 0
    else [ "$2" = closed ] && return 0; fi
    sleep 0.1
  done
  echo "dovecot.sh: port $1 not $2 after 10 s" >&2; return 1
}

stop() {
  if [ -f "$BASE/run/master.pid" ]; then
    pid=$(cat "$BASE/run/master.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  wait_port $IMAP_PORT closed
}

start() {
  if [ ! -x /usr/sbin/dovecot ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends dovecot-imapd dovecot-pop3d dovecot-lmtpd
  fi
  mkdir -p "$BASE"/{run,state,mail}
  : > "$BASE/users"
  for u in support other; do
    echo "$u@example.test:{PLAIN}$PASSWORD::::::" >> "$BASE/users"
    mkdir -p "$BASE/mail/example.test/$u/Maildir"/{new,cur,tmp}
  done
  cat > "$BASE/dovecot.conf" <<CONF
protocols = imap pop3 lmtp
listen = 127.0.0.1
base_dir = $BASE/run
state_dir = $BASE/state
log_path = $BASE/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $MAILUSER
default_internal_group = $(id -gn "$MAILUSER")
default_login_user = $MAILUSER
first_valid_uid = 1
mail_location = maildir:$BASE/mail/%d/%n/Maildir
pop3_uidl_format = %08Xv%08Xu
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $BASE/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $BASE/users
  default_fields = uid=$MAILUSER gid=$(id -gn "$MAILUSER") home=$BASE/mail/%d/%n
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  chroot =
  inet_listener pop3 {
    address = 127.0.0.1
    port = $POP3_PORT
  }
  inet_listener pop3s {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}
service auth-worker {
  user = \$default_internal_user
}
CONF
  [ "$(id -u)" = 0 ] && chown -R "$MAILUSER:" "$BASE"
  stop
  "${AS[@]}" /usr/sbin/dovecot -c "$BASE/dovecot.conf"
  wait_port $IMAP_PORT open
  echo "dovecot running in $BASE (IMAP $IMAP_PORT, POP3 $POP3_PORT, LMTP $LMTP_PORT)"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: dovecot.sh start|stop DIR" >&2; exit 2 ;;
esac
