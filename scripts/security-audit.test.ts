import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { audit, judge } from './security-audit.mjs';

interface Finding {
  id: string;
  severity: string;
  file: string;
}

const FINDINGS: Finding[] = [
  { id: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'src-main/x.ts' },
  { id: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', file: 'src-main/electron/window.ts' },
  { id: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', file: 'src-main/other.ts' },
  { id: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'src-renderer/index.html' },
];

describe('judge', () => {
  it('fails HIGH and MEDIUM findings unless that check was reviewed for that file', () => {
    const { failures, reviewed, minor } = judge(FINDINGS);
    expect(failures.map((f: Finding) => `${f.id} ${f.file}`)).toEqual(['CONTEXT_ISOLATION_JS_CHECK src-main/x.ts', 'PRELOAD_JS_CHECK src-main/other.ts']);
    expect(reviewed.map((f: Finding) => f.file)).toEqual(['src-main/electron/window.ts']);
    expect(minor.map((f: Finding) => f.id)).toEqual(['CSP_GLOBAL_CHECK']);
  });
});

describe('audit (runs Electronegativity)', () => {
  it('catches an insecure window, naming the file relative to the repository', async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-audit-repo-'));
    fs.mkdirSync(path.join(repo, 'src-main'));
    fs.writeFileSync(
      path.join(repo, 'src-main', 'bad.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false, webSecurity: false } });\n",
    );
    const failures = (await audit(repo)).failures as Finding[];
    const inBadFile = failures.filter((f) => f.file === 'src-main/bad.ts').map((f) => f.id);
    expect(inBadFile).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK']));
    fs.rmSync(repo, { recursive: true, force: true });
  }, 60_000);
});
