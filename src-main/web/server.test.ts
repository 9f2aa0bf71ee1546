import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudio, type Studio } from '../api/studio';
import { startWebHost, type WebHost } from './server';

let studio: Studio;
let host: WebHost;
let rendererDir: string;

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-web-'));
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'do not serve');
  studio = await openStudio({ host: 'web', dataDir });
  // A handler that fails unexpectedly, to check the host answers 500 without a stack.
  studio.handlers['system.info'] = async () => {
    throw new Error('disk on fire');
  };
  host = await startWebHost({ studio, port: 0, rendererDir });
});

afterAll(async () => {
  await host.close();
  await studio.close();
});

function post(method: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
    body,
  });
}

describe('web host', () => {
  it('binds 127.0.0.1 and prints a URL with the token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=${host.token}$`));
  });

  it('answers an unknown method with 404 and a JSON error', async () => {
    const res = await post('nope.nothing', '{}');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown API method "nope.nothing".' } });
  });

  it('answers a malformed percent-escape in the method name as an unknown method, not a server error', async () => {
    const res = await post('%E0%A4%A', '{}');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('answers malformed JSON with 400', async () => {
    const res = await post('configs.list', '{"a":');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/^Malformed JSON body/);
  });

  it('answers a request failing its schema with 400 naming the field', async () => {
    const res = await post('configs.get', '{"id":"seven"}');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe('id');
    expect(body.error.message).toContain('field "id"');
  });

  it('answers unknown request fields with 400', async () => {
    const res = await post('configs.list', '{"extra":1}');
    expect(res.status).toBe(400);
  });

  it('answers a handler error with 500, its message and no stack', async () => {
    const res = await post('system.info', '{}');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ ok: false, error: { code: 'internal', message: 'system.info failed: disk on fire' } });
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses non-JSON content types and non-POST API calls', async () => {
    expect((await post('configs.list', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    const res = await fetch(`http://127.0.0.1:${host.port}/api/configs.list`, { headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(405);
  });

  it('refuses a body over the size limit without crashing', async () => {
    const res = await post('configs.list', JSON.stringify({ pad: 'x'.repeat(33 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect((await post('configs.list', '{}')).status).toBe(200);
  });

  it('serves the renderer with the CSP and never a file outside it', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escaped = await rawGet('/../secret.txt');
    expect(escaped.body).not.toContain('do not serve');
    const encoded = await rawGet('/%2e%2e/%2e%2e/etc/passwd');
    expect(encoded.body).not.toContain('root:');
  });

  it('streams pushed events over SSE to a client with the token', async () => {
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${host.token}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    studio.events.publish({ channel: 'notice', event: { level: 'info', message: 'hello' } });
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(text.replace(/^data: /, ''))).toEqual({ channel: 'notice', event: { level: 'info', message: 'hello' } });
    controller.abort();
  });
});

/** fetch() normalises `..` away, so path traversal needs a raw request. */
function rawGet(pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: pathname, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host serving a renderer folder it cannot read', () => {
  it('answers instead of crashing the process when index.html cannot be read', async () => {
    // index.html as a folder: opening it succeeds, reading it fails (EISDIR), like a file
    // removed or replaced while the renderer is rebuilt
    const brokenDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-renderer-broken-'));
    fs.mkdirSync(path.join(brokenDir, 'index.html'));
    const brokenHost = await startWebHost({ studio, port: 0, rendererDir: brokenDir });
    try {
      const res = await fetch(`http://127.0.0.1:${brokenHost.port}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('no index.html');
      // still serving
      expect((await fetch(`http://127.0.0.1:${brokenHost.port}/api/configs.list`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${brokenHost.token}` }, body: '{}' })).status).toBe(200);
    } finally {
      await brokenHost.close();
    }
  });
});
