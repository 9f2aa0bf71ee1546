export interface ConfigurationChange {
  bucket: string;
  previousHash: string;
  configHash: string;
}

/**
 * The planner instance cache: one built planner (a validated config ready to run) per bucket,
 * keyed by the config's hash. Asking for a bucket with a different hash means the bucket's
 * config changed: the old instance is dropped, `onChange` is told (the planner emits
 * `configuration_changed`) and a new one is built.
 */
export class PlannerInstanceCache<T> {
  private readonly byBucket = new Map<string, { configHash: string; instance: T }>();
  hits = 0;
  misses = 0;

  constructor(private readonly onChange: (change: ConfigurationChange) => void = () => {}) {}

  get(bucket: string, configHash: string, build: () => T): T {
    const cached = this.byBucket.get(bucket);
    if (cached !== undefined && cached.configHash === configHash) {
      this.hits++;
      return cached.instance;
    }
    this.misses++;
    const instance = build();
    this.byBucket.set(bucket, { configHash, instance });
    if (cached !== undefined) this.onChange({ bucket, previousHash: cached.configHash, configHash });
    return instance;
  }

  /** Drop a bucket's instance (e.g. its config assignment changed in the store). */
  invalidate(bucket: string): void {
    this.byBucket.delete(bucket);
  }

  buckets(): string[] {
    return [...this.byBucket.keys()];
  }

  hashOf(bucket: string): string | undefined {
    return this.byBucket.get(bucket)?.configHash;
  }
}
