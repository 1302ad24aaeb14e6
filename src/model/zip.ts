/**
 * Small ZIP helpers for the workbook (an .xlsx file is a ZIP archive). `fixZipTimes` sets the modification time of every entry of a ZIP archive (its local header and its central directory
 * record) to one fixed time, so an archive written by a library that stamps the current time comes out the
 * same byte for byte. Only the two time fields change: contents, sizes and checksums stay as they were.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The MS-DOS time and date fields for a UTC instant (2-second resolution, years 1980 to 2107). */
export function dosDateTime(iso: string): { time: number; date: number } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`dosDateTime: expected an RFC 3339 date-time; found "${iso}"`);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** A copy of the archive with every entry stamped at `iso`. Throws on anything that is not a plain ZIP. */
export function fixZipTimes(zip: Uint8Array, iso: string): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(iso);
  let end = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--)
    if (out.readUInt32LE(i) === EOCD) { end = i; break; }
  if (end < 0) throw new Error('fixZipTimes: expected a ZIP archive; found no end-of-central-directory record');
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`fixZipTimes: expected a central directory record at byte ${at}; found none`);
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`fixZipTimes: expected a local file header at byte ${local}; found none`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** Every entry's name and DOS time and date, from the central directory (for tests and checks). */
export function zipEntryTimes(zip: Uint8Array): { name: string; time: number; date: number }[] {
  const b = Buffer.from(zip);
  let end = -1;
  for (let i = b.length - 22; i >= 0; i--) if (b.readUInt32LE(i) === EOCD) { end = i; break; }
  if (end < 0) throw new Error('zipEntryTimes: expected a ZIP archive; found no end-of-central-directory record');
  const out: { name: string; time: number; date: number }[] = [];
  let at = b.readUInt32LE(end + 16);
  for (let n = b.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = b.readUInt16LE(at + 28);
    out.push({ name: b.toString('utf8', at + 46, at + 46 + nameLength), time: b.readUInt16LE(at + 12), date: b.readUInt16LE(at + 14) });
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

/** The bytes of one entry (stored or deflated), found through the central directory; undefined when absent. */
export function zipEntry(zip: Uint8Array, name: string): Buffer | undefined {
  const b = Buffer.from(zip);
  let end = -1;
  for (let i = b.length - 22; i >= 0; i--) if (b.readUInt32LE(i) === EOCD) { end = i; break; }
  if (end < 0) throw new Error('zipEntry: expected a ZIP archive; found no end-of-central-directory record');
  let at = b.readUInt32LE(end + 16);
  for (let n = b.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = b.readUInt16LE(at + 28);
    if (b.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const method = b.readUInt16LE(at + 10);
      const size = b.readUInt32LE(at + 20);
      const local = b.readUInt32LE(at + 42);
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const data = b.subarray(start, start + size);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`zipEntry: expected ${name} stored or deflated; found compression method ${method}`);
    }
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return undefined;
}
