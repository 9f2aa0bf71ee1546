import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startWebHostProcess } from '../../e2e/fixtures/web-host';

const root = path.resolve(import.meta.dirname, '..', '..');

it('a user plugin that throws from a timer after loading does not take the web host down', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-stray-'));
  fs.mkdirSync(path.join(dataDir, 'plugins'));
  fs.copyFileSync(path.join(root, 'plugins/test-fixtures/throws-later.mjs'), path.join(dataDir, 'plugins/throws-later.mjs'));
  const host = await startWebHostProcess({ dataDir });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500)); // well past the plugin's timer
    const res = await fetch(`${host.origin}/api/system.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(host.output()).toContain('contained an error that escaped its code');
    expect(host.output()).toContain('throws_later escaped on purpose');
  } finally {
    await host.stop();
  }
}, 60_000);
