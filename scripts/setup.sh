#!/usr/bin/env bash
# Installs every Debian 12 package Habitat Planner needs to build, test and run (as root).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev file
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-bin nlohmann-json3-dev coinor-libcbc-dev
  xvfb xauth fonts-noto-core fonts-noto-cjk poppler-utils
  # fuzzing and sanitizer builds (scripts/fuzz.sh, scripts/sanitizers.sh): clang's libFuzzer and runtimes
  clang libclang-rt-14-dev llvm-14
  # team projects on PostgreSQL/PostGIS; the tests start a throwaway cluster with initdb/pg_ctl
  postgresql-15 postgresql-15-postgis-3 libpq-dev
  # raster2pgsql (loads a forest raster into a PostGIS raster table; test_pg_raster_cli)
  postgis
)
if ! dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -qv '^install ok installed$' \
   && [ "$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | wc -l)" -eq "${#packages[@]}" ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
