import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginLoadResult } from '../../../src-shared/api/schemas/planner-ops';
import { moduleKey, type ModuleKind } from '../../../src-shared/domain/modules';
import { resourcesDir } from '../../platform/paths';
import type { CatalogRegistry } from '../catalog-registry';
import type { AnyModule } from '../module-types';
import type { ModuleRegistry } from '../registry';
import { PLUGIN_API_VERSION, stagingApi } from './plugin-api';
import { probePlugin } from './plugin-probe';

export type PluginOrigin = PluginLoadResult['origin'];

export interface PluginFile {
  file: string;
  origin: PluginOrigin;
}

export const DEFAULT_PLUGIN_TIMEOUT_MS = 3000;

/**
 * The bundled `plugins/` folder, among the shipped resources (the repository root in development,
 * `process.resourcesPath` when packaged); `PLANNER_STUDIO_PLUGINS_DIR` overrides it.
 */
export function bundledPluginsDir(): string {
  return process.env.PLANNER_STUDIO_PLUGINS_DIR ?? path.join(resourcesDir(), 'plugins');
}

export function userPluginsDir(dataDir: string): string {
  return path.join(dataDir, 'plugins');
}

/**
 * The plugin files of some folders: `*.js` and `*.mjs` directly inside each (sub-folders such as
 * `plugins/test-fixtures/` are not loaded), sorted by name so the load order is stable. A folder
 * that does not exist has no plugins.
 */
export function discoverPluginFiles(dirs: readonly { dir: string; origin: PluginOrigin }[]): PluginFile[] {
  const out: PluginFile[] = [];
  for (const { dir, origin } of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const file = path.join(dir, name);
      if (/\.m?js$/.test(name) && fs.statSync(file).isFile()) out.push({ file, origin });
    }
  }
  return out;
}

function registerFunction(mod: Record<string, unknown>): ((api: unknown) => unknown) | null {
  const d = mod.default as unknown;
  if (typeof d === 'function') return d as (api: unknown) => unknown;
  if (typeof mod.register === 'function') return mod.register as (api: unknown) => unknown;
  if (typeof d === 'object' && d !== null && typeof (d as { register?: unknown }).register === 'function') {
    const obj = d as { register: (api: unknown) => unknown };
    return (api) => obj.register(api);
  }
  return null;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why a plugin's modules cannot all be added (a plugin registers all of them or none): the first
 * name taken already, or twice by the plugin itself. Null when all are free.
 */
function refusal(modules: readonly { kind: ModuleKind; name: string }[], taken: (kind: ModuleKind, name: string) => boolean): string | null {
  const names = new Set<string>();
  for (const { kind, name } of modules) {
    const key = moduleKey(kind, name);
    if (names.has(key) || taken(kind, name)) return `a ${kind} named "${name}" is already registered; plugin not loaded`;
    names.add(key);
  }
  return null;
}

function loadResult(plugin: PluginFile, started: number, status: PluginLoadResult['status'], modules: { kind: ModuleKind; name: string }[], msg: string | null): PluginLoadResult {
  return { file: plugin.file, origin: plugin.origin, status, modules, message: msg, loadMs: performance.now() - started };
}

/**
 * Import one plugin in this (planner worker) thread and register its modules into `registry`,
 * all or nothing: modules are staged while `register` runs, checked against names already taken,
 * then added. Never throws: every problem is the result's `message`.
 */
async function registerPluginFile(registry: ModuleRegistry, plugin: PluginFile): Promise<PluginLoadResult> {
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(plugin.file).href)) as Record<string, unknown>;
    const register = registerFunction(mod);
    if (register === null) return loadResult(plugin, started, 'failed', [], 'exports no register function (export default function register(planner) { ... })');
    const staged: { kind: ModuleKind; module: AnyModule }[] = [];
    await register(stagingApi(path.basename(plugin.file), staged));
    if (staged.length === 0) return loadResult(plugin, started, 'failed', [], 'registered no modules');
    const modules = staged.map(({ kind, module }) => ({ kind, name: module.meta.name }));
    const refused = refusal(modules, (kind, name) => registry.get(kind, name) !== undefined);
    if (refused !== null) return loadResult(plugin, started, 'failed', [], refused);
    for (const { kind, module } of staged) registry.register(kind, module as never);
    return loadResult(plugin, started, 'loaded', modules, null);
  } catch (error) {
    return loadResult(plugin, started, 'failed', [], message(error));
  }
}

/**
 * The hook a planner worker calls at start-up with the files the main thread already probed:
 * import and register each, in order. Results are returned, never thrown.
 */
export async function registerPluginFiles(registry: ModuleRegistry, plugins: readonly PluginFile[]): Promise<PluginLoadResult[]> {
  const results: PluginLoadResult[] = [];
  for (const plugin of plugins) results.push(await registerPluginFile(registry, plugin));
  return results;
}

/**
 * Load plugins for the main thread, which never imports them: each is probed in a throwaway
 * worker with a time limit (a looping or crashing plugin is reported as `timeout`/`failed`), and
 * the checked descriptors of its modules are added to `catalog`, all or nothing. Returns one
 * result per file, in order; the files that `loaded` are what planner workers import and run.
 */
export async function loadPlugins(
  catalog: CatalogRegistry,
  plugins: readonly PluginFile[],
  options: { timeoutMs?: number } = {},
): Promise<PluginLoadResult[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PLUGIN_TIMEOUT_MS;
  const results: PluginLoadResult[] = [];
  for (const plugin of plugins) {
    const started = performance.now();
    const probe = await probePlugin(plugin.file, { timeoutMs, apiVersion: PLUGIN_API_VERSION });
    if (probe.status !== 'ok') {
      results.push(loadResult(plugin, started, probe.status, [], probe.message));
      continue;
    }
    const modules = probe.modules.map(({ meta }) => ({ kind: meta.kind, name: meta.name }));
    const refused = modules.length === 0 ? 'registered no modules' : refusal(modules, (kind, name) => catalog.has(kind, name));
    if (refused !== null) {
      results.push(loadResult(plugin, started, 'failed', [], refused));
      continue;
    }
    for (const descriptor of probe.modules) catalog.addPlugin(descriptor);
    results.push(loadResult(plugin, started, 'loaded', modules, null));
  }
  return results;
}

/** The files of the results that loaded, for the planner workers' init. */
export function loadedPluginFiles(results: readonly PluginLoadResult[]): PluginFile[] {
  return results.filter((r) => r.status === 'loaded').map((r) => ({ file: r.file, origin: r.origin }));
}
