#!/bin/sh
# Rebuilds the two embedded Chinese font subsets from Debian's Noto Sans CJK. Build preparation, run by hand
# (never by the build or the tests) whenever a catalogue, a data file or the sources gain a Chinese character
# that `cargo test --test i18n` reports as missing:
#
#     apt-get install fonts-noto-cjk   # the source fonts (SIL Open Font License 1.1)
#     pip install fonttools            # pyftsubset
#     assets/fonts/make-subsets.sh
#
# Output, next to this script:
#   NotoSansSC-Regular-subset.otf  Simplified glyph forms: GB 2312 level 1 (the 3,755 most common characters)
#   NotoSansHK-Regular-subset.otf  Hong Kong Traditional glyph forms: Big5 level 1 (5,401 common characters)
#                                  and a few Hong Kong forms outside it (滙豐, 恒基, 深水埗, 屋邨…)
# both with every non-ASCII character of assets/i18n/*.ftl, data/*.ron, data/*.csv, src/ and tests/, CJK
# punctuation and full-width forms. ASCII is left out: egui's own font draws it first.
#
# Big5 level 1 rather than the Ministry of Education's 4,808 常用國字: it is derived from that list, comes
# with Python (no download), and costs about 0.1 MB more. Layout features are dropped (the app shapes CJK
# horizontally, without locl or vert), which halves the size; hinting too (egui does not use it).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ttc=${NOTO_CJK_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ROOT="$root" TTC="$ttc" WORK="$work" python3 - <<'PY'
import os, pathlib
from fontTools.ttLib import TTCollection

root, work = pathlib.Path(os.environ["ROOT"]), pathlib.Path(os.environ["WORK"])

# The collection's faces by name, so a reordered package cannot silently swap the scripts.
names = [face["name"].getDebugName(4) for face in TTCollection(os.environ["TTC"]).fonts]
for index, expected in ((2, "Noto Sans CJK SC"), (4, "Noto Sans CJK HK")):
    if names[index] != expected:
        raise SystemExit(f"face {index} is {names[index]!r}, expected {expected!r}")

def decoded(codec, rows, cells):
    out = []
    for row in rows:
        for cell in cells:
            try:
                out.append(bytes([row, cell]).decode(codec))
            except UnicodeDecodeError:
                pass
    return out

# GB 2312 level 1: rows 16–55 (bytes B0–D7), 94 cells each.
gb2312_level1 = decoded("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
# Big5 level 1 (常用字): A440–C67E.
big5_level1 = [
    c for c in decoded("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    if c.encode("big5") <= bytes([0xC6, 0x7E])
]
hong_kong_forms = "滙恒邨埗峯栢衞裏着綫麪"

files = [*root.glob("assets/i18n/*.ftl"), *root.glob("data/*.ron"), *root.glob("data/*.csv"),
         *root.glob("src/**/*.rs"), *root.glob("tests/**/*.rs")]
used = {c for f in files for c in f.read_text(encoding="utf-8") if ord(c) > 0x7F}

punctuation = [chr(c) for c in [*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F), *range(0xFFE0, 0xFFE7),
                                *range(0x2010, 0x2028), *range(0x2030, 0x203C)]]

def write(name, chars):
    text = "".join(sorted(set(chars)))
    (work / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(text)} characters")

write("sc.txt", [*gb2312_level1, *used, *punctuation])
write("hk.txt", [*big5_level1, *hong_kong_forms, *used, *punctuation])
PY

subset() {
    pyftsubset "$ttc" --font-number="$1" --text-file="$work/$2" --output-file="$here/$3" \
        --layout-features='' --no-hinting --desubroutinize --drop-tables+=vhea,vmtx,VORG,BASE
    echo "$3: $(wc -c <"$here/$3") bytes"
}
subset 2 sc.txt NotoSansSC-Regular-subset.otf
subset 4 hk.txt NotoSansHK-Regular-subset.otf
