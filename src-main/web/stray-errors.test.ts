import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startWebHostProcess } from '../../e2e/fixtures/web-host';

const root = path.resolve(import.meta.dirname, '..', '..');

it('a user plugin that throws from a timer after loading never runs in the web host process', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-stray-'));
  fs.mkdirSync(path.join(dataDir, 'plugins'));
  fs.copyFileSync(path.join(root, 'plugins/test-fixtures/throws-later.mjs'), path.join(dataDir, 'plugins/throws-later.mjs'));
  const host = await startWebHostProcess({ dataDir });
  try {
    const call = (method: string) =>
      fetch(`${host.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
        body: '{}',
      });
    const catalog = (await (await call('planner.catalog')).json()) as { value: { modules: { meta: { name: string } }[] } };
    expect(catalog.value.modules.map((m) => m.meta.name)).toContain('throws_later');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // well past the plugin's timer
    expect((await call('system.info')).status).toBe(200);
    // Its timer fired only in the threads that imported it, never in the host's own.
    expect(host.output()).not.toContain('contained an error that escaped its code');
  } finally {
    await host.stop();
  }
}, 60_000);
