#!/usr/bin/env node
// Draws the extension icon (128×128 PNG, no dependencies): a page of copy on a navy tile, with a
// pair of quotation marks and a squiggle under one line. Run once; the PNG is committed.
// Usage: node client/scripts/make-icon.js [out.png]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const W = 128, H = 128, SS = 4; // supersampled for anti-aliased edges
const out = process.argv[2] || path.join(__dirname, '..', 'images', 'icon.png');

const NAVY = [30, 58, 95], PAPER = [250, 248, 240], INK = [120, 128, 140], RED = [214, 48, 49], QUOTE = [30, 58, 95];

function roundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
// colour at a point (in 128-unit coordinates) or null for transparent
function shade(x, y) {
  let c = null;
  if (roundRect(x, y, 2, 2, 126, 126, 22)) c = NAVY;
  if (roundRect(x, y, 24, 16, 104, 112, 5)) c = PAPER;
  // quotation marks: two filled circles with tails, top left of the page
  for (const qx of [38, 54]) {
    if ((x - qx) ** 2 + (y - 36) ** 2 <= 36) c = QUOTE;
    if (x >= qx + 1 && x <= qx + 6 && y >= 36 && y <= 46 && x - qx - 1 <= (46 - y) * 0.55 + 0.5 && x >= qx + 6 - (46 - y) * 0.55 - 3) c = QUOTE;
  }
  // lines of text
  const lines = [[66, 36, 92], [56, 34, 92], [68, 34, 92], [80, 34, 80], [92, 34, 88]];
  for (const [ly, lx0, lx1] of lines.slice(1)) if (y >= ly - 2.5 && y <= ly + 2.5 && x >= lx0 && x <= lx1) c = INK;
  if (y >= 30 && y <= 34 && x >= 66 && x <= 92) c = INK;
  if (y >= 40 && y <= 44 && x >= 66 && x <= 86) c = INK;
  // red squiggle under the line at y=80
  if (x >= 34 && x <= 80) {
    const sy = 87 + 2.2 * Math.sin((x - 34) / 2.6);
    if (Math.abs(y - sy) <= 1.6) c = RED;
  }
  return c;
}

const raw = Buffer.alloc(H * (1 + W * 4));
for (let py = 0; py < H; py++) {
  raw[py * (1 + W * 4)] = 0; // filter: none
  for (let px = 0; px < W; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const c = shade(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const o = py * (1 + W * 4) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0; raw[o + 1] = a ? Math.round(g / a) : 0; raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`icon: ${out} (${png.length} bytes)`);
