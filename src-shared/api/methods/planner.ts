import { z } from 'zod';
import { tomlTextSchema } from '../schemas/toml-text';
import { method } from '../method';
import { moduleCatalogSchema } from '../schemas/modules';
import { configProblemSchema } from '../schemas/problems';
import { planRunResultSchema } from '../schemas/plan';
import {
  compareCallSchema,
  compareResultSchema,
  dryRunReportSchema,
  healthReportSchema,
  perfReportSchema,
  planCallSchema,
  pluginLoadResultSchema,
  sweepCallSchema,
  sweepResultSchema,
} from '../schemas/planner-ops';

export const plannerMethods = {
  'planner.catalog': method(
    'Every planner module (built-ins and plugins) with its metadata and parameter specs, and the [planner] keys.',
    z.object({}).strict(),
    moduleCatalogSchema,
  ),
  'planner.schema': method(
    'The JSON Schema of strategy files, generated from the catalog (the editor\'s completion, hover and diagnostics use it).',
    z.object({}).strict(),
    z.record(z.unknown()),
  ),
  'planner.validate': method(
    'Every problem of a strategy text, each with its TOML path and line/column.',
    z.object({ toml: tomlTextSchema }).strict(),
    z.object({ problems: z.array(configProblemSchema) }),
  ),
  // Runs and operations (OPS helper; handlers in src-main/api/handlers/planner-ops.ts)
  'planner.plan': method(
    'Plan a strategy (text, stored version, or a bucket\'s current config) on a stored portfolio in a worker; recorded as a plan run. Events and progress are pushed while it runs.',
    planCallSchema,
    planRunResultSchema,
  ),
  'planner.cancel': method(
    'Cancel a running plan, comparison or sweep by its run id.',
    z.object({ runId: z.string().min(1).max(100) }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
  'planner.dryRun': method(
    'Validate a strategy text against every module and parameter, check dependencies, estimate the sequences per generator and depth, and list warnings, without planning. `record: true` keeps it as a dry_run run.',
    z.object({ toml: tomlTextSchema, record: z.boolean().optional() }).strict(),
    dryRunReportSchema,
  ),
  'planner.health': method(
    'Health of the planner: modules loadable, config valid (the given text, or the bucket\'s config), dependencies met, circuit breakers, plugins, store.',
    z.object({ toml: tomlTextSchema.optional(), bucket: z.string().min(1).max(100).optional() }).strict(),
    healthReportSchema,
  ),
  'planner.performance': method(
    'The performance report of a run (the latest when no run id is given), as data and as text.',
    z.object({ runId: z.string().min(1).max(100).optional() }).strict(),
    z.object({ report: perfReportSchema, text: z.string() }),
  ),
  'planner.plugins': method('Every plugin file found, with what it registered or why it was not loaded.', z.object({}).strict(), z.array(pluginLoadResultSchema)),
  'planner.docs': method('The Markdown reference of every module (plugins included).', z.object({}).strict(), z.object({ markdown: z.string() })),
  'planner.compare': method(
    'A/B: plan two strategies on the same portfolio and seed; both results, per-module timings, winner and margin. Recorded as two A/B arms.',
    compareCallSchema,
    compareResultSchema,
  ),
  'planner.sweep': method(
    'Plan one strategy over a grid of one or two numeric parameters; per point the end-state score, trades and turnover. Pushes progress; cancellable.',
    sweepCallSchema,
    sweepResultSchema,
  ),
} as const;
