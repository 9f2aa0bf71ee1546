import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('npm start without an Electron binary', () => {
  it('explains why in one paragraph, then starts the web host and prints its URL', async () => {
    // An empty override folder stands for "no binary and no download" on any machine.
    const noElectron = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-no-electron-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-start-'));
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--port', '0', '--data-dir', dataDir], {
      cwd: root,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL in 60 s:\n${output}`)), 60_000);
        child.stdout.on('data', () => {
          const match = /Planner Studio web host: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      const paragraphs = output.split(/\n\s*\n/).filter((p) => p.includes('cannot start as a desktop app'));
      expect(paragraphs).toHaveLength(1);
      expect(paragraphs[0]).toContain(`No Electron binary at ELECTRON_OVERRIDE_DIST_PATH (${path.join(noElectron, 'electron')})`);
      expect(paragraphs[0]).toContain('Starting the same app in the web host');
      const info = await fetch(`${new URL(url).origin}/api/system.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${new URL(url).searchParams.get('token')}` },
        body: '{}',
      });
      expect(await info.json()).toMatchObject({ ok: true, value: { host: 'web', dataDir } });
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});
