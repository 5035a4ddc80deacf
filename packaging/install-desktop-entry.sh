#!/usr/bin/env bash
# Put 客服台 in the application menu and on the Desktop of the current Linux user (no administrator needed).
# usage: packaging/install-desktop-entry.sh [PROGRAM]    or    packaging/install-desktop-entry.sh --remove
# PROGRAM is what the entry starts; by default the built bundle dist/kefutai/kefutai, else the `kefutai`
# command of a pip install (on PATH or in the project's .venv).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/kefutai.desktop
desktop=$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
icons=$data/icons/hicolor

refresh() {
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications" || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -f -t "$icons" 2>/dev/null || true; fi
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$desktop/kefutai.desktop" "$icons/256x256/apps/kefutai.png" "$icons/scalable/apps/kefutai.svg"
  refresh
  echo "removed 客服台 from the menu and the Desktop"
  exit 0
fi

program=${1:-}
if [ -z "$program" ]; then
  for candidate in "$root/dist/kefutai/kefutai" "$(command -v kefutai || true)" "$root/.venv/bin/kefutai"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then program=$candidate; break; fi
  done
fi
if [ -z "$program" ] || [ ! -x "$program" ]; then
  echo "no program to start: build it with packaging/build.sh, or give its path" >&2
  exit 1
fi
program=$(realpath "$program")

install -D -m 644 "$root/resources/icons/kefutai.png" "$icons/256x256/apps/kefutai.png"
install -D -m 644 "$root/resources/icons/kefutai.svg" "$icons/scalable/apps/kefutai.svg"
mkdir -p "$(dirname "$entry")"
sed -e "s|^Exec=.*|Exec=\"$program\"|" -e "s|^TryExec=.*|TryExec=$program|" "$here/kefutai.desktop" > "$entry"
chmod 644 "$entry"
echo "menu entry: $entry (starts $program)"
if [ -d "$desktop" ] && [ "$desktop" != "$HOME" ]; then
  install -m 755 "$entry" "$desktop/kefutai.desktop"
  # GNOME starts a launcher on the Desktop only once it is marked trusted
  if command -v gio >/dev/null; then gio set "$desktop/kefutai.desktop" metadata::trusted true 2>/dev/null || true; fi
  echo "desktop icon: $desktop/kefutai.desktop"
fi
refresh
