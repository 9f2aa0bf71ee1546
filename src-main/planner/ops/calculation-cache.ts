import { stableKey } from './stable-key';

export interface CalculationCacheOptions {
  /** How long an entry stays valid. */
  ttlMs: number;
  /** Entry cap; the oldest entries go first when it is reached. */
  maxEntries?: number;
  now?: () => number;
  /** Told of every lookup (the planner turns these into cache_hit / cache_miss events). */
  onLookup?: (lookup: { module: string; hit: boolean; key: string }) => void;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * The calculation cache: a module's result for one portfolio context and one set of params,
 * valid for `ttlMs`. Keyed by module name, the context's hash and the canonical params, so a
 * changed parameter or portfolio is never served a stale result.
 */
export class CalculationCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly now: () => number;
  private readonly maxEntries: number;
  hits = 0;
  misses = 0;

  constructor(private readonly options: CalculationCacheOptions) {
    if (!(options.ttlMs >= 0)) throw new Error(`Calculation cache ttlMs must be ≥ 0, got ${options.ttlMs}.`);
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 1000;
  }

  static key(module: string, contextHash: string, params: unknown): string {
    return `${module}|${contextHash}|${stableKey(params)}`;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached value, or the computed one (stored for `ttlMs`). A throwing `compute` stores nothing. */
  getOrCompute(module: string, contextHash: string, params: unknown, compute: () => V): V {
    const key = CalculationCache.key(module, contextHash, params);
    const entry = this.entries.get(key);
    const now = this.now();
    if (entry !== undefined && now < entry.expiresAt) {
      this.hits++;
      this.options.onLookup?.({ module, hit: true, key });
      return entry.value;
    }
    if (entry !== undefined) this.entries.delete(key);
    this.misses++;
    this.options.onLookup?.({ module, hit: false, key });
    const value = compute();
    this.entries.set(key, { value, expiresAt: now + this.options.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
