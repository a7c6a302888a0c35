#!/usr/bin/env bash
# Renders the app icon, resources/icons/rosterbridge.svg, into the files the packages use:
#   resources/icons/rosterbridge-SIZE.png   the hicolor sizes for Linux (16 to 256)
#   installer/windows/rosterbridge.ico      the program's and the installer's icon
#   installer/macos/rosterbridge.icns       the app bundle's icon
# Run it after changing the SVG and commit what it writes; the build only copies these files,
# so building needs neither rsvg-convert nor Python. Needs rsvg-convert (Debian: librsvg2-bin)
# and python3.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
svg=$top/resources/icons/rosterbridge.svg
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$work/$size.png"
done
for size in 16 22 24 32 48 64 128 256; do
    cp "$work/$size.png" "$top/resources/icons/rosterbridge-$size.png"
done

python3 - "$work" "$top/installer/windows/rosterbridge.ico" "$top/installer/macos/rosterbridge.icns" <<'EOF'
import struct, sys, zlib

work, ico_path, icns_path = sys.argv[1:4]

def png(size):
    with open(f"{work}/{size}.png", "rb") as f:
        return f.read()

def rgba_rows(data):
    """The pixel rows of an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes)."""
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert (depth, colour, interlace) == (8, 6, 0), "expected 8-bit RGBA, not interlaced"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * 4, [], bytearray(width * 4)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - 4] if x >= 4 else 0
            b = prev[x]
            c = prev[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows

def dib(size):
    """An icon image as a 32-bit bitmap, which every Windows tool reads."""
    width, height, rows = rgba_rows(png(size))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Bottom row first, each pixel as blue, green, red, alpha.
    pixels = b"".join(bytes(v for i in range(0, len(row), 4)
                            for v in (row[i + 2], row[i + 1], row[i], row[i + 3]))
                      for row in reversed(rows))
    mask = bytes(((width + 31) // 32) * 4 * height)  # all opaque: the alpha channel decides
    return header + pixels + mask

# Bitmaps for the small sizes, PNG for 256 (as Windows' own icons do).
images = [(s, dib(s)) for s in (16, 24, 32, 48, 64)] + [(256, png(256))]
offset = 6 + 16 * len(images)
directory, blobs = b"", b""
for size, blob in images:
    directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset)
    offset += len(blob)
    blobs += blob
with open(ico_path, "wb") as f:
    f.write(struct.pack("<HHH", 0, 1, len(images)) + directory + blobs)

# PNG-based icns types (macOS 10.7 and later): 16, 32, 128, 256, 512 and their @2x.
types = [(b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"ic07", 128),
         (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024)]
body = b"".join(kind + struct.pack(">I", 8 + len(png(s))) + png(s) for kind, s in types)
with open(icns_path, "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
EOF
echo "Rendered the icon into resources/icons/, installer/windows/ and installer/macos/."
