import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';
import { isAppUrl, registerAppScheme, rendererFileFor, rendererResponse } from './protocol';

function rendererDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-renderer-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html>app</html>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'index-1.js'), 'console.log(1)');
  return dir;
}

describe('isAppUrl', () => {
  it('accepts only app://studio', () => {
    expect(isAppUrl('app://studio/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://studio/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('rendererFileFor', () => {
  const root = path.resolve('/r');
  it('maps app paths inside the folder and the root to index.html', () => {
    expect(rendererFileFor(root, 'app://studio/assets/a.js')).toEqual({ file: path.join(root, 'assets', 'a.js'), fallback: false });
    expect(rendererFileFor(root, 'app://studio/')).toEqual({ file: path.join(root, 'index.html'), fallback: false });
    expect(rendererFileFor(root, 'app://studio/history')).toEqual({ file: path.join(root, 'history'), fallback: true });
  });
  it('keeps traversal attempts inside the folder and refuses foreign hosts', () => {
    expect(rendererFileFor(root, 'app://studio/%2e%2e/%2e%2e/etc/passwd')?.file).toBe(path.join(root, 'etc', 'passwd'));
    expect(rendererFileFor(root, 'app://studio/..%2f..%2fetc/passwd')?.file).toBe(path.join(root, 'etc', 'passwd'));
    expect(rendererFileFor(root, 'app://evil/index.html')).toBeNull();
    expect(rendererFileFor(root, 'app://studio/%E0%A4%A')).toBeNull();
  });
});

describe('rendererResponse', () => {
  it('serves a file with its type and the CSP header', async () => {
    const response = await rendererResponse(rendererDir(), 'app://studio/assets/index-1.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });
  it('falls back to index.html for routes, 404s missing assets, 403s foreign hosts', async () => {
    const dir = rendererDir();
    expect(await (await rendererResponse(dir, 'app://studio/history')).text()).toBe('<html>app</html>');
    expect((await rendererResponse(dir, 'app://studio/assets/missing.js')).status).toBe(404);
    expect((await rendererResponse(dir, 'app://elsewhere/index.html')).status).toBe(403);
  });
  it('says how to build the renderer when it is missing', async () => {
    const response = await rendererResponse(path.join(os.tmpdir(), 'no-such-renderer-dir'), 'app://studio/index.html');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/npm run build:desktop/);
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as standard and secure, so it gets an origin, fetch and workers', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void calls.push(schemes) });
    expect(calls).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]]);
  });
});
