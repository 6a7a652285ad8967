# Sourced by ./mvnw: Tycho and the Eclipse 4.39 bundles need Java 21 or newer.
# Keeps JAVA_HOME when it is new enough, otherwise picks the newest JDK 21+ found in the usual places.
er_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
er_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  er_v=$(er_java_major "$1"); [ -n "$er_v" ] && [ "$er_v" -ge 21 ] 2>/dev/null
}
if [ -z "${JAVA_HOME-}" ] || ! er_jdk_ok "$JAVA_HOME"; then
  er_found=
  set +f  # ./mvnw runs with globbing off
  for er_c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$er_c" ] && er_jdk_ok "$er_c" || continue
    if [ -z "$er_found" ] || [ "$(er_java_major "$er_c")" -gt "$(er_java_major "$er_found")" ]; then er_found=$er_c; fi
  done
  set -f
  if [ -z "$er_found" ]; then
    echo "Email Responder needs a JDK 21 or newer to build (found none; JAVA_HOME=${JAVA_HOME-unset})." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25, or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$er_found; export JAVA_HOME
fi
