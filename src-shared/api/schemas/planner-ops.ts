import { z } from 'zod';
import { moduleKindSchema } from './modules';
import { configProblemSchema } from './problems';

/**
 * Runtime schemas of the planner's operational reports: performance, circuit breaker, plugin
 * load results, dry-run and health. The main side builds them (`src-main/planner/ops`), the UI
 * and the CLI read them.
 */

export const operationStatsSchema = z.object({
  module: z.string(),
  operation: z.string(),
  count: z.number().int(),
  totalMs: z.number(),
  meanMs: z.number(),
  minMs: z.number(),
  maxMs: z.number(),
});
export type OperationStats = z.infer<typeof operationStatsSchema>;

export const cacheStatsSchema = z.object({
  hits: z.number().int(),
  misses: z.number().int(),
  /** hits / (hits + misses); 0 when the cache was never asked. */
  hitRate: z.number(),
});
export type CacheStats = z.infer<typeof cacheStatsSchema>;

/** The per-run "Performance Report": as data here, as text in `text`. */
export const perfReportSchema = z.object({
  runId: z.string(),
  bucket: z.string().nullable(),
  durationMs: z.number(),
  operations: z.array(operationStatsSchema),
  sequencesGenerated: z.number().int(),
  sequencesEvaluated: z.number().int(),
  calculationCache: cacheStatsSchema,
  instanceCache: cacheStatsSchema,
});
export type PerfReport = z.infer<typeof perfReportSchema>;

export const breakerStateSchema = z.object({
  module: z.string(),
  state: z.enum(['closed', 'open', 'half_open']),
  /** Consecutive failures counted since the last success. */
  failures: z.number().int(),
  /** ISO time the breaker opened (null when closed). */
  openedAt: z.string().nullable(),
  /** ISO time an open breaker lets one trial call through (null when closed). */
  retryAt: z.string().nullable(),
});
export type BreakerState = z.infer<typeof breakerStateSchema>;

export const pluginLoadResultSchema = z.object({
  file: z.string(),
  origin: z.enum(['bundled', 'user']),
  status: z.enum(['loaded', 'failed', 'timeout']),
  /** Modules the plugin registered, as `kind:name`. */
  modules: z.array(z.object({ kind: moduleKindSchema, name: z.string() })),
  message: z.string().nullable(),
  loadMs: z.number(),
});
export type PluginLoadResult = z.infer<typeof pluginLoadResultSchema>;

export const sequenceEstimateSchema = z.object({
  module: z.string(),
  kind: moduleKindSchema,
  /** Depth the estimate is for (patterns run at each depth with batch generation); null = once per run. */
  depth: z.number().int().nullable(),
  /** Upper bound of sequences the module can produce. */
  maxSequences: z.number().int(),
  note: z.string(),
});
export type SequenceEstimate = z.infer<typeof sequenceEstimateSchema>;

export const dryRunReportSchema = z.object({
  valid: z.boolean(),
  problems: z.array(configProblemSchema),
  warnings: z.array(z.string()),
  modules: z.array(
    z.object({
      name: z.string(),
      kind: moduleKindSchema,
      enabled: z.boolean(),
      source: z.string(),
      breaker: z.enum(['closed', 'open', 'half_open']),
    }),
  ),
  estimates: z.array(sequenceEstimateSchema),
  /** Upper bound of sequences generated before filtering, and evaluated after it. */
  totalMaxGenerated: z.number().int(),
  totalMaxEvaluated: z.number().int(),
  plugins: z.array(pluginLoadResultSchema),
});
export type DryRunReport = z.infer<typeof dryRunReportSchema>;

export const healthStatuses = ['healthy', 'degraded', 'unhealthy'] as const;
export type HealthStatus = (typeof healthStatuses)[number];

export const healthCheckSchema = z.object({
  name: z.string(),
  status: z.enum(healthStatuses),
  message: z.string(),
});
export type HealthCheck = z.infer<typeof healthCheckSchema>;

export const healthReportSchema = z.object({
  status: z.enum(healthStatuses),
  checkedAt: z.string(),
  checks: z.array(healthCheckSchema),
  /** Why the status is not healthy (the messages of the checks that are not). */
  reasons: z.array(z.string()),
  breakers: z.array(breakerStateSchema),
  plugins: z.array(pluginLoadResultSchema),
});
export type HealthReport = z.infer<typeof healthReportSchema>;
