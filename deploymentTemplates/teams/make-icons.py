#!/usr/bin/env python3
"""Writes the Teams app icons (no network, no imaging library): color.png 192x192 and outline.png 32x32.

color.png: AllyBot purple with a white ring. outline.png: a white ring on a transparent background, as Teams requires.
Run from this folder: python3 make-icons.py
"""
import struct
import zlib


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def ring(x, y, size, inner, outer):
    c = (size - 1) / 2
    d = ((x - c) ** 2 + (y - c) ** 2) ** 0.5
    return inner * size <= d <= outer * size


PURPLE = (0x6B, 0x3F, 0xA0, 0xFF)
WHITE = (0xFF, 0xFF, 0xFF, 0xFF)
CLEAR = (0, 0, 0, 0)

png("color.png", 192, lambda x, y, s: WHITE if ring(x, y, s, 0.22, 0.32) else PURPLE)
png("outline.png", 32, lambda x, y, s: WHITE if ring(x, y, s, 0.28, 0.44) else CLEAR)
