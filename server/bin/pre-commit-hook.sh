#!/bin/sh
# The hook of the pre-commit framework (.pre-commit-hooks.yaml, language: script). pre-commit runs
# it at the root of the repository being committed, with the staged drafts as arguments. It runs
# that repository's newslint (npm install --save-dev newslint), else one on PATH; it never
# downloads anything.
if [ -x ./node_modules/.bin/newslint ]; then
  exec ./node_modules/.bin/newslint "$@"
elif command -v newslint >/dev/null 2>&1; then
  exec newslint "$@"
fi
echo "newslint is not installed in this repository. Install it with: npm install --save-dev newslint" >&2
exit 1
