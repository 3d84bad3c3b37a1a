// Draws the app's two icons as PNG files, with no dependency beyond Node:
//   color.png   192x192, full-bleed accent square, a white speech bubble holding a check mark,
//               everything inside the 120x120 safe area Teams keeps visible under its mask;
//   outline.png 32x32, the same bubble and check drawn as white strokes on a transparent background.
// Shapes are signed-distance functions, sampled 4x4 per pixel for smooth edges.
// Usage: node manifest/draw-icons.mjs [output folder]   (default: the folder of this script)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';

export const ACCENT = [0x2f, 0x5d, 0x8c];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4;

// Distance from (x, y) to a rectangle with rounded corners (negative inside).
const roundedRect = (x, y, left, top, right, bottom, radius) => {
  const cx = (left + right) / 2, cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius, hy = (bottom - top) / 2 - radius;
  const qx = Math.abs(x - cx) - hx, qy = Math.abs(y - cy) - hy;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
};

// Distance from (x, y) to the segment a-b.
const segment = (x, y, [ax, ay], [bx, by]) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy);
};

// Distance from (x, y) to a triangle (negative inside).
const triangle = (x, y, a, b, c) => {
  const edge = Math.min(segment(x, y, a, b), segment(x, y, b, c), segment(x, y, c, a));
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b), s2 = side(b, c), s3 = side(c, a);
  const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return inside ? -edge : edge;
};

// The bubble and the check in a 0..1 square; `scale` turns units into pixels.
const bubble = (x, y) => Math.min(
  roundedRect(x, y, 0.06, 0.10, 0.94, 0.72, 0.16),
  triangle(x, y, [0.20, 0.50], [0.48, 0.50], [0.18, 0.92]));
const check = (x, y) => Math.min(
  segment(x, y, [0.27, 0.42], [0.43, 0.56]),
  segment(x, y, [0.43, 0.56], [0.72, 0.26]));

// Coverage (0..1) of one pixel by the shape `inside(x, y)`, sampled SAMPLES x SAMPLES.
const coverage = (px, py, size, inside) => {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (inside((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
};

/** RGBA pixels of the colour icon: accent background, white bubble, accent check. */
export function drawColor(size = 192) {
  const safe = 120 / 192, margin = (1 - safe) / 2;
  const toArt = (v) => (v - margin) / safe; // the art fills the safe area
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const inBubble = coverage(px, py, size, (x, y) => bubble(toArt(x), toArt(y)) <= 0);
      const inCheck = coverage(px, py, size, (x, y) => check(toArt(x), toArt(y)) <= 0.075);
      const white = inBubble * (1 - inCheck);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(ACCENT[c] * (1 - white) + WHITE[c] * white);
      pixels[i + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** RGBA pixels of the outline icon: white strokes, transparent elsewhere. */
export function drawOutline(size = 32) {
  const stroke = 1.6 / size; // half the stroke width, in units
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const alpha = coverage(px, py, size, (x, y) => Math.abs(bubble(x, y)) <= stroke || check(x, y) <= stroke);
      const i = (py * size + px) * 4;
      if (alpha > 0) {
        pixels.fill(255, i, i + 3);
        pixels[i + 3] = Math.round(alpha * 255);
      }
    }
  }
  return { width: size, height: size, pixels };
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits, no filter). */
export function encodePng({ width, height, pixels }) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    pixels.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(folder, 'color.png'), encodePng(drawColor()));
  writeFileSync(join(folder, 'outline.png'), encodePng(drawOutline()));
  console.log(`Wrote color.png and outline.png to ${folder}`);
}
