import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../../src-shared/api/events';
import { dispatch } from '../dispatch';
import { openStudio, type Studio } from '../studio';

let studio: Studio | undefined;
let dir: string | undefined;
afterEach(async () => {
  await studio?.close();
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, request: unknown): Promise<unknown> {
  const result = await dispatch(studio!.handlers, method, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('store API groups through openStudio', () => {
  it('saves a version, publishes a store event and survives a restart', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-store-'));
    studio = await openStudio({ host: 'web', dataDir: dir });
    const events: StudioEvent[] = [];
    studio.events.subscribe((e) => events.push(e));
    const created = (await call('versions.create', { name: 'default', toml: '[planner]\nmax_depth = 3\n', note: 'n' })) as {
      version: number;
      id: number;
    };
    expect(created.version).toBe(2);
    expect(events).toContainEqual({ channel: 'store', event: { entity: 'configs' } });
    await call('buckets.assign', { bucket: 'satellite', configId: created.id });
    await studio.close();

    studio = await openStudio({ host: 'web', dataDir: dir });
    const list = (await call('configs.list', {})) as { name: string; version: number; versionCount: number; buckets: string[] }[];
    expect(list.find((c) => c.name === 'default')).toMatchObject({ version: 2, versionCount: 2, buckets: ['core', 'satellite'] });
    const lane = (await call('buckets.lane', { bucket: 'core' })) as { reason: string }[];
    expect(lane.map((a) => a.reason)).toEqual(['seed']);
    const bad = await dispatch(studio.handlers, 'versions.create', { name: 'x', title: 'X', toml: '[a' });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_config');
  });
});
