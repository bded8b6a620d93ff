// Draws Lede's icon (a rounded red square with a white "L" and three lines of text) into
// public/icon/{16,32,48,128}.png. No dependencies: PNG by hand, zlib from Node.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 8; // supersampling per axis: smooth edges at every size

/** Shapes in unit coordinates, painted in order: [inside(x, y) -> bool, colour(x, y) -> rgba]. */
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const mix = (a, b, k) => a.map((v, i) => v + (b[i] - v) * k);
const TOP = [186, 62, 40, 255];
const BOTTOM = [128, 34, 22, 255];
const PAPER = [255, 248, 236, 255];
const INK = [255, 236, 220, 200];

const shapes = [
  [roundRect(0.03, 0.03, 0.97, 0.97, 0.22), (_x, y) => mix(TOP, BOTTOM, y)],
  // the "L"
  [roundRect(0.2, 0.16, 0.37, 0.84, 0.03), () => PAPER],
  [roundRect(0.2, 0.67, 0.8, 0.84, 0.03), () => PAPER],
  // three lines of text beside it: the article Lede reads
  [roundRect(0.46, 0.17, 0.8, 0.26, 0.045), () => INK],
  [roundRect(0.46, 0.33, 0.8, 0.42, 0.045), () => INK],
  [roundRect(0.46, 0.49, 0.7, 0.58, 0.045), () => INK],
];

function pixel(px, py, size) {
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      let c = [0, 0, 0, 0];
      for (const [inside, colour] of shapes) {
        if (!inside(x, y)) continue;
        const src = colour(x, y);
        const a = src[3] / 255;
        c = [...mix(c.slice(0, 3), src.slice(0, 3), c[3] ? a : 1), Math.max(c[3], src[3])];
      }
      // premultiply so that edges average correctly
      for (let i = 0; i < 3; i++) acc[i] += c[i] * (c[3] / 255);
      acc[3] += c[3];
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = acc[3] / n;
  return alpha === 0 ? [0, 0, 0, 0] : [...acc.slice(0, 3).map((v) => (v / n) * (255 / alpha)), alpha].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, dir), png(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
