#!/usr/bin/env bash
# Builds orgeditor's standalone one-folder bundle with PyInstaller and, on Linux, the tarball
# with the desktop entry, icons, MIME type and install script (README.md, "Standalone build").
#
#   packaging/build.sh [--dist DIR] [--work DIR] [--no-tarball]
#
#   --dist DIR     where the bundle (DIR/orgeditor/) and the tarball go (default: dist/)
#   --work DIR     PyInstaller's work folder; kept between builds, so a second build only
#                  redoes what changed (default: build/pyinstaller/)
#   --no-tarball   the bundle only
#
# Python: $PYTHON, else the active virtual environment's, else .venv/bin/python, else python3.
# It must have orgeditor's dependencies; PyInstaller is installed into it when missing
# (or beforehand: pip install -e '.[build]').
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST=$ROOT/dist
WORK=$ROOT/build/pyinstaller
TARBALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST=$2; shift 2;;
    --work) WORK=$2; shift 2;;
    --no-tarball) TARBALL=0; shift;;
    -h|--help) sed -n 2,15p "$0"; exit 0;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2;;
  esac
done
mkdir -p "$DIST" "$WORK"
DIST=$(cd "$DIST" && pwd)
WORK=$(cd "$WORK" && pwd)

if [ -z "${PYTHON:-}" ]; then
  if [ -n "${VIRTUAL_ENV:-}" ]; then PYTHON=$VIRTUAL_ENV/bin/python
  elif [ -x "$ROOT/.venv/bin/python" ]; then PYTHON=$ROOT/.venv/bin/python
  else PYTHON=python3
  fi
fi
PYINSTALLER="pyinstaller==6.22.3"  # keep equal to the build extra in pyproject.toml
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: installing $PYINSTALLER into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install --quiet "$PYINSTALLER"
fi

# Qt draws nothing while building, but PySide6's hooks start it: no screen needed
export QT_QPA_PLATFORM=offscreen
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/orgeditor.spec"
BUNDLE=$DIST/orgeditor
# the licence texts beside the program, where a user looks for them (the About box reads the
# same files from _internal/orgeditor/resources/licenses)
rm -rf "$BUNDLE/licenses"
cp -r "$ROOT/resources/licenses" "$BUNDLE/licenses"
cp "$ROOT/packaging/README-bundle.txt" "$BUNDLE/README.txt"
echo "build.sh: bundle $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

[ "$TARBALL" = 1 ] && [ "$(uname -s)" = Linux ] || exit 0
VERSION=$("$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
  "$BUNDLE/_internal/orgeditor/build_info.json")
NAME=orgeditor-$VERSION-linux-$(uname -m)
STAGE=$WORK/tarball/$NAME
rm -rf "$WORK/tarball"
mkdir -p "$STAGE/share/icons"
cp -r "$BUNDLE" "$STAGE/orgeditor"
cp "$ROOT/packaging/linux/orgeditor.desktop" "$ROOT/packaging/linux/orgeditor-mime.xml" "$STAGE/share/"
cp "$ROOT"/resources/icons/app/orgeditor.svg "$ROOT"/resources/icons/app/orgeditor-*.png "$STAGE/share/icons/"
cp "$ROOT/packaging/linux/install.sh" "$STAGE/install.sh"
cp "$ROOT/packaging/README-bundle.txt" "$STAGE/README.txt"
chmod +x "$STAGE/install.sh"
tar -C "$WORK/tarball" -czf "$DIST/$NAME.tar.gz" "$NAME"
rm -rf "$WORK/tarball"
echo "build.sh: tarball $DIST/$NAME.tar.gz ($(du -h "$DIST/$NAME.tar.gz" | cut -f1))"
