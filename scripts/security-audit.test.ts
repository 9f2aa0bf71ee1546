import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { audit, judge, parseReport } from './security-audit.mjs';

interface Finding {
  id: string;
  severity: string;
  file: string;
}

const CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","src-main/x.ts","3:2","new BrowserWindow({","Review the use of the contextIsolation option",https://x',
  'PRELOAD_JS_CHECK,"MEDIUM","FIRM","src-main/electron/window.ts","23:6","preload: a, b","Review, carefully",https://x',
  'PRELOAD_JS_CHECK,"MEDIUM","FIRM","src-main/other.ts","9:1","preload","Review",https://x',
  'CSP_GLOBAL_CHECK,"LOW","CERTAIN","src-renderer/index.html","5:0",N/A,"weak ""maybe"" CSP",https://x',
].join('\n');

describe('parseReport', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    const rows = parseReport(CSV);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatchObject({ id: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', file: 'src-main/electron/window.ts', location: '23:6', sample: 'preload: a, b', description: 'Review, carefully' });
    expect(rows[3].description).toBe('weak "maybe" CSP');
  });

  it('keeps a multi-line code sample in its row, and turns a row it cannot read into a blocking finding', () => {
    const rows = parseReport(
      [
        'issue, severity, confidence, filename, location, sample, description, url',
        'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","src-main/a.ts","1:0","shell.openExternal(',
        '  url)","Review the use of openExternal",https://x',
        'garbled line',
        '',
      ].join('\r\n'),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', sample: 'shell.openExternal(\r\n  url)' });
    expect(rows[1]).toMatchObject({ severity: 'HIGH', description: 'unreadable report row: garbled line, , ' });
    expect(judge(rows).failures).toHaveLength(2);
  });
});

describe('judge', () => {
  it('fails HIGH and MEDIUM findings unless that check was reviewed for that file', () => {
    const { failures, reviewed, minor } = judge(parseReport(CSV));
    expect(failures.map((f: Finding) => `${f.id} ${f.file}`)).toEqual(['CONTEXT_ISOLATION_JS_CHECK src-main/x.ts', 'PRELOAD_JS_CHECK src-main/other.ts']);
    expect(reviewed.map((f: Finding) => f.file)).toEqual(['src-main/electron/window.ts']);
    expect(minor.map((f: Finding) => f.id)).toEqual(['CSP_GLOBAL_CHECK']);
  });
});

describe('audit (runs Electronegativity)', () => {
  it('catches an insecure window', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-audit-repo-'));
    fs.mkdirSync(path.join(repo, 'src-main'));
    fs.writeFileSync(
      path.join(repo, 'src-main', 'bad.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false, webSecurity: false } });\n",
    );
    const ids = audit(repo).failures.map((f: Finding) => f.id);
    expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(ids).toContain('WEB_SECURITY_JS_CHECK');
  }, 60_000);
});
