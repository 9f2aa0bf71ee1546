import { describe, expect, it } from 'vitest';
import type { PlannerEvent } from '../../../src-shared/api/events';
import { PlannerEventEmitter } from './planner-events';

describe('PlannerEventEmitter', () => {
  it('stamps events with time, run id and bucket and delivers them in order', () => {
    const emitter = new PlannerEventEmitter(() => new Date('2026-01-02T03:04:05.000Z'));
    const seen: PlannerEvent[] = [];
    emitter.subscribe((e) => seen.push(e));
    const emit = emitter.forRun('run-1', 'core');
    emit('generation_started', { depth: 1 });
    emit('generation_completed');
    expect(seen).toEqual([
      { type: 'generation_started', timestamp: '2026-01-02T03:04:05.000Z', bucket: 'core', runId: 'run-1', data: { depth: 1 } },
      { type: 'generation_completed', timestamp: '2026-01-02T03:04:05.000Z', bucket: 'core', runId: 'run-1', data: {} },
    ]);
  });

  it('keeps delivering to other listeners when one throws, and stops after unsubscribe', () => {
    const emitter = new PlannerEventEmitter();
    const seen: string[] = [];
    emitter.subscribe(() => {
      throw new Error('broken subscriber');
    });
    const unsubscribe = emitter.subscribe((e) => seen.push(e.type));
    emitter.emit('cache_hit', 'r', null);
    unsubscribe();
    emitter.emit('cache_miss', 'r', null);
    expect(seen).toEqual(['cache_hit']);
  });
});
