import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBackup } from '../../../lib/export';
import type { LibraryData } from '../../../lib/db';

const dir = fileURLToPath(new URL('../../fixtures/export/', import.meta.url));

/** A fixture file's text. */
export const fixture = (name: string) => readFileSync(dir + name, 'utf8');

/** The sample library (a hand-written backup). */
export function sampleLibrary(): LibraryData {
  const parsed = parseBackup(fixture('library.json'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

/** Reads a stored ZIP back: names and contents, checking the CRC of each entry. */
export function unzip(bytes: Uint8Array, crc: (d: Uint8Array) => number): Map<string, string> {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (v.getUint32(end, true) !== 0x06054b50) throw new Error('no end record');
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const out = new Map<string, string>();
  const dec = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (v.getUint32(at, true) !== 0x02014b50) throw new Error('bad central header');
    const sum = v.getUint32(at + 16, true);
    const size = v.getUint32(at + 24, true);
    const nameLen = v.getUint16(at + 28, true);
    const local = v.getUint32(at + 42, true);
    const name = dec.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    const start = local + 30 + v.getUint16(local + 26, true);
    const data = bytes.subarray(start, start + size);
    if (crc(data) !== sum) throw new Error(`bad crc for ${name}`);
    out.set(name, dec.decode(data));
    at += 46 + nameLen;
  }
  return out;
}
