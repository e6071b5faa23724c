// Draws the toolbar icons (a magnifying lens over highlighted lines) as PNGs with Node's zlib only.
// Run `node icons/generate.mjs`; the PNGs are committed, so builds need nothing of this.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** Colour of pixel centre (x, y) in a unit square; 4x supersampled by the caller for smooth edges. */
function shade(x, y) {
  const inRoundedSquare = (() => {
    const r = 0.18,
      m = 0.03;
    const dx = Math.max(m + r - x, 0, x - (1 - m - r));
    const dy = Math.max(m + r - y, 0, y - (1 - m - r));
    return x > m && x < 1 - m && y > m && y < 1 - m && dx * dx + dy * dy <= r * r;
  })();
  if (!inRoundedSquare) return [0, 0, 0, 0];
  const lensX = 0.44,
    lensY = 0.42,
    lensR = 0.25,
    ring = 0.07;
  const d = Math.hypot(x - lensX, y - lensY);
  const handle = x > 0.58 && y > 0.56 && Math.abs(x - lensX - (y - lensY)) < 0.07 && x < 0.86 && y < 0.86;
  if (handle || (d <= lensR + ring / 2 && d >= lensR - ring / 2)) return [255, 255, 255, 255];
  if (d < lensR - ring / 2) {
    const line = [0.33, 0.45].find((ly) => Math.abs(y - ly) < 0.035 && Math.abs(x - lensX) < 0.16);
    if (line === 0.33) return [255, 176, 64, 255];
    if (line === 0.45) return [255, 255, 255, 230];
    return [36, 86, 200, 255];
  }
  return [28, 58, 140, 255];
}

function png(size) {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = sum[3] / (samples * samples);
      for (let c = 0; c < 3; c++) raw[offset + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, import.meta.url), png(size));
