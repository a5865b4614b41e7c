// Draws the add-in's icons (16, 32, 64, 80, 128 px) as PNGs into assets/: a blue tile with three
// white bars of falling height, a target broken down. Run once; the PNGs are committed.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

const icon = (size) => {
  const rows = [];
  const bars = [0.8, 0.6, 0.4];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const r = size * 0.18;
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r;
      let rgba = inside ? [0x1f, 0x6f, 0xb5, 255] : [0, 0, 0, 0];
      const u = x / size;
      const v = 1 - y / size;
      bars.forEach((h, k) => {
        const left = 0.18 + k * 0.23;
        if (inside && u >= left && u < left + 0.16 && v >= 0.16 && v <= 0.16 + h * 0.7)
          rgba = [255, 255, 255, 255];
      });
      row.push(...rgba);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

for (const size of [16, 32, 64, 80, 128])
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), icon(size));
