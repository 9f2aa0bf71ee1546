import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInvalidationBatcher, invalidationsFor } from './invalidation';

const planEvent = (type: 'planning_completed' | 'cache_hit') => ({
  channel: 'planner' as const,
  event: { type, timestamp: '2026-01-01T00:00:00Z', bucket: null, runId: 'r', data: {} },
});

describe('invalidationsFor', () => {
  it('refreshes versions and buckets when configs change', () => {
    expect(invalidationsFor({ channel: 'store', event: { entity: 'configs' } })).toEqual([['configs'], ['versions'], ['buckets']]);
    expect(invalidationsFor({ channel: 'store', event: { entity: 'presets' } })).toEqual([['presets']]);
  });

  it('refreshes run records, health and performance after a plan, but never the catalog', () => {
    const keys = invalidationsFor(planEvent('planning_completed'));
    expect(keys).toContainEqual(['runs']);
    expect(keys).toContainEqual(['planner', 'planner.health']);
    expect(keys).not.toContainEqual(['planner']);
    expect(keys.some((k) => k[1] === 'planner.catalog')).toBe(false);
  });

  it('ignores chatty events', () => {
    expect(invalidationsFor(planEvent('cache_hit'))).toEqual([]);
  });

  it('refreshes everything when the push stream resumes after a drop (its pushes were lost)', () => {
    expect(invalidationsFor({ channel: 'connection', event: { state: 'resumed' } })).toEqual([[]]);
  });
});

describe('createInvalidationBatcher', () => {
  afterEach(() => vi.useRealTimers());

  it('flushes each stale prefix once per burst', () => {
    vi.useFakeTimers();
    const flushed: string[][][] = [];
    const batcher = createInvalidationBatcher((p) => flushed.push(p.map((k) => [...k])), 300);
    for (let i = 0; i < 400; i++) batcher.add(invalidationsFor(planEvent('planning_completed')));
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(flushed).toHaveLength(1);
    expect(flushed[0]).toHaveLength(4);
    batcher.add([['runs']]);
    vi.advanceTimersByTime(300);
    expect(flushed[1]).toEqual([['runs']]);
  });

  it('drops pending work when disposed', () => {
    vi.useFakeTimers();
    const flush = vi.fn();
    const batcher = createInvalidationBatcher(flush);
    batcher.add([['runs']]);
    batcher.dispose();
    vi.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});
