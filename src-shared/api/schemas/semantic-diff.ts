import { z } from 'zod';
import { moduleKindSchema } from './modules';

/** A TOML value made JSON-safe: dates as ISO strings, nan/inf as the strings "nan", "inf", "-inf". */
export const tomlJsonValueSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.array(tomlJsonValueSchema), z.record(tomlJsonValueSchema)]),
);

export const valueChangeSchema = z.object({
  /** Key within its table; dotted for nested keys (`a.b`). */
  key: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  old: tomlJsonValueSchema.nullable(),
  new: tomlJsonValueSchema.nullable(),
  /** The parameter spec's default, or null for a key the catalog does not know. */
  default: tomlJsonValueSchema.nullable(),
  /** The value now in effect equals the default (a removed key falls back to it). */
  nowDefault: z.boolean(),
  known: z.boolean(),
});
export type ValueChange = z.infer<typeof valueChangeSchema>;

export const moduleChangeSchema = z.object({
  kind: moduleKindSchema,
  name: z.string(),
  /** Whether the catalog has a module of this kind and name. */
  known: z.boolean(),
  enabledBefore: z.boolean(),
  enabledAfter: z.boolean(),
  toggled: z.enum(['enabled', 'disabled']).nullable(),
  params: z.array(valueChangeSchema),
  /** Keys of the module table other than `enabled` and `params`. */
  otherKeys: z.array(valueChangeSchema),
});
export type ModuleChange = z.infer<typeof moduleChangeSchema>;

export const diffSideErrorSchema = z.object({
  side: z.enum(['old', 'new']),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const semanticDiffSchema = z.object({
  /** A side that does not parse: no semantic comparison is possible. */
  errors: z.array(diffSideErrorSchema),
  textEqual: z.boolean(),
  /**
   * Different text, same meaning: comments, whitespace, key order, number spelling, or writing
   * `enabled = true` for a module that was absent (on either way).
   */
  cosmeticOnly: z.boolean(),
  planner: z.array(valueChangeSchema),
  modules: z.array(moduleChangeSchema),
  /** Changes outside `[planner]` and the module sections, as dotted paths. */
  other: z.array(valueChangeSchema),
});
export type SemanticDiff = z.infer<typeof semanticDiffSchema>;
