import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../src-shared/api/bridge';

const exposed: Array<[string, unknown]> = [];
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
const invoke = vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.push([key, api]) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => void listeners.set(channel, listener),
    removeListener: (channel: string) => void listeners.delete(channel),
  },
}));

await import('./preload');

describe('the preload', () => {
  it('exposes exactly one object, window.studio, with call and subscribe only', () => {
    expect(exposed.map(([key]) => key)).toEqual(['studio']);
    const api = exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['call', 'subscribe']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('invokes contract methods on their channel and refuses other names without IPC', async () => {
    const api = exposed[0]?.[1] as { call(m: string, r: unknown): Promise<unknown> };
    await expect(api.call('system.info', {})).resolves.toEqual({ ok: true, value: { channel: `${IPC_CALL_PREFIX}system.info`, request: {} } });
    await expect(api.call('fs.readFile', { path: '/etc/passwd' })).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Unknown API method "fs.readFile".' },
    });
    await expect(api.call('__proto__', {})).resolves.toMatchObject({ ok: false });
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('delivers events without the IPC event object and stops after unsubscribe', () => {
    const api = exposed[0]?.[1] as { subscribe(l: (e: unknown) => void): () => void };
    const seen: unknown[][] = [];
    const unsubscribe = api.subscribe((...args) => seen.push(args));
    const event = { channel: 'store', event: { entity: 'configs' } };
    listeners.get(IPC_EVENT_CHANNEL)?.({ sender: 'ipcRenderer' }, event);
    expect(seen).toEqual([[event]]);
    unsubscribe();
    expect(listeners.has(IPC_EVENT_CHANNEL)).toBe(false);
  });
});
