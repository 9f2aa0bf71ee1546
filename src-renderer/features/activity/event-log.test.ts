import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudioClient } from '../../../src-shared/api/client';
import type { StudioEvent } from '../../../src-shared/api/events';
import { EventLog } from './event-log';

function fakeClient() {
  const listeners = new Set<(e: StudioEvent) => void>();
  const client = {
    call: () => Promise.reject(new Error('not used')),
    subscribe: (l: (e: StudioEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } as unknown as StudioClient;
  return { client, push: (e: StudioEvent) => listeners.forEach((l) => l(e)), count: () => listeners.size };
}

const planner = (runId: string): StudioEvent => ({
  channel: 'planner',
  event: { type: 'generation_started', runId, bucket: null, timestamp: '2026-01-01T00:00:00Z', data: {} },
});

afterEach(() => vi.useRealTimers());

describe('EventLog', () => {
  it('keeps planner events only, subscribes once, and tells listeners once per burst', () => {
    vi.useFakeTimers();
    const { client, push, count } = fakeClient();
    const log = new EventLog();
    log.start(client);
    log.start(client);
    expect(count()).toBe(1);
    const listener = vi.fn();
    log.listen(listener);
    push(planner('r1'));
    push({ channel: 'store', event: { entity: 'configs' } });
    push(planner('r2'));
    expect(listener).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(log.snapshot().map((e) => e.runId)).toEqual(['r1', 'r2']);
    log.clear();
    expect(log.snapshot()).toEqual([]);
  });
});
