import { z } from 'zod';
import type { ModuleCatalog } from '../../domain/modules';

/** Runtime schema of the module catalog (`planner.catalog`), mirroring `domain/modules.ts`. */
export const moduleKindSchema = z.enum(['calculator', 'pattern', 'sequence_generator', 'filter']);

export const paramValueSchema = z.union([z.number(), z.boolean(), z.string(), z.array(z.number()), z.array(z.string())]);

export const paramSpecSchema = z.object({
  type: z.enum(['number', 'integer', 'boolean', 'string', 'number[]', 'string[]']),
  default: paramValueSchema,
  min: z.number().optional(),
  max: z.number().optional(),
  enum: z.array(z.string()).readonly().optional(),
  unit: z.string().optional(),
  description: z.string(),
});

const paramSpecsSchema = z.record(paramSpecSchema);

export const moduleMetadataSchema = z.object({
  name: z.string(),
  kind: moduleKindSchema,
  version: z.string(),
  author: z.string(),
  description: z.string(),
  tags: z.array(z.string()).readonly(),
  dependencies: z
    .array(z.object({ kind: moduleKindSchema, anyOf: z.array(z.string()).readonly().optional(), reason: z.string() }))
    .readonly(),
  source: z.union([z.object({ type: z.literal('builtin') }), z.object({ type: z.literal('plugin'), plugin: z.string() })]),
});

export const moduleCatalogSchema = z.object({
  engineVersion: z.string(),
  planner: paramSpecsSchema,
  modules: z.array(z.object({ meta: moduleMetadataSchema, params: paramSpecsSchema })).readonly(),
});

type Inferred = z.output<typeof moduleCatalogSchema>;
const assignable: [Inferred] extends [ModuleCatalog] ? true : false = true;
void assignable;
