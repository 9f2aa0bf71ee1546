import { parse } from 'smol-toml';
import type { SourceRange } from '../../../src-shared/domain/problems';
import { scanToml } from '../../../src-shared/toml/scan';

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

function replaceRange(text: string, range: SourceRange, replacement: string): string {
  return text.slice(0, offsetOf(text, range.line, range.column)) + replacement + text.slice(offsetOf(text, range.endLine, range.endColumn));
}

/** A number as TOML writes it: integers without a point, floats with one (so `2` stays a float). */
export function tomlNumber(value: number, integer: boolean): string {
  if (integer) return String(Math.round(value));
  const s = String(Number(value.toPrecision(12)));
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

function readBack(text: string, path: readonly string[]): unknown {
  let node: unknown = parse(text);
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * The text with one numeric key set, touching nothing else (comments, order and spacing stay):
 * the value is replaced where it is written, else the key is added under its table's header,
 * else the table is appended. Throws when the result would not read back as that value, e.g.
 * when the table is written as an inline table.
 */
export function setTomlNumber(text: string, path: readonly string[], value: number, integer: boolean): string {
  if (path.length < 2) throw new Error(`Cannot set "${path.join('.')}": a key path needs a table and a key`);
  const literal = tomlNumber(value, integer);
  const scan = scanToml(text);
  const key = path[path.length - 1]!;
  const table = path.slice(0, -1);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);
  const written = scan.entries.find((e) => e.kind === 'key' && same(e.path, path));
  let next: string;
  if (written?.valueRange) {
    next = replaceRange(text, written.valueRange, literal);
  } else {
    const header = scan.entries.find((e) => e.kind === 'table' && same(e.path, table));
    if (header) {
      const at = text.indexOf('\n', offsetOf(text, header.keyRange.endLine, header.keyRange.endColumn));
      next = at < 0 ? `${text}\n${key} = ${literal}\n` : `${text.slice(0, at + 1)}${key} = ${literal}\n${text.slice(at + 1)}`;
    } else {
      const sep = text.length === 0 || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
      next = `${text}${sep}[${table.join('.')}]\n${key} = ${literal}\n`;
    }
  }
  let back: unknown;
  try {
    back = readBack(next, path);
  } catch (error) {
    throw new Error(`Setting ${path.join('.')} = ${literal} would break the TOML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof back !== 'number' || Math.abs(back - Number(literal)) > 1e-12) {
    throw new Error(`Could not set ${path.join('.')} = ${literal} in this file; edit it by hand`);
  }
  return next;
}
