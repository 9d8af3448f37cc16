#!/usr/bin/env bash
# Usage: infra/dev/new-secret.sh [BYTES]
# Prints a new random secret: BYTES (default 32, at least 32) random bytes, base64, on one line. Use it for
# Privacy:PseudonymSecret (ALLYBOT_PSEUDONYM_SECRET in the compose env file, pseudonymSecret in the Azure template).
# Generate it once per deployment and keep it: every instance must share it, and changing it orphans all stored
# pseudonyms. It is printed only, never written to a file.
set -euo pipefail

bytes=${1:-32}
if [[ ! $bytes =~ ^[0-9]+$ ]] || [ "$bytes" -lt 32 ]; then
  echo "new-secret.sh: BYTES must be a whole number of at least 32 (got '$bytes')" >&2
  exit 2
fi

if command -v openssl >/dev/null; then
  openssl rand -base64 "$bytes" | tr -d '\n'
else
  head -c "$bytes" /dev/urandom | base64 | tr -d '\n'
fi
echo
