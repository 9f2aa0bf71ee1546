import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_MARKER, readExport, writeExport, type ExportHeader } from './export-header';

const header: ExportHeader = {
  name: 'default',
  title: 'Default strategy',
  version: 3,
  created: '2026-11-24T18:00:00.000Z',
  exported: '2026-11-24T18:00:00.000Z',
  description: 'Two lines\nwith a \\ backslash',
};
const toml = '# my comment\n[planner]\nmax_depth = 5\n';

describe('export header', () => {
  it('writes the header lines before the TOML, one value per line', () => {
    const text = writeExport(header, toml);
    expect(text.split('\n').slice(0, 9)).toEqual([
      EXPORT_MARKER,
      '# name: default',
      '# title: Default strategy',
      '# version: 3',
      '# created: 2026-11-24T18:00:00.000Z',
      '# exported: 2026-11-24T18:00:00.000Z',
      '# description: Two lines\\nwith a \\\\ backslash',
      '# ---',
      '# my comment',
    ]);
  });

  it('round-trips header and TOML exactly, and says where the TOML starts', () => {
    const parsed = readExport(writeExport(header, toml));
    expect(parsed).toEqual({ header, hasHeader: true, toml, lineOffset: 8 });
    expect(writeExport(parsed.header as ExportHeader, parsed.toml)).toBe(writeExport(header, toml));
  });

  it('treats a file without the marker, or with an unterminated header, as all TOML', () => {
    expect(readExport(toml)).toEqual({ header: {}, hasHeader: false, toml, lineOffset: 0 });
    const unterminated = `${EXPORT_MARKER}\n# name: x\n[planner]\n`;
    expect(readExport(unterminated).hasHeader).toBe(false);
    expect(readExport(unterminated).toml).toBe(unterminated);
  });

  it('accepts CRLF and a BOM, skips unknown keys and ignores a bad version', () => {
    const text = `\uFEFF${EXPORT_MARKER}\r\n# name: n\r\n# colour: blue\r\n# version: 0\r\n# ---\r\n[planner]\r\n`;
    expect(readExport(text)).toEqual({ header: { name: 'n' }, hasHeader: true, toml: '[planner]\r\n', lineOffset: 5 });
  });

  it('round-trips any header values and any TOML text (property)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 1_000_000 }), text, text, text, fc.string({ unit: 'binary', maxLength: 300 }), (name, title, version, created, exported, description, body) => {
        const h: ExportHeader = { name, title, version, created, exported, description };
        const parsed = readExport(writeExport(h, body));
        expect(parsed.header).toEqual(h);
        expect(parsed.toml).toBe(body);
      }),
      { numRuns: 150 },
    );
  });
});
