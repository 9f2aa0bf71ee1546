import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from './static-files';

describe('serveStatic', () => {
  it('answers 503 when a file vanishes between its lookup and its read', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-static-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
    const server = http.createServer((req, res) => {
      serveStatic(root, req.url ?? '/', res);
      // the stream opens the file on a later tick: a rebuild removing it now is the race
      fs.rmSync(path.join(root, 'app.js'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/app.js`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/^Could not read app\.js: ENOENT/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
