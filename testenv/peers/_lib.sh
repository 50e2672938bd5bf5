# shellcheck shell=bash
# Shared helpers for the provider peers in testenv/peers/<name>.
#
# Sourced (not executed) by each peer script after it sets PEER=<name>. Every peer follows one contract so that
# testenv/up and testenv/down can drive them without knowing their insides:
#   <peer> start   idempotent; installs on first use into $PEERS_CACHE/<name>-<pinned version>/, starts the server on
#                  127.0.0.1 with free ports, waits until healthy, writes $ENV_D/<name>.env (export KEY=value lines)
#   <peer> stop    stops it, leaves no process behind, removes its env file
#   <peer> status  exit 0 when running and healthy
# Logs: $RUN/logs/<name>.log; pids: $RUN/pids/<name>*.pid; data: $RUN/<name>/ (wiped by testenv/down).

PEERS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TESTENV_DIR="$(cd "$PEERS_DIR/.." && pwd)"
# The run dir: testenv/.run unless JESO_TESTENV_RUN says otherwise (the same rule as testenv/lib.sh).
RUN="${JESO_TESTENV_RUN:-$TESTENV_DIR/.run}"
ENV_D="$RUN/env.d"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
CACHE_ROOT="${JESO_CACHE:-$HOME/.cache/jeso}"
PEERS_CACHE="$CACHE_ROOT/peers"
# shellcheck disable=SC2034 # used by the peers that need the control plane
CONTROL_PLANE_ENV="$RUN/env"

mkdir -p "$ENV_D" "$LOGS" "$PIDS" "$PEERS_CACHE"

log() { echo "testenv/${PEER}: $*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

# A free TCP port on 127.0.0.1 (the kernel picks it; there is a small race until the server binds it, which is
# acceptable for a test environment on one machine).
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# A free port P such that P+1 is free too (OpenBao's dev server binds its cluster listener on P+1).
free_port_pair() {
  python3 - <<'EOF'
import socket
for _ in range(200):
    a = socket.socket(); a.bind(("127.0.0.1", 0)); p = a.getsockname()[1]
    b = socket.socket()
    try:
        b.bind(("127.0.0.1", p + 1))
    except OSError:
        a.close(); b.close(); continue
    a.close(); b.close(); print(p); break
else:
    raise SystemExit("no free port pair found")
EOF
}

# pid_alive PIDFILE: the pid in PIDFILE is a live process (not a zombie).
pid_alive() {
  local f="$1" pid state
  [[ -s "$f" ]] || return 1
  pid="$(cat "$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  state="$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ -n "$state" && "$state" != "Z" ]]
}

# pid_runs PIDFILE TEXT: the live process in PIDFILE has TEXT in its command line (e.g. the install path of the
# pinned version), so a server left running by an older pin or build is restarted instead of reused.
pid_runs() {
  pid_alive "$1" || return 1
  tr '\0' ' ' <"/proc/$(cat "$1")/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# start_bg NAME LOGFILE CMD...: starts CMD in its own session (so stop can signal the whole process group), records
# its pid in $PIDS/NAME.pid.
start_bg() {
  local name="$1" logfile="$2"
  shift 2
  : >"$logfile"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

# stop_pidfile PIDFILE [SIGNAL]: SIGNAL (default TERM) to the process group, then KILL after 15 s; removes PIDFILE.
stop_pidfile() {
  local f="$1" sig="${2:-TERM}" pid
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    # setsid made the process a group leader: signal the group so children go too; fall back to the pid alone.
    kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do
      pid_alive "$f" || break
      sleep 0.1
    done
    if pid_alive "$f"; then
      log "pid $pid did not stop on SIG$sig within 15 s; sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.2
    fi
  fi
  rm -f "$f"
}

# wait_healthy SECONDS PIDFILE LOGFILE CMD...: polls CMD every 0.2 s until it succeeds; fails early if the process
# died; on failure prints the tail of LOGFILE and exits.
wait_healthy() {
  local secs="$1" pidfile="$2" logfile="$3"
  shift 3
  local deadline=$((SECONDS + secs))
  while ((SECONDS < deadline)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if ! pid_alive "$pidfile"; then
      log "process exited before becoming healthy; last lines of $logfile:"
      tail -n 40 "$logfile" >&2 || true
      exit 1
    fi
    sleep 0.2
  done
  log "not healthy after ${secs}s; last lines of $logfile:"
  tail -n 40 "$logfile" >&2 || true
  exit 1
}

# write_env FILE: writes stdin (export KEY=value lines) atomically to $ENV_D/FILE.
write_env() {
  local target="$ENV_D/$1"
  {
    echo "# written by testenv/peers/${PEER} at $(date -u +%Y-%m-%dT%H:%M:%SZ); removed by '${PEER} stop'"
    cat
  } >"$target.tmp"
  mv -f "$target.tmp" "$target"
}

# q VALUE: VALUE quoted for a sourceable env file.
q() { printf '%q' "$1"; }

# stamp_ok DIR: DIR holds a completed install (the .complete stamp is written last, so a half-finished install from an
# interrupted run is detected and redone).
stamp_ok() { [[ -f "$1/.complete" ]]; }

# python_venv DIR PIP_SPEC...: creates a venv in DIR and installs PIP_SPEC into it, once.
python_venv() {
  local dir="$1"
  shift
  if stamp_ok "$dir"; then return 0; fi
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  log "installing $* into $dir (first run only)"
  python3 -m venv "$dir/venv"
  "$dir/venv/bin/pip" install --quiet --disable-pip-version-check "$@" >&2
  date -u +%Y-%m-%dT%H:%M:%SZ >"$dir/.complete"
}

# require_cmds CMD...: installs Debian's package of the same name for any CMD missing (curl, jq; present on this
# project's machines, but a fresh machine of another kind may lack them).
require_cmds() {
  local missing=() c
  for c in "$@"; do command -v "$c" >/dev/null || missing+=("$c"); done
  ((${#missing[@]} == 0)) && return 0
  log "installing ${missing[*]} from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

usage() {
  echo "usage: testenv/peers/${PEER} start|stop|status" >&2
  exit 2
}
