import { describe, expect, it } from 'vitest';
import type { PlannerEvent } from '../../../src-shared/api/events';
import { appendBounded, describeData, emptyFilter, filterChoices, matchesFilter } from './event-filter';

const ev = (type: PlannerEvent['type'], runId: string, data: Record<string, unknown> = {}): PlannerEvent => ({
  type,
  runId,
  data,
  bucket: null,
  timestamp: '2026-01-01T00:00:00.000Z',
});

const events = [
  ev('generation_started', 'r1', { module: 'direct_buy' }),
  ev('module_failed', 'r1', { module: 'broken', message: 'boom' }),
  ev('planning_completed', 'r1'),
  ev('generation_started', 'r2', { module: 'rebalance' }),
];

describe('matchesFilter', () => {
  it('lets everything through with an empty filter', () => {
    expect(events.filter((e) => matchesFilter(e, emptyFilter))).toHaveLength(4);
  });
  it('filters by type, module and run, combined', () => {
    const types = new Set(['generation_started'] as const);
    expect(events.filter((e) => matchesFilter(e, { ...emptyFilter, types })).map((e) => e.runId)).toEqual(['r1', 'r2']);
    expect(events.filter((e) => matchesFilter(e, { ...emptyFilter, module: 'broken' })).map((e) => e.type)).toEqual(['module_failed']);
    expect(events.filter((e) => matchesFilter(e, { types, module: '', runId: 'r2' })).map((e) => e.data['module'])).toEqual(['rebalance']);
    expect(events.filter((e) => matchesFilter(e, { types, module: 'broken', runId: '' }))).toEqual([]);
  });
});

describe('filterChoices', () => {
  it('lists modules and runs once each in first-seen order', () => {
    expect(filterChoices(events)).toEqual({ modules: ['direct_buy', 'broken', 'rebalance'], runIds: ['r1', 'r2'] });
  });
  it('keeps the chosen module and run among the choices after their events left the log', () => {
    // Otherwise the select would show its first option ("All runs") while the list stays filtered.
    const later = [ev('generation_started', 'r3', { module: 'rebalance' })];
    expect(filterChoices(later, { ...emptyFilter, module: 'broken', runId: 'r1' })).toEqual({ modules: ['rebalance', 'broken'], runIds: ['r3', 'r1'] });
    expect(filterChoices([], { ...emptyFilter, runId: 'r1' })).toEqual({ modules: [], runIds: ['r1'] });
    expect(filterChoices(later, { ...emptyFilter, runId: 'r3' })).toEqual({ modules: ['rebalance'], runIds: ['r3'] });
  });
});

describe('appendBounded', () => {
  it('keeps the newest items up to the limit without changing the input', () => {
    const log = [1, 2, 3];
    expect(appendBounded(log, 4, 3)).toEqual([2, 3, 4]);
    expect(appendBounded(log, 4, 10)).toEqual([1, 2, 3, 4]);
    expect(log).toEqual([1, 2, 3]);
  });
});

describe('describeData', () => {
  it('writes key=value pairs, JSON for non-strings', () => {
    expect(describeData({ module: 'x', n: 3, ok: true, score: 0.6483687546489426, list: ['A'] })).toBe('module=x n=3 ok=true score=0.6484 list=["A"]');
  });
});
