import { z } from 'zod';

export const runKinds = ['dry_run', 'plan', 'ab_arm', 'sweep_point'] as const;
export const runStatuses = ['ok', 'failed', 'cancelled'] as const;

/**
 * One recorded run (dry-run, plan, A/B arm or sweep point) with everything needed to re-run it
 * exactly: the config text and its hash, engine version, plugin set, the portfolio and the seed.
 */
export const runSummarySchema = z.object({
  id: z.number().int(),
  runId: z.string(),
  kind: z.enum(runKinds),
  /** Ties the arms of one A/B comparison or the points of one sweep together. */
  groupId: z.string().nullable(),
  label: z.string(),
  bucket: z.string().nullable(),
  configId: z.number().int().nullable(),
  configHash: z.string(),
  engineVersion: z.string(),
  pluginSet: z.array(z.string()),
  portfolioId: z.number().int().nullable(),
  portfolioHash: z.string(),
  seed: z.number().int(),
  status: z.enum(runStatuses),
  startedAt: z.string(),
  durationMs: z.number(),
  /** Small figures for lists (score, steps, cash required...), chosen by the recorder. */
  summary: z.record(z.unknown()),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const runRecordSchema = runSummarySchema.extend({
  configToml: z.string(),
  /** The portfolio snapshot when it was not a stored one (`portfolioId` null). */
  portfolio: z.unknown().nullable(),
  result: z.unknown().nullable(),
});
export type RunRecord = z.infer<typeof runRecordSchema>;
