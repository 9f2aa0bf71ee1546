import { describe, expect, it } from 'vitest';
import { createStudioClient } from './client';
import { StudioError } from './errors';
import type { Transport } from './transport';

function transportAnswering(value: unknown, ok = true): Transport {
  return {
    call: async () => (ok ? { ok: true, value } : { ok: false, error: value as never }),
    subscribe: () => () => {},
  };
}

describe('createStudioClient', () => {
  it('returns a response that matches the contract', async () => {
    const info = { appVersion: '1.0.0', host: 'web', dataDir: '/d', platform: 'linux' };
    await expect(createStudioClient(transportAnswering(info)).call('system.info', {})).resolves.toEqual(info);
  });

  it('rejects a response that breaks the contract, naming where', async () => {
    const client = createStudioClient(transportAnswering({ appVersion: 1 }));
    await expect(client.call('system.info', {})).rejects.toThrow(/Response of system\.info does not match the contract at appVersion/);
  });

  it('turns error data back into a StudioError with its code and field', async () => {
    const client = createStudioClient(transportAnswering({ code: 'bad_request', message: 'bad id', field: 'id' }, false));
    const error = await client.call('configs.get', { id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: 'bad_request', field: 'id', message: 'bad id' });
  });

  it('drops pushed events that are not in the contract', () => {
    let deliver: (e: unknown) => void = () => {};
    const transport: Transport = { call: async () => ({ ok: true, value: null }), subscribe: (l) => ((deliver = l as never), () => {}) };
    const seen: unknown[] = [];
    createStudioClient(transport).subscribe((e) => seen.push(e));
    deliver({ channel: 'bogus' });
    deliver({ channel: 'store', event: { entity: 'configs' } });
    expect(seen).toEqual([{ channel: 'store', event: { entity: 'configs' } }]);
  });
});
