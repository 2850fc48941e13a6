#!/usr/bin/env bash
# Installs the Debian packages the tests and tools need, if they are missing.
# Usage: scripts/ensure-packages.sh COMMAND=PACKAGE ...   (e.g. initdb=postgresql pdftoppm=poppler-utils)
#        A COMMAND starting with / is a file the package installs (e.g. a font: /usr/share/fonts/…=fonts-noto-cjk).
set -euo pipefail
missing=()
for pair in "$@"; do
  command_name=${pair%%=*}
  package=${pair#*=}
  if [[ $command_name == /* ]]; then
    [ -e "$command_name" ] || missing+=("$package")
  elif ! command -v "$command_name" >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/"$command_name" >/dev/null 2>&1; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "缺少系统软件包: ${missing[*]}。请以 root 运行,或先执行: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "正在安装系统软件包: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "${missing[@]}" >/dev/null
