/**
 * The metadata header of an exported strategy file: `#` comment lines before the TOML, so the
 * file stays valid TOML for any other tool, and the TOML after it is the stored text byte for
 * byte.
 *
 *     # Planner Studio export
 *     # name: default
 *     # title: Default strategy
 *     # version: 3
 *     # created: 2026-11-24T18:00:00.000Z
 *     # exported: 2026-11-24T18:00:00.000Z
 *     # description: Standard planner with all features enabled
 *     # ---
 *     [planner]
 *     ...
 *
 * `exported` is the time the exported content came into being, i.e. the version's creation time,
 * not the wall clock: exporting an unchanged version twice must give identical bytes (so files
 * can be compared, checked in and de-duplicated by hash).
 */

export interface ExportHeader {
  name: string;
  title: string;
  version: number;
  created: string;
  exported: string;
  description: string;
}

export const EXPORT_MARKER = '# Planner Studio export';
export const EXPORT_END = '# ---';
const KEYS = ['name', 'title', 'version', 'created', 'exported', 'description'] as const;

/** One-line values: backslashes and line breaks are escaped so a value cannot end the header. */
function escapeValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

function unescapeValue(value: string): string {
  return value.replace(/\\(\\|n|r)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

export function writeExport(header: ExportHeader, toml: string): string {
  const lines = [EXPORT_MARKER, ...KEYS.map((key) => `# ${key}: ${escapeValue(String(header[key]))}`), EXPORT_END];
  return `${lines.join('\n')}\n${toml}`;
}

export interface ParsedExport {
  /** The header fields found (all absent when the file has no header). */
  header: Partial<ExportHeader>;
  hasHeader: boolean;
  /** The TOML after the header, exactly as in the file. */
  toml: string;
  /** How many lines precede the TOML: add it to a TOML line number to get the file's line. */
  lineOffset: number;
}

/**
 * Splits a file into header and TOML. A file without the marker line, or whose header never
 * ends, is all TOML (its comments are harmless). Unknown header keys are skipped so newer
 * exports still import; a `version` that is not a positive integer is ignored.
 */
export function readExport(text: string): ParsedExport {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const noHeader: ParsedExport = { header: {}, hasHeader: false, toml: body, lineOffset: 0 };
  const firstBreak = body.indexOf('\n');
  if (firstBreak < 0 || body.slice(0, firstBreak).replace(/\r$/, '') !== EXPORT_MARKER) return noHeader;
  const header: Partial<ExportHeader> = {};
  let offset = firstBreak + 1;
  let lines = 1;
  for (;;) {
    const next = body.indexOf('\n', offset);
    if (next < 0) return noHeader;
    const line = body.slice(offset, next).replace(/\r$/, '');
    offset = next + 1;
    lines++;
    if (line === EXPORT_END) break;
    const match = /^# ([a-z_]+): ?(.*)$/.exec(line);
    if (match === null) return noHeader;
    const key = match[1] as (typeof KEYS)[number];
    const value = unescapeValue(match[2] ?? '');
    if (key === 'version') {
      if (/^[1-9]\d*$/.test(value)) header.version = Number(value);
    } else if ((KEYS as readonly string[]).includes(key)) {
      header[key] = value;
    }
  }
  return { header, hasHeader: true, toml: body.slice(offset), lineOffset: lines };
}
