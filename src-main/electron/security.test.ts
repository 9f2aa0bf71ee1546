import { beforeEach, describe, expect, it, vi } from 'vitest';

const opened: string[] = [];
vi.mock('electron', () => ({ shell: { openExternal: async (url: string) => void opened.push(url) } }));
const { denyPermissions, hardenWebContents, isSafeExternalUrl, openExternalSafely } = await import('./security');

beforeEach(() => void (opened.length = 0));

describe('isSafeExternalUrl', () => {
  it('accepts plain https links only', () => {
    expect(isSafeExternalUrl('https://example.org/docs?a=1')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://host/share')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.org')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('hands only checked links to the shell', () => {
    expect(openExternalSafely('https://example.org/a b')).toBe(true);
    expect(openExternalSafely('file:///bin/sh')).toBe(false);
    expect(opened).toEqual(['https://example.org/a%20b']);
  });
});

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => (listeners.set(name, listener), contents),
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
  };
  const fire = (name: string, url = ''): boolean => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from app://studio and every webview', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'app://other/x')).toBe(true);
    expect(fire('will-navigate', 'app://studio/index.html')).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, opening https links in the browser instead', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents as never);
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('http://example.org/')).toEqual({ action: 'deny' });
    expect(open('app://studio/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/']);
  });
});

describe('denyPermissions', () => {
  it('refuses every permission request and check except clipboard writes', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((c: unknown, p: string) => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (h) => void (request = h as never),
      setPermissionCheckHandler: (h) => void (check = h as never),
    });
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-sanitized-write']) request?.(null, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false, true]);
    expect(check?.(null, 'hid')).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write')).toBe(true);
  });
});
