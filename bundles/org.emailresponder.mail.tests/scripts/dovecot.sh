#!/bin/sh
# Rootless Dovecot (IMAP + POP3) on loopback for DovecotIntegrationTest.
#   scripts/dovecot.sh start   -> prints the -D properties to pass to Maven
#   scripts/dovecot.sh stop
# Needs the Debian packages dovecot-imapd, dovecot-pop3d and openssl. STARTTLS/STLS use a CA made here. Runs as the user "mailtest" when started as root
# (created if missing), otherwise as the current user. Ports: IMAP 11143, POP3 11110 (override with IMAP_PORT, POP3_PORT).
set -eu
BASE=${ER_DOVECOT_BASE:-/tmp/er-mail-dovecot}
IMAP_PORT=${IMAP_PORT:-11143}
POP3_PORT=${POP3_PORT:-11110}
USER_NAME=support@example.test
PASSWORD=secret

stop() {
  if [ -f "$BASE/run/master.pid" ]; then
    pid=$(cat "$BASE/run/master.pid")
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
  fi
}

start() {
  stop
  rm -rf "$BASE"
  mkdir -p "$BASE/run" "$BASE/state" "$BASE/mail"
  if [ "$(id -u)" = 0 ]; then
    id mailtest >/dev/null 2>&1 || useradd --system --no-create-home mailtest
    RUN_USER=mailtest
  else
    RUN_USER=$(id -un)
  fi
  RUN_GROUP=$(id -gn "$RUN_USER")
  echo "$USER_NAME:{PLAIN}$PASSWORD::::::" > "$BASE/users"
  # a throw-away CA and a server certificate for "localhost" (STARTTLS / STLS tests)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$BASE/ca.key" \
      -out "$BASE/ca.pem" -days 2 -subj "/CN=Email Responder Dovecot Test CA" \
      -addext basicConstraints=critical,CA:true 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$BASE/server.key" \
      -out "$BASE/server.csr" -subj "/CN=localhost" 2>/dev/null
  printf 'subjectAltName=DNS:localhost\n' > "$BASE/san.ext"
  openssl x509 -req -in "$BASE/server.csr" -CA "$BASE/ca.pem" -CAkey "$BASE/ca.key" -CAcreateserial \
      -out "$BASE/server.pem" -days 2 -extfile "$BASE/san.ext" 2>/dev/null
  cat > "$BASE/dovecot.conf" <<CONF
protocols = imap pop3
listen = 127.0.0.1
base_dir = $BASE/run
state_dir = $BASE/state
log_path = $BASE/dovecot.log
ssl = yes
ssl_cert = <$BASE/server.pem
ssl_key = <$BASE/server.key
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $RUN_USER
default_internal_group = $RUN_GROUP
default_login_user = $RUN_USER
first_valid_uid = 1
mail_location = maildir:$BASE/mail/%d/%n/Maildir
pop3_uidl_format = %08Xu%08Xv
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $BASE/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $BASE/users
  default_fields = uid=$RUN_USER gid=$RUN_GROUP home=$BASE/mail/%d/%n
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
service auth-worker {
  user = \$default_internal_user
}
CONF
  chown -R "$RUN_USER:$RUN_GROUP" "$BASE"
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$RUN_USER" -- /usr/sbin/dovecot -c "$BASE/dovecot.conf"
  else
    /usr/sbin/dovecot -c "$BASE/dovecot.conf"
  fi
  echo "-Dmail.dovecot.imap=imap://support%40example.test:$PASSWORD@127.0.0.1:$IMAP_PORT/INBOX" \
       "-Dmail.dovecot.pop3=pop3://support%40example.test:$PASSWORD@127.0.0.1:$POP3_PORT" \
       "-Dmail.dovecot.ca=$BASE/ca.pem"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
