import { z } from 'zod';

export const sourceRangeSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
});

export const configProblemSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.enum([
    'syntax',
    'unknown_section',
    'unknown_module',
    'unknown_key',
    'wrong_type',
    'out_of_range',
    'not_finite',
    'not_in_enum',
    'missing_required',
    'dependency',
    'performance',
  ]),
  path: z.array(z.string()),
  message: z.string(),
  range: sourceRangeSchema.optional(),
  suggestion: z
    .object({ label: z.string(), replacement: z.string(), range: sourceRangeSchema })
    .optional(),
});
