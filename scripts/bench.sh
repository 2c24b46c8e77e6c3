#!/usr/bin/env bash
# The performance benchmark lives in scripts/bench.py (the one entry point; see README,
# "Performance"). This wrapper only forwards to it: scripts/bench.sh [--quick] [--no-build] ...
exec python3 "$(dirname "$0")/bench.py" "$@"
