import { describe, expect, it } from 'vitest';
import { CalculationCache } from './calculation-cache';
import { PlannerInstanceCache, type ConfigurationChange } from './instance-cache';
import { stableKey } from './stable-key';

describe('CalculationCache', () => {
  it('serves a result until its TTL expires, then computes again', () => {
    let t = 0;
    const lookups: string[] = [];
    const cache = new CalculationCache<number[]>({
      ttlMs: 1000,
      now: () => t,
      onLookup: (l) => lookups.push(`${l.module}:${l.hit ? 'hit' : 'miss'}`),
    });
    let computed = 0;
    const compute = () => [++computed];
    expect(cache.getOrCompute('profit_taking', 'ctx1', { a: 1, b: 2 }, compute)).toEqual([1]);
    t = 999;
    expect(cache.getOrCompute('profit_taking', 'ctx1', { b: 2, a: 1 }, compute)).toEqual([1]);
    t = 1000;
    expect(cache.getOrCompute('profit_taking', 'ctx1', { a: 1, b: 2 }, compute)).toEqual([2]);
    expect(lookups).toEqual(['profit_taking:miss', 'profit_taking:hit', 'profit_taking:miss']);
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('keys by module, context hash and params', () => {
    const cache = new CalculationCache<string>({ ttlMs: 60_000, now: () => 0 });
    let n = 0;
    const compute = () => `v${++n}`;
    cache.getOrCompute('m', 'ctx', { x: 1 }, compute);
    expect(cache.getOrCompute('m', 'ctx', { x: 2 }, compute)).toBe('v2');
    expect(cache.getOrCompute('m', 'other', { x: 1 }, compute)).toBe('v3');
    expect(cache.getOrCompute('n', 'ctx', { x: 1 }, compute)).toBe('v4');
    expect(cache.getOrCompute('m', 'ctx', { x: 1 }, compute)).toBe('v1');
  });

  it('stores nothing when the computation throws, and caps its size', () => {
    const cache = new CalculationCache<number>({ ttlMs: 60_000, maxEntries: 2, now: () => 0 });
    expect(() =>
      cache.getOrCompute('m', 'c', {}, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(cache.size).toBe(0);
    cache.getOrCompute('a', 'c', {}, () => 1);
    cache.getOrCompute('b', 'c', {}, () => 2);
    cache.getOrCompute('c', 'c', {}, () => 3);
    expect(cache.size).toBe(2);
    expect(cache.getOrCompute('a', 'c', {}, () => 10)).toBe(10);
  });

  it('builds canonical keys', () => {
    expect(stableKey({ b: [1, 2], a: { d: true, c: 'x' } })).toBe('{"a":{"c":"x","d":true},"b":[1,2]}');
  });
});

describe('PlannerInstanceCache', () => {
  it('reuses the instance while the config hash is unchanged and rebuilds with a change event when it changes', () => {
    const changes: ConfigurationChange[] = [];
    const cache = new PlannerInstanceCache<{ id: number }>((c) => changes.push(c));
    let built = 0;
    const build = () => ({ id: ++built });
    const first = cache.get('core', 'h1', build);
    expect(cache.get('core', 'h1', build)).toBe(first);
    expect(cache.get('satellite', 'h1', build).id).toBe(2);
    expect(changes).toEqual([]);
    const second = cache.get('core', 'h2', build);
    expect(second.id).toBe(3);
    expect(changes).toEqual([{ bucket: 'core', previousHash: 'h1', configHash: 'h2' }]);
    expect([cache.hits, cache.misses]).toEqual([1, 3]);
    cache.invalidate('core');
    expect(cache.get('core', 'h2', build).id).toBe(4);
    expect(changes).toHaveLength(1);
  });
});
