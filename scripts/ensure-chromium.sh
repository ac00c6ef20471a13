#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser test (installed from the Debian archive, never downloaded
# by a test framework). Prints the executable path.
set -euo pipefail
# Fonts: CJK for the Chinese pages, colour emoji for the greeting (screenshots otherwise show an empty box).
if ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null
fi
command -v chromium
