#!/usr/bin/env bash
# Runs the whole test suite the way CI does: installs what a fresh Debian machine lacks, makes sure PostgreSQL is
# up, gives the UI tests an X server (Xvfb), and runs the Maven build with the integration tests against real
# Dovecot and Postfix smtp-sink switched on (those tests start and stop the servers through releng/test-servers).
# Usage: releng/run-tests.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v Xvfb >/dev/null || need_packages+=(xvfb)
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || need_packages+=(libgtk-3-0)
command -v dbus-launch >/dev/null || need_packages+=(dbus-x11)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_packages+=(fonts-dejavu-core)
[ -x /usr/sbin/dovecot ] || need_packages+=(dovecot-imapd dovecot-pop3d dovecot-lmtpd)
[ -x /usr/sbin/smtp-sink ] || need_packages+=(postfix)
command -v npm >/dev/null || need_packages+=(npm)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "Installing: ${need_packages[*]}"
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

releng/test-servers/postgres.sh ensure

if [ -z "${DISPLAY-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  sleep 1
fi

./mvnw -B verify -Dit.servers=true "$@"
