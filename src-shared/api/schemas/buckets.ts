import { z } from 'zod';

export const bucketNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, 'use 1-80 letters, digits, "_", "-" or "."');

export const assignmentReasons = ['seed', 'assign', 'rollback'] as const;

/** One row of a bucket's lane: which version it used from `assignedAt` on. */
export const assignmentSchema = z.object({
  id: z.number().int(),
  bucket: z.string(),
  configId: z.number().int(),
  configName: z.string(),
  version: z.number().int(),
  title: z.string(),
  assignedAt: z.string(),
  assignedBy: z.string(),
  reason: z.enum(assignmentReasons),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const bucketSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  /** The latest assignment, i.e. the version the bucket plans with now. */
  current: assignmentSchema.nullable(),
  /** The stored portfolio the bucket plans against; null: the first stored portfolio. */
  portfolioId: z.number().int().nullable(),
  portfolioName: z.string().nullable(),
});
export type Bucket = z.infer<typeof bucketSchema>;
