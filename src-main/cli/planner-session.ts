import fs from 'node:fs';
import { StudioError } from '../../src-shared/api/errors';
import type { ConfigRef } from '../../src-shared/api/schemas/planner-ops';
import { resolveVersionRef } from '../api/use-cases/configs';
import type { PlannerRunDeps } from '../api/use-cases/planner-runs';
import { listAllPortfolios } from '../api/use-cases/portfolios';
import { listAllPresets } from '../api/use-cases/presets';
import { openPlannerOps, studioPluginFiles } from '../planner/ops/open-planner-ops';
import type { PlannerOps } from '../planner/ops/planner-ops';
import { bundledPluginsDir, discoverPluginFiles } from '../planner/ops/plugins';
import { PlannerService } from '../planner/service';
import { positiveInt, UsageError } from './args';
import type { CommandContext } from './command';

/** The planner for one CLI command: one worker, plugins loaded (the user's too unless told not to). */
export async function withPlanner<T>(
  ctx: CommandContext,
  options: { userPlugins: boolean },
  fn: (session: { planner: PlannerService; ops: PlannerOps; deps: () => Promise<PlannerRunDeps> }) => Promise<T>,
): Promise<T> {
  const files = options.userPlugins ? studioPluginFiles(ctx.dataDir) : discoverPluginFiles([{ dir: bundledPluginsDir(), origin: 'bundled' }]);
  const planner = new PlannerService({ workers: 1, pluginFiles: files });
  try {
    const results = await planner.pluginResults();
    for (const r of results.filter((p) => p.status !== 'loaded')) ctx.stderr(`warning: plugin ${r.file} not loaded (${r.status}): ${r.message ?? ''}\n`);
    const ops = openPlannerOps({ dataDir: ctx.dataDir, engine: planner });
    const deps = async (): Promise<PlannerRunDeps> => ({ store: await ctx.store(), ops, publish: () => {} });
    return await fn({ planner, ops, deps });
  } finally {
    await planner.close();
  }
}

/** A strategy argument: a TOML file if one exists at that path, else a stored `name[@version]` or version id. */
export async function readStrategy(ctx: CommandContext, ref: string): Promise<{ toml: string; label: string; file?: string; configId: number | null }> {
  if (fs.existsSync(ref) && fs.statSync(ref).isFile()) return { toml: fs.readFileSync(ref, 'utf8'), label: ref, file: ref, configId: null };
  const version = resolveVersionRef(await ctx.store(), ref);
  return { toml: version.configToml, label: `${version.name}@${version.version}`, configId: version.id };
}

/** An A/B arm: a file, `preset:<name>`, or a stored `name[@version]` / id. */
export async function readConfigRef(ctx: CommandContext, ref: string): Promise<{ ref: ConfigRef; file?: string }> {
  if (ref.startsWith('preset:')) {
    const name = ref.slice('preset:'.length);
    const preset = listAllPresets(await ctx.store()).find((p) => p.name === name);
    if (preset === undefined) throw new StudioError('not_found', `No preset named "${name}".`);
    return { ref: { presetId: preset.id } };
  }
  const s = await readStrategy(ctx, ref);
  return s.configId === null ? { ref: { toml: s.toml }, file: s.file } : { ref: { configId: s.configId } };
}

/** `--portfolio`: a stored portfolio's id or name (default: the first stored one). */
export async function portfolioOption(ctx: CommandContext): Promise<number | undefined> {
  const value = ctx.args.values.portfolio;
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return positiveInt(value, '--portfolio');
  const found = listAllPortfolios(await ctx.store()).find((p) => p.name === value);
  if (found === undefined) throw new StudioError('not_found', `No stored portfolio named "${value}" (see the app's portfolio list, or pass its id).`);
  return found.id;
}

export function seedOption(ctx: CommandContext): number | undefined {
  const value = ctx.args.values.seed;
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) throw new UsageError(`--seed must be a whole number from 0 to 4294967295, not "${value}".`);
  return Number(value);
}

/** Re-throws a strategy error with the file it came from, so problems print as `file:line:col`. */
export function inFile<T>(file: string | undefined, fn: () => Promise<T>): Promise<T> {
  return fn().catch((error: unknown) => {
    if (file !== undefined && error instanceof StudioError && error.code === 'invalid_config') {
      throw new StudioError(error.code, `${file}: ${error.message}`, { problems: error.problems, file });
    }
    throw error;
  });
}
