import type { BreakerState } from '../../../src-shared/api/schemas/planner-ops';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open a module's breaker. */
  failureThreshold: number;
  /** How long an open breaker skips its module before letting one trial run through. */
  cooldownMs: number;
  /** Injected clock (ms since epoch), so tests can move time. */
  now?: () => number;
}

export const DEFAULT_BREAKER: Readonly<Required<Omit<CircuitBreakerOptions, 'now'>>> = {
  failureThreshold: 3,
  cooldownMs: 5 * 60_000,
};

interface Entry {
  failures: number;
  openedAt: number | null;
  /** Set when the cool-down passed and one trial run is allowed. */
  halfOpen: boolean;
}

/**
 * A circuit breaker per module. Closed: the module runs. After `failureThreshold` consecutive
 * failures it opens: the module is skipped (and reported as skipped) until `cooldownMs` have
 * passed; then it is half-open: the next run tries it once. A success closes it and resets the
 * count; a failure while half-open opens it again for another cool-down.
 */
export class CircuitBreaker {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private failureThreshold: number;
  private cooldownMs: number;

  constructor(options: Partial<CircuitBreakerOptions> = {}) {
    this.now = options.now ?? Date.now;
    this.failureThreshold = DEFAULT_BREAKER.failureThreshold;
    this.cooldownMs = DEFAULT_BREAKER.cooldownMs;
    this.configure(options);
  }

  configure(options: Partial<Omit<CircuitBreakerOptions, 'now'>>): void {
    const threshold = options.failureThreshold ?? this.failureThreshold;
    const cooldown = options.cooldownMs ?? this.cooldownMs; // (undefined keeps the current value)
    if (!Number.isInteger(threshold) || threshold < 1) {
      throw new Error(`Circuit breaker failureThreshold must be an integer ≥ 1, got ${threshold}.`);
    }
    if (!Number.isFinite(cooldown) || cooldown < 0) throw new Error(`Circuit breaker cooldownMs must be ≥ 0, got ${cooldown}.`);
    this.failureThreshold = threshold;
    this.cooldownMs = cooldown;
  }

  get settings(): { failureThreshold: number; cooldownMs: number } {
    return { failureThreshold: this.failureThreshold, cooldownMs: this.cooldownMs };
  }

  /** May the module run now? Moves an open breaker whose cool-down passed to half-open. */
  allow(module: string): boolean {
    const entry = this.entries.get(module);
    if (entry === undefined || entry.openedAt === null) return true;
    if (this.now() - entry.openedAt >= this.cooldownMs) {
      entry.halfOpen = true;
      return true;
    }
    return false;
  }

  /** The modules to skip in the next run (their breakers are open and cooling down). */
  openModules(modules?: Iterable<string>): string[] {
    const names = modules === undefined ? [...this.entries.keys()] : [...modules];
    return names.filter((m) => !this.allow(m));
  }

  success(module: string): void {
    this.entries.delete(module);
  }

  failure(module: string): void {
    const entry = this.entries.get(module) ?? { failures: 0, openedAt: null, halfOpen: false };
    entry.failures++;
    if (entry.halfOpen || entry.failures >= this.failureThreshold) {
      entry.openedAt = this.now();
      entry.halfOpen = false;
    }
    this.entries.set(module, entry);
  }

  /** Open at once, whatever the count (a module that hung a worker must not get two more tries). */
  trip(module: string): void {
    const entry = this.entries.get(module) ?? { failures: 0, openedAt: null, halfOpen: false };
    entry.failures = Math.max(entry.failures + 1, this.failureThreshold);
    entry.openedAt = this.now();
    entry.halfOpen = false;
    this.entries.set(module, entry);
  }

  state(module: string): BreakerState {
    const entry = this.entries.get(module);
    if (entry === undefined) return { module, state: 'closed', failures: 0, openedAt: null, retryAt: null };
    if (entry.openedAt === null) return { module, state: 'closed', failures: entry.failures, openedAt: null, retryAt: null };
    const retryAt = entry.openedAt + this.cooldownMs;
    const coolingDown = this.now() < retryAt && !entry.halfOpen;
    return {
      module,
      state: coolingDown ? 'open' : 'half_open',
      failures: entry.failures,
      openedAt: new Date(entry.openedAt).toISOString(),
      retryAt: new Date(retryAt).toISOString(),
    };
  }

  /** Every module with a failure on record (closed modules without failures are omitted). */
  states(): BreakerState[] {
    return [...this.entries.keys()].sort().map((m) => this.state(m));
  }
}
