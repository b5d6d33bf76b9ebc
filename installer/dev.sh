#!/usr/bin/env bash
# The two fresh-machine commands of the README, and the everyday ones.
#
#   installer/dev.sh run    install dependencies, build, start the workbench (local backend) with
#                           an example pipeline ready to run
#   installer/dev.sh test   install dependencies, build with warnings as errors, run every test
#   installer/dev.sh build  build only (dev preset)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

jobs="$(nproc 2>/dev/null || echo 2)"

headless() {
    [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]
}

configure_and_build() {
    local preset="$1"
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$jobs"
}

case "${1:-}" in
    run)
        shift
        bash "$here/install-deps.sh"
        configure_and_build dev
        app="$root/build/dev/app/kubeflow-workbench"
        # Without arguments the workbench opens with an example pipeline ready to run on the
        # local backend (Runs page, parameters filled in: press Run).
        if [ "$#" -eq 0 ]; then
            set -- "$root/resources/examples/train-and-evaluate.yaml"
        fi
        if headless; then
            echo "dev.sh: no display; starting the workbench under xvfb-run (it is not visible)." >&2
            exec xvfb-run -a -s "-screen 0 1920x1080x24" "$app" "$@"
        fi
        exec "$app" "$@"
        ;;
    test)
        shift
        bash "$here/install-deps.sh"
        configure_and_build ci
        if headless; then
            # Most tests use the offscreen platform; the X server is there for those that need one.
            exec xvfb-run -a -s "-screen 0 1920x1080x24" ctest --preset ci --parallel "$jobs" "$@"
        fi
        exec ctest --preset ci --parallel "$jobs" "$@"
        ;;
    build)
        shift
        configure_and_build dev
        ;;
    *)
        echo "usage: installer/dev.sh run|test|build" >&2
        exit 2
        ;;
esac
