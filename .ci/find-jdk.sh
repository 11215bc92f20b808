# Sourced by mvnw and .ci/run: when JAVA_HOME is unset and the default java is older than 21,
# use the newest JDK 21+ found under /usr/lib/jvm (Kundlöfte needs Java 21 or newer).
kundlofte_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
if [ -z "${JAVA_HOME:-}" ]; then
  kl_default_java=$(command -v java 2>/dev/null || true)
  kl_major=0
  if [ -n "$kl_default_java" ]; then kl_major=$(kundlofte_java_major "$kl_default_java"); fi
  if [ "${kl_major:-0}" -lt 21 ] 2>/dev/null; then
    kl_best=""
    kl_best_major=0
    for kl_jdk in /usr/lib/jvm/*; do
      if [ -x "$kl_jdk/bin/java" ] && [ -x "$kl_jdk/bin/javac" ]; then
        kl_m=$(kundlofte_java_major "$kl_jdk/bin/java")
        if [ "${kl_m:-0}" -ge 21 ] 2>/dev/null && [ "$kl_m" -gt "$kl_best_major" ]; then
          kl_best="$kl_jdk"
          kl_best_major="$kl_m"
        fi
      fi
    done
    if [ -n "$kl_best" ]; then
      JAVA_HOME="$kl_best"
      export JAVA_HOME
      echo "Using JDK $kl_best_major at $JAVA_HOME (the default java is older than 21)" >&2
    fi
  fi
fi
