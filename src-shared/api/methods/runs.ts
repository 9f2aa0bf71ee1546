import { z } from 'zod';
import { method } from '../method';
import { runKinds, runRecordSchema, runSummarySchema } from '../schemas/runs';

export const runsMethods = {
  'runs.list': method(
    'Recorded runs, newest first, optionally by kind, A/B or sweep group, or config version.',
    z
      .object({
        kind: z.enum(runKinds).optional(),
        groupId: z.string().optional(),
        configId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    z.array(runSummarySchema),
  ),
  'runs.get': method('One run with its config text, portfolio and result.', z.object({ runId: z.string().min(1) }).strict(), runRecordSchema),
} as const;
