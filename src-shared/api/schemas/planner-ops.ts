import { z } from 'zod';
import { tomlTextSchema } from './toml-text';
import { moduleKindSchema, paramValueSchema } from './modules';
import { planRunResultSchema } from './plan';
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

/** Where a resolved param's value comes from: the module's spec, the `[planner]` section (injected by the engine), or the file. */
export const paramSourceSchema = z.enum(['default', 'runtime', 'file']);
export type ParamSource = z.infer<typeof paramSourceSchema>;

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
      /** The params a run gives the module, merged by the engine's own function. */
      resolvedParams: z.record(paramValueSchema),
      paramSources: z.record(paramSourceSchema),
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

// ---- requests and responses of the planner's run calls (planner.plan, compare, sweep) ----

/** A strategy to run: editor text, a stored version (by id) or a preset (by id). */
export const configRefSchema = z.union([
  z.object({ toml: tomlTextSchema }).strict(),
  z.object({ configId: z.number().int().positive() }).strict(),
  z.object({ presetId: z.number().int().positive() }).strict(),
]);
export type ConfigRef = z.infer<typeof configRefSchema>;

const seedSchema = z.number().int().min(0).max(0xffffffff);
const runIdSchema = z.string().min(1).max(100);

export const planCallSchema = z
  .object({
    /** The strategy text; or `configId`; or neither, with `bucket`: the bucket's current config. */
    toml: tomlTextSchema.optional(),
    configId: z.number().int().positive().optional(),
    /** A stored portfolio; default: the first one (the sample portfolio on a fresh store). */
    portfolioId: z.number().int().positive().optional(),
    seed: seedSchema.optional(),
    bucket: z.string().min(1).max(100).nullable().optional(),
    /** Chosen by the caller so it can cancel before the answer arrives. */
    runId: runIdSchema.optional(),
  })
  .strict()
  .refine((r) => !(r.toml !== undefined && r.configId !== undefined), { message: 'give either toml or configId, not both', path: ['configId'] })
  .refine((r) => r.toml !== undefined || r.configId !== undefined || (r.bucket ?? null) !== null, {
    message: 'give toml, configId or bucket',
    path: ['toml'],
  });

export const compareArmSchema = z.object({
  label: z.string(),
  runId: z.string(),
  result: planRunResultSchema,
});

export const compareCallSchema = z
  .object({ a: configRefSchema, b: configRefSchema, portfolioId: z.number().int().positive().optional(), seed: seedSchema.optional(), runId: runIdSchema.optional() })
  .strict();

export const compareResultSchema = z.object({
  groupId: z.string(),
  seed: z.number().int(),
  portfolioId: z.number().int(),
  a: compareArmSchema,
  b: compareArmSchema,
  winner: z.enum(['A', 'B', 'tie']),
  /** |score A − score B| on the 0–1 scale. */
  margin: z.number(),
  /** Total time per module in each arm (null: the module did not run in that arm). */
  timings: z.array(z.object({ module: z.string(), msA: z.number().nullable(), msB: z.number().nullable() })),
});
export type CompareResult = z.infer<typeof compareResultSchema>;

export const sweepAxisSchema = z
  .object({
    /** TOML key path: `["planner","max_depth"]` or `["pattern_generators","direct_buy","params","max_depth"]`. */
    path: z.array(z.string().min(1)).min(2).max(4),
    /** The values to try; or `from`, `to`, `steps` for evenly spaced ones. */
    values: z.array(z.number().finite()).min(1).max(50).optional(),
    from: z.number().finite().optional(),
    to: z.number().finite().optional(),
    steps: z.number().int().min(1).max(50).optional(),
  })
  .strict()
  .refine((a) => a.values !== undefined || (a.from !== undefined && a.to !== undefined && a.steps !== undefined), {
    message: 'give values, or from, to and steps',
  });

export const sweepCallSchema = z
  .object({
    toml: tomlTextSchema.optional(),
    configId: z.number().int().positive().optional(),
    portfolioId: z.number().int().positive().optional(),
    seed: seedSchema.optional(),
    runId: runIdSchema.optional(),
    axes: z.array(sweepAxisSchema).min(1).max(2),
  })
  .strict()
  .refine((r) => (r.toml === undefined) !== (r.configId === undefined), { message: 'give either toml or configId', path: ['toml'] });

export const sweepPointSchema = z.object({
  /** One value per axis, in axis order. */
  values: z.array(z.number()),
  runId: z.string(),
  status: z.enum(['ok', 'failed']),
  endStateScore: z.number().nullable(),
  trades: z.number().int().nullable(),
  /** Traded value (buys + sells) / total portfolio value. */
  turnover: z.number().nullable(),
  message: z.string().nullable(),
});
export type SweepPoint = z.infer<typeof sweepPointSchema>;

export const sweepResultSchema = z.object({
  runId: z.string(),
  groupId: z.string(),
  seed: z.number().int(),
  axes: z.array(z.object({ path: z.array(z.string()), values: z.array(z.number()) })),
  points: z.array(sweepPointSchema),
  /** True when the sweep was cancelled; `points` holds those finished before. */
  cancelled: z.boolean(),
});
export type SweepResult = z.infer<typeof sweepResultSchema>;
