#!/bin/sh
# Put linreg-gui in the applications menu, offer it under "Open With" for CSV,
# TSV, .xlsx and .ods files, and make it open .linreg sessions on a double-click.
# Run the copy that sits next to the `linreg-gui` program in the built bundle:
#
#   ./install-desktop-entry.sh                  for you (~/.local/share)
#   sudo ./install-desktop-entry.sh --system    for every user (/usr/local/share)
#   ./install-desktop-entry.sh --uninstall [--system]
#
# The menu entry points at the bundle where it is now: move the folder first
# (e.g. to /opt/linreg-gui), then run this.  Nothing is downloaded.
set -eu

name=linreg-gui
here=$(cd "$(dirname "$0")" && pwd)
program="$here/$name"
share_src="$here/_internal/desktop"
icons_src="$here/_internal/linreg_gui/assets/icons"

prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
action=install
for argument in "$@"; do
  case "$argument" in
    --system) prefix=/usr/local/share ;;
    --uninstall) action=uninstall ;;
    -h | --help)
      sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "install-desktop-entry.sh: unknown option $argument (try --help)" >&2
      exit 2
      ;;
  esac
done

applications="$prefix/applications"
mime="$prefix/mime"
hicolor="$prefix/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  # Menus and icon caches pick the change up sooner; harmless where absent.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$hicolor" 2>/dev/null || true
  fi
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$mime/packages" ]; then
    update-mime-database "$mime" 2>/dev/null || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -f "$applications/$name.desktop" "$hicolor/scalable/apps/$name.svg"
  rm -f "$mime/packages/$name.xml"
  for size in $sizes; do
    rm -f "$hicolor/${size}x${size}/apps/$name.png"
  done
  refresh
  echo "Removed the $name menu entry from $prefix."
  exit 0
fi

if [ ! -x "$program" ] || [ ! -f "$share_src/$name.desktop" ]; then
  echo "install-desktop-entry.sh: run the copy inside the built bundle" >&2
  echo "(dist/$name/install-desktop-entry.sh after 'python3 dev.py build')." >&2
  exit 1
fi
case "$program" in
  *[\"\`\$\\%]*)
    echo "install-desktop-entry.sh: move the bundle to a folder whose path has" >&2
    echo "no quote, backquote, dollar, backslash or percent sign: $here" >&2
    exit 1
    ;;
esac

mkdir -p "$applications" "$hicolor/scalable/apps" "$mime/packages"
# The .linreg type (application/x-linreg-session), which the entry opens.
cp "$share_src/$name-mime.xml" "$mime/packages/$name.xml"
chmod 644 "$mime/packages/$name.xml"
for size in $sizes; do
  mkdir -p "$hicolor/${size}x${size}/apps"
  cp "$icons_src/$name-$size.png" "$hicolor/${size}x${size}/apps/$name.png"
done
cp "$share_src/$name.svg" "$hicolor/scalable/apps/$name.svg"
# Point Exec and TryExec at this bundle; the quotes allow spaces in the path.
# (sed's replacement text treats & and the | delimiter specially.)
target=$(printf '%s\n' "$program" | sed 's/[&|]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$target\" %f|" -e "s|^TryExec=.*|TryExec=$target|" \
  "$share_src/$name.desktop" >"$applications/$name.desktop"
chmod 644 "$applications/$name.desktop"
refresh
echo "Installed the $name menu entry in $prefix (runs $program)."
