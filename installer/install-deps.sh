#!/usr/bin/env bash
# Installs every package needed to build, run and test Kubeflow Workbench on Debian 12.
# Idempotent: packages already present are left alone. Needs root (or sudo).
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git file dpkg-dev
    # Qt 6 modules
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-svg-dev qt6-charts-dev qt6-webengine-dev qt6-webengine-dev-tools
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev libxkbcommon-dev
    # libraries
    libyaml-cpp-dev libcurl4-openssl-dev libgraphviz-dev graphviz qtkeychain-qt6-dev
    # run and test
    xvfb xauth fonts-noto-cjk fonts-dejavu-core desktop-file-utils appstream
    python3 python3-yaml kubectl openssl
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "installer: all ${#packages[@]} packages are already installed"
    exit 0
fi

echo "installer: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "installer: done"
