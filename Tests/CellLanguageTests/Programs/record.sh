#!/bin/sh
# Records what swiftc's build of each program prints: NAME.swift -> NAME.expected.
# Usage: ./record.sh [NAME.swift ...]   (no arguments: every program in this folder)
set -e
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -eq 0 ]; then set -- *.swift; fi
for program in "$@"; do
    name=${program%.swift}
    swiftc -O "$name.swift" -o "$work/program" 2> "$work/errors" || {
        cat "$work/errors" >&2
        echo "record.sh: $name.swift does not compile" >&2
        exit 1
    }
    "$work/program" > "$name.expected"
done
