# bench_lib.sh: what the comparison scripts share. Source it:
#   source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"

# install_missing NAME PACKAGE...: installs the Debian packages not yet
# installed, with apt-get as root or through sudo; NAME prefixes messages.
# Exits with status 2 when some are missing and neither is possible.
install_missing() {
  local name=$1; shift
  local missing=() p status
  for p in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "$name: these packages are missing and I am not root (no sudo): ${missing[*]}" >&2
      exit 2
    fi
  fi
  echo "$name: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# xapian_count DB: the number of documents in a Xapian database (xapian-delve,
# from xapian-tools), or nothing when it cannot be read.
xapian_count() {
  xapian-delve "$1" 2>/dev/null | awk -F' = ' '/^number of documents/ {print $2}'
}
