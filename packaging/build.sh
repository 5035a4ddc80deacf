#!/usr/bin/env bash
# Build the one-folder program dist/kefutai/ (started by dist/kefutai/kefutai) with PyInstaller.
# usage: packaging/build.sh        environment: PYTHON (default python3.11), BUILD_VENV (default build/venv)
# The build gets its own virtual environment so that it holds only what the program needs.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${BUILD_VENV:-build/venv}
if [ ! -x "$venv/bin/python" ]; then
  "${PYTHON:-python3.11}" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10,<7"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/kefutai.spec
# the bundle must at least import everything and answer on the command line
QT_QPA_PLATFORM=offscreen dist/kefutai/kefutai --help >/dev/null
echo "built dist/kefutai ($(du -sh dist/kefutai | cut -f1)); start it with dist/kefutai/kefutai"
