// Draws the extension's icon set (a shield with a clock face) into public/icon/<size>.png.
// Hand-rolled PNG writer (zlib only) so the icons are reproducible without an image tool.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shape in unit coordinates (0..1): a shield, a white clock face, two hands.
function shade(x, y) {
  const inShield = (() => {
    if (y < 0.08 || y > 0.95) return false;
    const half = y < 0.55 ? 0.40 : 0.40 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.40) ** 2));
    return Math.abs(x - 0.5) <= half;
  })();
  if (!inShield) return null;
  const dx = x - 0.5, dy = y - 0.48, r = Math.hypot(dx, dy);
  const onHand = (ax, ay, len, width) => {
    const t = (dx * ax + dy * ay);
    if (t < -0.02 || t > len) return false;
    return Math.abs(dx * ay - dy * ax) <= width;
  };
  if (r < 0.26) {
    if (onHand(0, -1, 0.19, 0.035) || onHand(0.8, 0.6, 0.14, 0.035) || r < 0.04) return [190, 30, 45];
    return [255, 255, 255];
  }
  return [214, 40, 57];
}

mkdirSync("public/icon", { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a) { rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; }
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  writeFileSync(`public/icon/${size}.png`, png(size, rgba));
}
console.log("icons written to public/icon/");
