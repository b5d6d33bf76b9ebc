#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs the pipeline importer fuzzer.
#   tests/fuzz/run.sh [SECONDS]     (default 600)
# The seed corpus is the project's own test pipelines plus, when present, the Kubeflow
# conformance pipelines (read in place, not copied into the repository).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-600}"
conformance="${KFW_CONFORMANCE_DIR:-$root/../shared/conformance}"

if ! command -v clang++ >/dev/null; then
    echo "run.sh: needs clang with libFuzzer: sudo apt-get install clang libclang-rt-14-dev" >&2
    exit 2
fi

build="$root/build/fuzz"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer" \
    -DKFW_BUILD_FUZZERS=ON -DKFW_BUILD_TESTS=OFF -DKFW_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target kfw-fuzz-pipeline-import

work="$build/fuzz-work"
mkdir -p "$work/corpus" "$work/artifacts"
seeds=("$work/corpus")
[ -d "$conformance/kfp" ] && seeds+=("$conformance/kfp/pipelines" "$conformance/kfp/pipelines-invalid" \
    "$conformance/kfp/argo-v1" "$conformance/kfp/components-v1")

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
"$build/tests/fuzz/kfw-fuzz-pipeline-import" "${seeds[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=262144 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1
