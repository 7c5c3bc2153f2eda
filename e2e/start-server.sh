#!/usr/bin/env bash
# Playwright's webServer: the real app, started the way an operator starts it, on a fresh embedded data dir so every
# e2e run begins from the same demo data. Settings (PORT, BASE_URL, SEED_DEMO, ...) come from playwright.config.ts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DATA_DIR="$PWD/.tmp/e2e-data"
rm -rf "$DATA_DIR"
# Never run the e2e suite against a developer's PostgreSQL or real mail server picked up from the shell.
unset DATABASE_URL SMTP_URL

exec node bin/frontline.mjs start
