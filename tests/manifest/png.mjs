// Reads an 8-bit PNG (grey, grey+alpha, RGB or RGBA; not interlaced) into RGBA pixels, so the
// manifest tests can check icon sizes and transparency without an image library.
import { inflateSync } from 'node:zlib';

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function readPng(bytes) {
  if (bytes.length < 33 || bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG file');
  let offset = 8;
  let header;
  const data = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8], colourType: body[9], interlace: body[12] };
    } else if (type === 'IDAT') {
      data.push(body);
    }
    offset += length + 12;
  }
  if (!header) throw new Error('PNG without IHDR');
  const channels = CHANNELS[header.colourType];
  if (header.bitDepth !== 8 || !channels || header.interlace !== 0) {
    return { ...header, pixels: null };
  }

  const raw = inflateSync(Buffer.concat(data));
  const stride = header.width * channels;
  const rows = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels] : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      rows[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }

  const pixels = Buffer.alloc(header.width * header.height * 4);
  for (let i = 0; i < header.width * header.height; i++) {
    const p = rows.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, a] = channels === 1 ? [p[0], p[0], p[0], 255]
      : channels === 2 ? [p[0], p[0], p[0], p[1]]
      : channels === 3 ? [p[0], p[1], p[2], 255]
      : [p[0], p[1], p[2], p[3]];
    pixels.set([r, g, b, a], i * 4);
  }
  return { ...header, pixels };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
