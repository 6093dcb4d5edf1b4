#!/bin/bash
export DISPLAY=:99
Xvfb :99 -screen 0 1366x768x24 >/dev/null 2>&1 &
sleep 1; openbox >/dev/null 2>&1 &
eval $(dbus-launch --sh-syntax)
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
sleep 1
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
cd "$(dirname "$0")/../.."
.venv/bin/python tools/atspi/app.py ${1:-goals} >"${OUT:-/tmp}/atspi-app.log" 2>&1 &
sleep 6
/usr/bin/python3 tools/atspi/dump.py > "${OUT:-/tmp}/atspi-${1:-goals}.txt" 2>&1
import -window root "${OUT:-/tmp}/atspi-${1:-goals}.png"
kill %4 %1 %2 %3 2>/dev/null; kill $DBUS_SESSION_BUS_PID 2>/dev/null
