import fs from 'node:fs';
import type { Database, SqlJsStatic } from 'sql.js';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Why a database file cannot be used; the message goes into the user's notice. */
export class DamagedSnapshotError extends Error {
  override name = 'DamagedSnapshotError';
}

/**
 * Opens a snapshot file and proves it whole before anyone reads it: the SQLite header, the page
 * count the header promises against the file's size (a truncated copy fails here even when the
 * pages that remain look fine), `PRAGMA integrity_check`, and the store's own meta row.
 */
export function loadSnapshot(SQL: SqlJsStatic, file: string): { db: Database; seq: number } {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 100) throw new DamagedSnapshotError(`${file} is truncated (${bytes.length} bytes)`);
  if (bytes.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) {
    throw new DamagedSnapshotError(`${file} is not a SQLite database`);
  }
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = bytes.readUInt32BE(28);
  if (pageCount > 0 && bytes.length < pageSize * pageCount) {
    throw new DamagedSnapshotError(`${file} is truncated (${bytes.length} of ${pageSize * pageCount} bytes)`);
  }
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    const check = db.exec('PRAGMA integrity_check')[0]?.values.map((row) => String(row[0])) ?? [];
    if (check.length !== 1 || check[0] !== 'ok') {
      throw new DamagedSnapshotError(`${file} failed the integrity check: ${check.slice(0, 3).join('; ')}`);
    }
    const seqRow = db.exec("SELECT value FROM store_meta WHERE key = 'journal_seq'")[0]?.values[0];
    if (seqRow === undefined) throw new DamagedSnapshotError(`${file} has no journal position`);
    return { db, seq: Number(seqRow[0]) };
  } catch (error) {
    db?.close();
    if (error instanceof DamagedSnapshotError) throw error;
    throw new DamagedSnapshotError(`${file} cannot be read: ${(error as Error).message}`);
  }
}
