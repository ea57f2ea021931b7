# Sourced by the scripts that compile generated code. compiled_cleanly WHAT STATUS LOG DIR fails (exit 1)
# when the build's exit STATUS is not 0, LOG has an error, or LOG has a warning about a file under DIR
# (the generated sources; warnings from dependencies do not count).
compiled_cleanly() {
  local what=$1 status=$2 log=$3 dir=$4
  if [ "$status" -ne 0 ] || grep -q "error:" "$log"; then
    echo "error: $what does not compile" >&2
    grep -E "error:" "$log" | head -n 40 >&2 || true
    exit 1
  fi
  if grep -E "^$PWD/$dir/.*warning:|^$dir/.*warning:" "$log"; then
    echo "error: $what compiles with warnings" >&2
    exit 1
  fi
}
