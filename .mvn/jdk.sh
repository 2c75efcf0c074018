# Sourced by ./mvnw, ./ocpp-simulator and .ci/run: makes JAVA_HOME name a JDK 21 or newer.
# Keeps a JAVA_HOME that is already 21+, else looks at the java on the PATH and the usual JDK
# folders, and takes the newest it finds.

ocppsim_jdk_major() {
    # The feature version of the JDK in $1 (from its release file), or nothing.
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

ocppsim_find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ "$(ocppsim_jdk_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
        return 0
    fi
    case "$-" in *f*) set +f; ocppsim_noglob=1 ;; *) ocppsim_noglob="" ;; esac
    best="" best_major=0
    on_path="$(command -v java 2>/dev/null || true)"
    if [ -n "$on_path" ]; then
        on_path="$(dirname "$(dirname "$(readlink -f "$on_path")")")"
    fi
    for candidate in "$on_path" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
            /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -n "$candidate" ] && [ -d "$candidate" ] || continue
        major="$(ocppsim_jdk_major "$candidate")"
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate" best_major="$major"
        fi
    done
    [ -n "$ocppsim_noglob" ] && set -f
    if [ -z "$best" ]; then
        echo "ocpp-simulator needs a JDK 21 or newer and found none (JAVA_HOME=${JAVA_HOME:-unset})." >&2
        echo "Install one (for example Temurin 21) and set JAVA_HOME to it." >&2
        return 1
    fi
    JAVA_HOME="$best"
    export JAVA_HOME
}

ocppsim_find_jdk || exit 1

# Maven's own libraries still use sun.misc.Unsafe, which JDK 24 and later warn about at length.
if [ "$(ocppsim_jdk_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
    case "${MAVEN_OPTS:-}" in
        *sun-misc-unsafe-memory-access*) ;;
        *) MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
    esac
fi
