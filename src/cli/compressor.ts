import * as zlib from 'node:zlib';
import { LEVEL, portable, type Compressor } from '../xlsx/fast/zip';

/**
 * Node's zlib for the many workbooks the command line writes: bench/primitives.js found fflate twice as slow
 * for the same parts. Node's own CRC-32 where it has one (20.15 and later: ten times faster here).
 */
export const nodeCompressor: Compressor = {
  deflate: (raw) => zlib.deflateRawSync(raw, { level: LEVEL }),
  crc32: (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? portable.crc32,
};
