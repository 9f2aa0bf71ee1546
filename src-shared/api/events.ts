import { z } from 'zod';

/**
 * Everything the main side pushes to the UI, on both transports (Electron `webContents.send`,
 * the web host's server-sent events). Pushes carry facts; the UI decides what to refetch.
 */
export const plannerEventTypes = [
  'generation_started',
  'generation_completed',
  'evaluation_started',
  'evaluation_completed',
  'best_sequence_updated',
  'planning_completed',
  'module_failed',
  'module_skipped',
  'configuration_changed',
  'cache_hit',
  'cache_miss',
] as const;
export type PlannerEventType = (typeof plannerEventTypes)[number];

export const plannerEventSchema = z.object({
  type: z.enum(plannerEventTypes),
  /** ISO-8601 time the event happened. */
  timestamp: z.string(),
  bucket: z.string().nullable(),
  runId: z.string(),
  data: z.record(z.unknown()),
});
export type PlannerEvent = z.infer<typeof plannerEventSchema>;

/** Progress of a long run (plan, A/B arm, sweep), so the UI can show a bar and offer cancel. */
export const runProgressSchema = z.object({
  runId: z.string(),
  stage: z.string(),
  done: z.number(),
  total: z.number(),
});
export type RunProgress = z.infer<typeof runProgressSchema>;

export const storeEntities = ['configs', 'buckets', 'presets', 'portfolios', 'runs', 'drafts'] as const;
export type StoreEntity = (typeof storeEntities)[number];

/**
 * Commands of the desktop app's menu, pushed to the UI as `menu` events (the UI owns the state
 * they act on). `file.openRecent` carries the path of the recent file picked.
 */
export const menuCommands = [
  'file.new',
  'file.open',
  'file.openRecent',
  'file.export',
  'file.save',
  'file.clone',
  'view.themeLight',
  'view.themeDark',
  'view.themeSystem',
  'planner.dryRun',
  'planner.plan',
  'planner.compare',
  'planner.sweep',
  'help.moduleReference',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const menuEventSchema = z.object({ command: z.enum(menuCommands), path: z.string().optional() });
export type MenuEvent = z.infer<typeof menuEventSchema>;

export const studioEventSchema = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('planner'), event: plannerEventSchema }),
  z.object({ channel: z.literal('progress'), event: runProgressSchema }),
  z.object({ channel: z.literal('store'), event: z.object({ entity: z.enum(storeEntities) }) }),
  z.object({
    channel: z.literal('notice'),
    event: z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
  }),
  z.object({ channel: z.literal('menu'), event: menuEventSchema }),
  // Made by a transport, never sent by the main side: the push stream came back after a drop,
  // so pushes may have been missed while it was down.
  z.object({ channel: z.literal('connection'), event: z.object({ state: z.literal('resumed') }) }),
]);
export type StudioEvent = z.infer<typeof studioEventSchema>;
