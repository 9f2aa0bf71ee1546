// Draws the app icon (a rounded tile with rising bars and a trend line: a portfolio plan) and
// writes it as PNG at every size the packagers want. Run: node assets/icons/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const here = import.meta.dirname;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Colour (r, g, b, a in 0..1) at a point in the unit square. */
function shade(x, y) {
  const pixel = (r, g, b, a = 1) => [r, g, b, a];
  // Rounded tile with a 6% margin and 18% corner radius.
  const m = 0.06, r = 0.18;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r), cy = Math.min(Math.max(y, m + r), 1 - m - r);
  if (Math.hypot(x - cx, y - cy) > r) return pixel(0, 0, 0, 0);
  // Diagonal gradient from deep blue to teal.
  const t = (x + y) / 2;
  let colour = [0.10 + 0.02 * t, 0.23 + 0.35 * t, 0.55 - 0.05 * t];
  // Three rising bars.
  const bars = [
    [0.22, 0.34, 0.62],
    [0.42, 0.54, 0.48],
    [0.62, 0.74, 0.34],
  ];
  for (const [left, right, top] of bars) {
    if (x >= left && x <= right && y >= top && y <= 0.8) colour = [0.85, 0.93, 1.0];
  }
  // Baseline.
  if (y >= 0.8 && y <= 0.83 && x >= 0.18 && x <= 0.82) colour = [0.85, 0.93, 1.0];
  // Trend line over the bars, in amber.
  const points = [[0.2, 0.56], [0.4, 0.42], [0.6, 0.3], [0.8, 0.18]];
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i], [bx, by] = points[i + 1];
    const k = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    if (Math.hypot(x - (ax + k * (bx - ax)), y - (ay + k * (by - ay))) < 0.028) colour = [1.0, 0.72, 0.2];
  }
  for (const [px, py] of points) if (Math.hypot(x - px, y - py) < 0.045) colour = [1.0, 0.72, 0.2];
  return pixel(...colour);
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      rgba[o] = a ? Math.round((r / a) * 255) : 0;
      rgba[o + 1] = a ? Math.round((g / a) * 255) : 0;
      rgba[o + 2] = a ? Math.round((b / a) * 255) : 0;
      rgba[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter 0 per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === import.meta.filename) {
  fs.mkdirSync(path.join(here, 'linux'), { recursive: true });
  for (const size of [16, 32, 48, 64, 128, 256, 512]) {
    const png = encodePng(size, render(size));
    fs.writeFileSync(path.join(here, 'linux', `${size}x${size}.png`), png);
    if (size === 512) fs.writeFileSync(path.join(here, 'icon.png'), png);
  }
}
