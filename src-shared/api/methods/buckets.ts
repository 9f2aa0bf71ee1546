import { z } from 'zod';
import { method } from '../method';
import { assignmentSchema, bucketNameSchema, bucketSchema } from '../schemas/buckets';
import { configVersionSchema } from '../schemas/configs';

export const bucketsMethods = {
  'buckets.list': method('Every bucket with the version it uses now.', z.object({}).strict(), z.array(bucketSchema)),
  'buckets.assign': method(
    'Point a bucket at a version (the bucket is created on first use).',
    z.object({ bucket: bucketNameSchema, configId: z.number().int().positive() }).strict(),
    assignmentSchema,
  ),
  'buckets.rollback': method(
    'Move a bucket back to an earlier version of a config (no new version is created).',
    z.object({ bucket: bucketNameSchema, name: z.string().min(1), version: z.number().int().positive() }).strict(),
    assignmentSchema,
  ),
  'buckets.lane': method(
    'Assignment history, oldest first: which version each bucket (or one bucket) used from when.',
    z.object({ bucket: z.string().min(1).optional() }).strict(),
    z.array(assignmentSchema),
  ),
  'buckets.setPortfolio': method(
    'Choose the stored portfolio a bucket plans against (null: the first stored portfolio).',
    z.object({ bucket: bucketNameSchema, portfolioId: z.number().int().positive().nullable() }).strict(),
    bucketSchema,
  ),
  'buckets.current': method(
    'The config version a bucket plans with now.',
    z.object({ bucket: z.string().min(1) }).strict(),
    configVersionSchema,
  ),
} as const;
