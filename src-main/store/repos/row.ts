import type { Row } from '../store-database';

/** Column readers that fail loudly on a schema mismatch instead of passing `undefined` along. */
export function str(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`Column ${column} is ${value === null ? 'null' : typeof value}, expected text.`);
  return value;
}

export function num(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw new Error(`Column ${column} is ${value === null ? 'null' : typeof value}, expected a number.`);
  return value;
}

export function numOrNull(row: Row, column: string): number | null {
  return row[column] === null || row[column] === undefined ? null : num(row, column);
}

export function strOrNull(row: Row, column: string): string | null {
  return row[column] === null || row[column] === undefined ? null : str(row, column);
}
