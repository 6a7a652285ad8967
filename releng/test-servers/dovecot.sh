#!/bin/bash
# Rootless Dovecot for tests on 127.0.0.1: IMAP 10143, POP3 10110, LMTP 10024 (IMAP_PORT, POP3_PORT, LMTP_PORT override).
#   dovecot.sh start DIR   configure DIR (config, users, Maildirs, a throw-away CA and a server certificate, logs) and
#                          start; waits until IMAP answers, then prints the -D properties of the mail tests
#                          (DovecotIntegrationTest) on stdout: mvn ... $(releng/test-servers/dovecot.sh start DIR)
#   dovecot.sh stop DIR    stop and wait until the ports are free
# Users (password "secret"): support@example.test, other@example.test. Plain IMAP/POP3 with STARTTLS/STLS offered
# (certificate for "localhost", signed by DIR/ca.pem). As root, everything runs as user "mailtest" (created when
# missing); otherwise as the calling user. Installs the Debian packages when missing. Messages go to stderr.
set -euo pipefail
cmd=${1:?usage: dovecot.sh start|stop DIR}
BASE=$(realpath -m "${2:?usage: dovecot.sh start|stop DIR}")
PASSWORD=${DOVECOT_PASSWORD:-secret}
IMAP_PORT=${IMAP_PORT:-10143}
POP3_PORT=${POP3_PORT:-10110}
LMTP_PORT=${LMTP_PORT:-10024}

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
  wait_port "$IMAP_PORT" closed
}

certificates() { # a CA valid for two days and a "localhost" certificate it signed, for the STARTTLS/STLS tests
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$BASE/ca.key" \
      -out "$BASE/ca.pem" -days 2 -subj "/CN=Email Responder Dovecot Test CA" \
      -addext basicConstraints=critical,CA:true 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$BASE/server.key" \
      -out "$BASE/server.csr" -subj "/CN=localhost" 2>/dev/null
  printf 'subjectAltName=DNS:localhost\n' > "$BASE/san.ext"
  openssl x509 -req -in "$BASE/server.csr" -CA "$BASE/ca.pem" -CAkey "$BASE/ca.key" -CAcreateserial \
      -out "$BASE/server.pem" -days 2 -extfile "$BASE/san.ext" 2>/dev/null
}

start() {
  if [ ! -x /usr/sbin/dovecot ]; then
    apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        dovecot-imapd dovecot-pop3d dovecot-lmtpd openssl >&2
  fi
  mkdir -p "$BASE"/{run,state,mail}
  : > "$BASE/users"
  for u in support other; do
    echo "$u@example.test:{PLAIN}$PASSWORD::::::" >> "$BASE/users"
    mkdir -p "$BASE/mail/example.test/$u/Maildir"/{new,cur,tmp}
  done
  certificates
  cat > "$BASE/dovecot.conf" <<CONF
protocols = imap pop3 lmtp
listen = 127.0.0.1
base_dir = $BASE/run
state_dir = $BASE/state
log_path = $BASE/dovecot.log
ssl = yes
ssl_cert = <$BASE/server.pem
ssl_key = <$BASE/server.key
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
  wait_port "$IMAP_PORT" open
  echo "dovecot running in $BASE (IMAP $IMAP_PORT, POP3 $POP3_PORT, LMTP $LMTP_PORT)" >&2
  echo "-Dmail.dovecot.imap=imap://support%40example.test:$PASSWORD@127.0.0.1:$IMAP_PORT/INBOX" \
       "-Dmail.dovecot.pop3=pop3://support%40example.test:$PASSWORD@127.0.0.1:$POP3_PORT" \
       "-Dmail.dovecot.ca=$BASE/ca.pem"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: dovecot.sh start|stop DIR" >&2; exit 2 ;;
esac
