#!/usr/bin/env bash
# libFuzzer runs of the readers of users' files (docs/RELIABILITY.md, "Fuzzing").
#   bash scripts/fuzz.sh SECONDS [targets...]      (targets: fuzz_vector ... ; default every one)
# fuzz_cli: habitat-cli's argument parsing (parse only), seeded from fuzz/cli-seeds.txt.
# Builds build-fuzz (HP_FUZZ_BUILD_DIR) with clang++-14 (HP_FUZZ_CXX), -DHP_FUZZ=ON, -j2 (HP_JOBS); seeds
# build-fuzz/corpus/<target> from the sample region and its Marxan export; runs each target SECONDS under
# nice -n 19, two at a time (HP_FUZZ_TIMEOUT: seconds one input may take, default 10; libFuzzer's clock is
# wall time, so raise it while a build competes for the cores); fails when any target crashed, leaked, hung or ran out of memory.
# Findings land in build-fuzz/fuzz-artifacts/<target>/, logs in build-fuzz/fuzz-logs/<target>.log.
set -euo pipefail
seconds=${1:?usage: $0 SECONDS [targets...]}
shift
cd "$(dirname "$0")/.."
source=$PWD
build=${HP_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${HP_JOBS:-2}
all=(fuzz_forest_raster fuzz_forest_import fuzz_vector fuzz_project fuzz_marxan_input fuzz_marxan_pu
     fuzz_marxan_spec fuzz_marxan_puvspr fuzz_marxan_bound fuzz_marxan_solution fuzz_cli)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

# Input size limits: text files small, rasters and GeoPackages (SQLite pages) larger.
max_len() {
  case $1 in
    fuzz_forest_raster|fuzz_forest_import) echo 262144 ;;
    fuzz_vector|fuzz_project) echo 262144 ;;
    fuzz_cli) echo 4096 ;;
    *) echo 65536 ;;
  esac
}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# As scripts/sanitizers.sh: -O1 Debug; HP_FUZZ adds the coverage counters to every target.
cmake -S . -B "$build" -G Ninja "${launcher[@]}" \
  -DCMAKE_CXX_COMPILER="${HP_FUZZ_CXX:-clang++-14}" \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" \
  -DHP_FUZZ=ON >/dev/null
# The seeds come from habitat-cli: this build's, or HP_FUZZ_SEED_CLI (any build of it, to skip one).
cli_target=(habitat-cli)
[ -n "${HP_FUZZ_SEED_CLI:-}" ] && cli_target=()
start=$(date +%s)
cmake --build "$build" -j"$jobs" --target "${targets[@]}" "${cli_target[@]}"
echo "fuzz: build $(( $(date +%s) - start )) s"
build=$(cd "$build" && pwd)

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Leaks allocated inside GDAL/PROJ cannot be attributed at fuzzing speed: fuzz/lsan-suppressions.txt.
export LSAN_OPTIONS="suppressions=$source/fuzz/lsan-suppressions.txt:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

# Seeds: the sample region, 48 × 48 crops of its forest (as each import method would see them) and
# the Marxan export of 30 of its parcels with a solve's output.
seeds=$build/fuzz-seeds
if [ ! -e "$seeds/done" ]; then
  rm -rf "$seeds" && mkdir -p "$seeds"
  cli=${HP_FUZZ_SEED_CLI:-$build/app/cli/habitat-cli}
  "$cli" sample --out "$seeds/sample" >/dev/null
  crop=(-q -srcwin 1000 1000 48 48)
  gdal_translate "${crop[@]}" "$seeds/sample/forest.tif" "$seeds/strip.tif"
  gdal_translate "${crop[@]}" -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16 -co COMPRESS=DEFLATE \
    "$seeds/sample/forest.tif" "$seeds/tiled.tif"
  gdal_translate "${crop[@]}" -ot Float32 -a_nodata -9999 "$seeds/sample/forest.tif" "$seeds/float.tif"
  gdal_translate "${crop[@]}" -ot Float32 -b 1 -b 1 -scale 0 100 0 1 "$seeds/sample/forest.tif" "$seeds/ndvi.tif"
  gdal_translate "${crop[@]}" -ot UInt16 -co COMPRESS=LZW "$seeds/sample/forest.tif" "$seeds/uint16.tif"
  ogr2ogr -limit 5 "$seeds/parcels5.gpkg" "$seeds/sample/parcels.gpkg"
  ogr2ogr -limit 3 "$seeds/basins3.gpkg" "$seeds/sample/basins.gpkg"
  for layer in parcels basins reserve; do
    ogr2ogr -limit 3 -f GeoJSON "$seeds/$layer.geojson" "$seeds/sample/$layer.gpkg"
  done
  ogr2ogr -limit 3 -f KML "$seeds/parcels.kml" "$seeds/sample/parcels.gpkg"
  ogr2ogr -limit 3 -f GML "$seeds/parcels.gml" "$seeds/sample/parcels.gpkg"
  ogr2ogr -limit 3 -f CSV -lco GEOMETRY=AS_WKT "$seeds/parcels.csv" "$seeds/sample/parcels.gpkg"
  ogr2ogr -limit 3 -f FlatGeobuf "$seeds/parcels.fgb" "$seeds/sample/parcels.gpkg"
  ogr2ogr -limit 30 "$seeds/parcels30.gpkg" "$seeds/sample/parcels.gpkg"
  "$cli" marxan-export --parcels "$seeds/parcels30.gpkg" --feature-field area_ha --blm 1 --lock-in 3 \
    --out "$seeds/marxan" >/dev/null
  "$cli" marxan-solve "$seeds/marxan/input.dat" --time-limit 10 >/dev/null
  touch "$seeds/done"
fi

# Prefixes the first byte (a target's switch: method, extension, options) to a seed file.
with_byte() { { printf "\\x$(printf %02x "$1")"; cat "$2"; } > "$3"; }
seed() {
  local t=$1 c=$build/corpus/$1
  mkdir -p "$c"
  case $t in
    fuzz_forest_raster) cp "$seeds"/{strip,tiled,float,uint16}.tif "$c/" ;;
    fuzz_forest_import)
      with_byte 0 "$seeds/tiled.tif" "$c/canopy"; with_byte 0 "$seeds/float.tif" "$c/canopy-float"
      with_byte 1 "$seeds/ndvi.tif" "$c/ndvi"; with_byte 2 "$seeds/uint16.tif" "$c/classes"
      with_byte 3 "$seeds/strip.tif" "$c/loss" ;;
    fuzz_vector)
      # Low 4 bits: 0 gpkg, 1 geojson, 2 kml, 3 gml, 4 csv, 5 fgb; 0x10 polygons only, 0x40 to UTM 52N.
      with_byte 0 "$seeds/parcels5.gpkg" "$c/parcels-gpkg"; with_byte $((0x50)) "$seeds/basins3.gpkg" "$c/basins-gpkg"
      with_byte 1 "$seeds/parcels.geojson" "$c/parcels-geojson"; with_byte $((0x51)) "$seeds/basins.geojson" "$c/basins-geojson"
      with_byte $((0x11)) "$seeds/reserve.geojson" "$c/reserve-geojson"; with_byte 2 "$seeds/parcels.kml" "$c/parcels-kml"
      with_byte 3 "$seeds/parcels.gml" "$c/parcels-gml"; with_byte 4 "$seeds/parcels.csv" "$c/parcels-csv"
      with_byte 5 "$seeds/parcels.fgb" "$c/parcels-fgb" ;;
    fuzz_project) cp "$seeds/sample/sample.hplan" "$c/" ;;
    fuzz_marxan_input) cp "$seeds/marxan/input.dat" "$c/" ;;
    fuzz_marxan_pu) cp "$seeds/marxan/input/pu.dat" "$c/" ;;
    fuzz_marxan_spec) cp "$seeds/marxan/input/spec.dat" "$c/" ;;
    fuzz_marxan_puvspr) cp "$seeds/marxan/input/puvspr.dat" "$c/" ;;
    fuzz_marxan_bound) cp "$seeds/marxan/input/bound.dat" "$c/" ;;
    fuzz_marxan_solution) cp "$seeds/marxan/output"/output_*.csv "$c/" ;;
    fuzz_cli)
      # One argv a line of fuzz/cli-seeds.txt, its spaces turned into the NUL bytes between arguments.
      local n=0
      grep -v '^#' "$source/fuzz/cli-seeds.txt" | while IFS= read -r line; do
        n=$((n + 1)); printf '%s' "$line" | tr ' ' '\000' > "$c/seed-$n"
      done ;;
  esac
}

mkdir -p "$build/fuzz-logs"
run() {
  local t=$1 log=$build/fuzz-logs/$1.log artifacts=$build/fuzz-artifacts/$1/
  mkdir -p "$artifacts"
  seed "$t"
  ( cd "$build" && nice -n 19 "$build/fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="${HP_FUZZ_TIMEOUT:-10}" \
      -max_len="$(max_len "$t")" -print_final_stats=1 -artifact_prefix="$artifacts" "$build/corpus/$t" ) >"$log" 2>&1 && echo 0 >"$build/fuzz-logs/$t.rc" || echo $? >"$build/fuzz-logs/$t.rc"
}
summary() {
  local t=$1 rc=$2 log=$build/fuzz-logs/$1.log
  local execs time cov result=ok
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  time=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 | awk '{print $5}')
  cov=$(grep -o '^#[0-9]*.*cov: [0-9]*' "$log" | tail -1 | sed 's/.*cov: //')
  first=$(grep -o '^#[0-9]*.*INITED cov: [0-9]*' "$log" | head -1 | sed 's/.*cov: //')
  if [ "$rc" != 0 ] || ls "$build/fuzz-artifacts/$t/" | grep -vq "^slow-unit-"; then
    result="FAILED ($(ls "$build/fuzz-artifacts/$t/" | grep -v "^slow-unit-" | tr "\n" " "))"
  fi
  printf '%-22s execs %-9s time %-5s s  coverage %s -> %s (+%s)  %s\n' "$t" "${execs:-?}" "${time:-?}" \
    "${first:-?}" "${cov:-?}" "$(( ${cov:-0} - ${first:-0} ))" "$result"
  [ "$result" = ok ]
}

# Two at a time, each niced: the machine is shared.
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge 2 ]; do wait -n || true; done
  run "$t" &
done
wait
failed=0
for t in "${targets[@]}"; do
  summary "$t" "$(cat "$build/fuzz-logs/$t.rc")" || failed=1
done
exit $failed
