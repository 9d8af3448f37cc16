#!/usr/bin/env bash
# Usage: infra/dev/run-playground.sh [extra dotnet run arguments...]
# Runs the AllyBot host locally with its playground (http://localhost:5080), on the embedded SQLite file under
# ~/.local/share/AllyBot. Needs the .NET 10 SDK; no accounts, no cloud. Ctrl+C stops it.
# Example: infra/dev/run-playground.sh --urls http://localhost:5090
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

if ! command -v dotnet >/dev/null; then
  echo "run-playground.sh: the .NET 10 SDK (dotnet) is not on PATH" >&2
  exit 2
fi

echo "AllyBot playground: http://localhost:5080 (Ctrl+C to stop)" >&2
exec dotnet run --project bot/AllyBot.Host "$@"
