# Shared helpers for testenv scripts: paths, logging, free ports, process control. Sourced, not run.
TESTENV_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN="${JESO_TESTENV_RUN:-$TESTENV_DIR/.run}"
mkdir -p "$RUN/logs" "$RUN/pids" "$RUN/env.d"

say() { echo "testenv: $*" >&2; }
die() { echo "testenv: error: $*" >&2; exit 1; }

# A TCP port on 127.0.0.1 that is free right now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# running PID: the process exists and is not a zombie (PID 1 here may be slow to reap, and kill -0 succeeds on
# zombies, which would make stop wait for nothing).
running() {
  local state
  state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

# alive NAME: the process recorded in pids/NAME.pid is running.
alive() {
  local f="$RUN/pids/$1.pid"
  [[ -f "$f" ]] && running "$(cat "$f")"
}

# start NAME CMD...: runs CMD in its own session, output to logs/NAME.log, pid to pids/NAME.pid.
start() {
  local name="$1"; shift
  setsid "$@" >"$RUN/logs/$name.log" 2>&1 < /dev/null &
  echo $! >"$RUN/pids/$name.pid"
}

# stop NAME: TERM the process group, wait up to 10 s, then KILL; forget the pid.
stop() {
  local f="$RUN/pids/$1.pid" pid
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  if running "$pid"; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do running "$pid" || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

# wait_for WHAT SECONDS LOGNAME CMD...: retries CMD until it succeeds; on timeout shows the log tail and fails.
wait_for() {
  local what="$1" secs="$2" log="$3"; shift 3
  local deadline=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      echo "testenv: error: $what not ready after ${secs}s; last lines of $RUN/logs/$log.log:" >&2
      tail -n 30 "$RUN/logs/$log.log" >&2 || true
      return 1
    fi
    sleep 0.2
  done
}

# Assemble env.d/*.env into the single sourceable env file.
write_env() {
  { echo "# Written by testenv/up. Source it: . testenv/.run/env"; cat "$RUN"/env.d/*.env 2>/dev/null; } >"$RUN/env.tmp"
  mv "$RUN/env.tmp" "$RUN/env"
}
