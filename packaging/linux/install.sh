#!/bin/sh
# Installs Casefile for this user, from the folder this script was unpacked with:
#   the program          ~/.local/opt/casefile/  (replaced whole by a newer version)
#   the command line     ~/.local/bin/casefile   (a link to the program's casefile-cli)
#   the menu entry       ~/.local/share/applications/casefile.desktop
#   the icons            ~/.local/share/icons/hicolor/scalable/{apps,mimetypes}/
#   the .casefile type   ~/.local/share/mime/packages/application-x-casefile.xml
# Nothing needs root, and the library and settings are never touched: they live in
# ~/.local/share/Casefile and ~/.config/Casefile.
#
#   ./install.sh              install, or update
#   ./install.sh --uninstall  remove all of the above (the library stays)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
program=$HOME/.local/opt/casefile
command_link=$HOME/.local/bin/casefile
desktop=$data/applications/casefile.desktop
app_icon=$data/icons/hicolor/scalable/apps/casefile.svg
type_icon=$data/icons/hicolor/scalable/mimetypes/application-x-casefile.svg
mime_type=$data/mime/packages/application-x-casefile.xml

# The desktop learns of a change only when its caches are rebuilt; each tool is optional.
refresh_desktop() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache --force --ignore-theme-index "$data/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

uninstall() {
    rm -rf "$program"
    rm -f "$desktop" "$app_icon" "$type_icon" "$mime_type"
    if [ -L "$command_link" ]; then
        rm -f "$command_link"
    fi
    refresh_desktop
    echo "Casefile was removed. Your library is still in $data/Casefile."
}

install_program() {
    if [ ! -x "$here/Casefile/Casefile" ]; then
        echo "install.sh: $here/Casefile/Casefile is missing; unpack the whole archive first." >&2
        exit 1
    fi
    # Copied beside the old version, then swapped: an interrupted copy leaves the old one whole.
    mkdir -p "$(dirname "$program")"
    rm -rf "$program.new"
    cp -R "$here/Casefile" "$program.new"
    rm -rf "$program"
    mv "$program.new" "$program"
    mkdir -p "$(dirname "$command_link")"
    ln -sfn "$program/casefile-cli" "$command_link"
}

install_desktop_files() {
    mkdir -p "$(dirname "$desktop")" "$(dirname "$app_icon")" "$(dirname "$type_icon")" \
        "$(dirname "$mime_type")"
    # The entry names the program by its absolute path, quoted for a home with spaces.
    sed "s|^Exec=.*|Exec=\"$program/Casefile\" %f|" "$here/casefile.desktop" >"$desktop"
    cp "$here/casefile.svg" "$app_icon"
    cp "$here/casefile.svg" "$type_icon"
    cp "$here/application-x-casefile.xml" "$mime_type"
    refresh_desktop
}

case "${1:-}" in
--uninstall)
    uninstall
    ;;
"")
    install_program
    install_desktop_files
    echo "Casefile is installed: find it in your applications menu, or run $program/Casefile."
    case ":$PATH:" in
    *":$HOME/.local/bin:"*) ;;
    *) echo "For the command line, add ~/.local/bin to your PATH." ;;
    esac
    ;;
*)
    echo "usage: $0 [--uninstall]" >&2
    exit 2
    ;;
esac
