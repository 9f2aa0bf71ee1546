import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { fsyncDir } from './durable-file';

/** A value bound to a statement parameter. The store binds only these (no blobs). */
export type SqlValue = string | number | null;
export type JournalStatement = readonly [sql: string, params: readonly SqlValue[]];

/** One committed transaction: its sequence number and every write statement it ran, in order. */
export interface JournalRecord {
  seq: number;
  statements: JournalStatement[];
}

const HEADER_BYTES = 8; // u32 payload length + u32 CRC-32 of the payload, little endian

export function encodeRecord(record: JournalRecord): Buffer {
  const payload = Buffer.from(JSON.stringify(record), 'utf8');
  const out = Buffer.allocUnsafe(HEADER_BYTES + payload.length);
  out.writeUInt32LE(payload.length, 0);
  out.writeUInt32LE(crc32(payload), 4);
  payload.copy(out, HEADER_BYTES);
  return out;
}

export interface JournalContents {
  records: JournalRecord[];
  /** Bytes of whole, checksum-valid records; anything after is a torn or damaged tail. */
  validBytes: number;
  totalBytes: number;
}

/**
 * Reads records up to the first one that is incomplete or fails its checksum. Such a tail can
 * only come from a write that was interrupted, which was therefore never acknowledged, so
 * dropping it loses nothing the user was told was saved.
 */
export function readJournal(file: string): JournalContents {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], validBytes: 0, totalBytes: 0 };
    throw error;
  }
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset + HEADER_BYTES <= data.length) {
    const length = data.readUInt32LE(offset);
    const end = offset + HEADER_BYTES + length;
    if (end > data.length) break;
    const payload = data.subarray(offset + HEADER_BYTES, end);
    if (crc32(payload) !== data.readUInt32LE(offset + 4)) break;
    let record: JournalRecord;
    try {
      record = JSON.parse(payload.toString('utf8')) as JournalRecord;
    } catch {
      break;
    }
    if (!Number.isInteger(record.seq) || !Array.isArray(record.statements)) break;
    records.push(record);
    offset = end;
  }
  return { records, validBytes: offset, totalBytes: data.length };
}

/** The append side: one record per committed transaction, on disk (fdatasync) before returning. */
export class JournalWriter {
  private fd: number | undefined;
  private size: number;
  /** A new file's directory entry must be synced too, or the whole journal can vanish. */
  private created = false;

  constructor(
    private readonly file: string,
    initialSize: number,
  ) {
    this.size = initialSize;
  }

  get bytes(): number {
    return this.size;
  }

  append(record: JournalRecord): void {
    const buffer = encodeRecord(record);
    const fd = this.open();
    try {
      let written = 0;
      while (written < buffer.length) {
        written += fs.writeSync(fd, buffer, written, buffer.length - written, this.size + written);
      }
      fs.fdatasyncSync(fd);
      if (this.created) {
        fsyncDir(path.dirname(this.file));
        this.created = false;
      }
    } catch (error) {
      // Cut off the partial record so the next append does not land behind garbage.
      try {
        fs.ftruncateSync(fd, this.size);
      } catch {
        // The reader stops at the bad record anyway; the caller rolls back and reports.
      }
      throw error;
    }
    this.size += buffer.length;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    if (this.fd === undefined) {
      this.created = !fs.existsSync(this.file);
      this.fd = fs.openSync(this.file, fs.constants.O_WRONLY | fs.constants.O_CREAT);
    }
    return this.fd;
  }
}
