import { z } from 'zod';
import { tomlTextSchema } from './toml-text';
import type { Plan } from '../../domain/plan';
import { moduleKindSchema } from './modules';
import { portfolioSnapshotSchema } from './portfolio';

const component = z.object({ score: z.number(), weight: z.number(), contribution: z.number() });

export const scoreBreakdownSchema = z.object({
  totalReturn: component,
  diversification: component,
  longTermPromise: component,
  stability: component,
  opinion: component,
  endStateScore: z.number(),
  riskProfile: z.enum(['balanced', 'conservative', 'aggressive']),
  transactionCost: z.object({ totalCostEur: z.number(), costPenalty: z.number(), adjustedScore: z.number() }),
  multiObjective: z
    .object({ endScore: z.number(), diversificationScore: z.number(), riskScore: z.number(), transactionCost: z.number() })
    .optional(),
  multiTimeframe: z.object({ factor: z.number() }).optional(),
  stochastic: z
    .object({ meanScore: z.number(), worstScore: z.number(), finalScore: z.number(), scenariosEvaluated: z.number() })
    .optional(),
  monteCarlo: z
    .object({
      paths: z.number(),
      mean: z.number(),
      min: z.number(),
      max: z.number(),
      p10: z.number(),
      p90: z.number(),
      finalScore: z.number(),
    })
    .optional(),
});

export const planStepSchema = z.object({
  stepNumber: z.number().int(),
  side: z.enum(['BUY', 'SELL']),
  symbol: z.string(),
  name: z.string(),
  quantity: z.number(),
  estimatedPrice: z.number(),
  estimatedValueEur: z.number(),
  currency: z.string(),
  reason: z.string(),
  narrative: z.string(),
  isWindfall: z.boolean(),
  isAveragingDown: z.boolean(),
  contributesTo: z.array(z.string()),
});

export const planSchema = z.object({
  steps: z.array(planStepSchema),
  currentScore: z.number(),
  endStateScore: z.number(),
  improvement: z.number(),
  narrativeSummary: z.string(),
  scoreBreakdown: scoreBreakdownSchema.nullable(),
  cashRequiredEur: z.number(),
  cashGeneratedEur: z.number(),
  availableCashEur: z.number(),
  feasible: z.boolean(),
  source: z.string().nullable(),
});

/** The outcome of one planning run, with what the engine measured along the way. */
export const planRunResultSchema = z.object({
  runId: z.string(),
  plan: planSchema,
  seed: z.number().int(),
  engineVersion: z.string(),
  configHash: z.string(),
  portfolioHash: z.string(),
  moduleFailures: z.array(z.object({ module: z.string(), kind: moduleKindSchema, operation: z.string(), message: z.string() })),
  skippedModules: z.array(z.object({ module: z.string(), kind: moduleKindSchema, reason: z.string() })),
  timings: z.array(
    z.object({
      module: z.string(),
      kind: moduleKindSchema.optional(),
      operation: z.string(),
      count: z.number().int(),
      totalMs: z.number(),
      minMs: z.number(),
      maxMs: z.number(),
    }),
  ),
  sequencesGenerated: z.number().int(),
  sequencesEvaluated: z.number().int(),
  durationMs: z.number(),
});
export type PlanRunResult = z.infer<typeof planRunResultSchema>;

type Inferred = z.output<typeof planSchema>;
const sameShape: [Inferred] extends [Plan] ? ([Plan] extends [Inferred] ? true : false) : false = true;
void sameShape;

/** One planning request: a strategy file and the portfolio to plan for. */
export const planRequestSchema = z.object({
  toml: tomlTextSchema,
  portfolio: portfolioSnapshotSchema,
  /** Seed of the run's random numbers; the same seed (and inputs) gives the same plan. */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  runId: z.string().min(1).max(100).optional(),
  bucket: z.string().nullable().optional(),
  /** Modules the circuit breaker has open, as `moduleKey(kind, name)`: reported as skipped, not called. */
  skipModules: z.array(z.string()).optional(),
});
export type PlanRequest = z.output<typeof planRequestSchema>;
