import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive failures and skips until the cool-down passes', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 60_000, now: c.now });
    breaker.failure('momentum');
    expect(breaker.allow('momentum')).toBe(true);
    expect(breaker.state('momentum').state).toBe('closed');
    breaker.failure('momentum');
    expect(breaker.allow('momentum')).toBe(false);
    expect(breaker.openModules(['momentum', 'direct_buy'])).toEqual(['momentum']);
    expect(breaker.state('momentum')).toEqual({
      module: 'momentum',
      state: 'open',
      failures: 2,
      openedAt: new Date(1_000_000).toISOString(),
      retryAt: new Date(1_060_000).toISOString(),
    });
    c.advance(59_999);
    expect(breaker.allow('momentum')).toBe(false);
    c.advance(1);
    expect(breaker.allow('momentum')).toBe(true);
    expect(breaker.state('momentum').state).toBe('half_open');
  });

  it('closes and resets on a success after the cool-down', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 10, now: c.now });
    breaker.failure('m');
    expect(breaker.allow('m')).toBe(false);
    c.advance(10);
    expect(breaker.allow('m')).toBe(true);
    breaker.success('m');
    expect(breaker.state('m')).toEqual({ module: 'm', state: 'closed', failures: 0, openedAt: null, retryAt: null });
    expect(breaker.states()).toEqual([]);
  });

  it('re-opens at once when the half-open trial fails', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 100, now: c.now });
    breaker.failure('m');
    breaker.failure('m');
    breaker.failure('m');
    c.advance(100);
    expect(breaker.allow('m')).toBe(true);
    breaker.failure('m');
    expect(breaker.allow('m')).toBe(false);
    expect(breaker.state('m').retryAt).toBe(new Date(1_000_000 + 200).toISOString());
  });

  it('a success between failures resets the count', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100, now: () => 0 });
    breaker.failure('m');
    breaker.success('m');
    breaker.failure('m');
    expect(breaker.allow('m')).toBe(true);
  });

  it('rejects invalid settings', () => {
    expect(() => new CircuitBreaker({ failureThreshold: 0 })).toThrow('failureThreshold must be an integer ≥ 1, got 0');
    expect(() => new CircuitBreaker({ cooldownMs: -1 })).toThrow('cooldownMs must be ≥ 0, got -1');
  });
});
