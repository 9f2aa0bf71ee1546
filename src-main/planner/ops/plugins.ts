import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginLoadResult } from '../../../src-shared/api/schemas/planner-ops';
import type { ModuleKind } from '../../../src-shared/domain/modules';
import { resourcesDir } from '../../platform/paths';
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
 * Import one plugin in this thread and register its modules into `registry`, all or nothing:
 * modules are staged while `register` runs, checked against names already taken, then added.
 * Never throws: every problem is the result's `message`.
 */
export async function registerPluginFile(registry: ModuleRegistry, plugin: PluginFile): Promise<PluginLoadResult> {
  const started = performance.now();
  const label = path.basename(plugin.file);
  const result = (status: PluginLoadResult['status'], modules: { kind: ModuleKind; name: string }[], msg: string | null): PluginLoadResult => ({
    file: plugin.file,
    origin: plugin.origin,
    status,
    modules,
    message: msg,
    loadMs: performance.now() - started,
  });
  try {
    const mod = (await import(pathToFileURL(plugin.file).href)) as Record<string, unknown>;
    const register = registerFunction(mod);
    if (register === null) return result('failed', [], 'exports no register function (export default function register(planner) { ... })');
    const staged: { kind: ModuleKind; module: AnyModule }[] = [];
    await register(stagingApi(label, staged));
    if (staged.length === 0) return result('failed', [], 'registered no modules');
    const names = new Set<string>();
    for (const { kind, module } of staged) {
      const key = `${kind}:${module.meta.name}`;
      if (names.has(key) || registry.get(kind, module.meta.name) !== undefined) {
        return result('failed', [], `a ${kind} named "${module.meta.name}" is already registered; plugin not loaded`);
      }
      names.add(key);
    }
    for (const { kind, module } of staged) registry.register(kind, module as never);
    return result('loaded', staged.map(({ kind, module }) => ({ kind, name: module.meta.name })), null);
  } catch (error) {
    return result('failed', [], message(error));
  }
}

/**
 * The hook a planner worker calls at start-up with the files the main thread already probed:
 * register each, in order. Results are returned, never thrown.
 */
export async function registerPluginFiles(registry: ModuleRegistry, plugins: readonly PluginFile[]): Promise<PluginLoadResult[]> {
  const results: PluginLoadResult[] = [];
  for (const plugin of plugins) results.push(await registerPluginFile(registry, plugin));
  return results;
}

/**
 * Load plugins in the main thread: each is first probed in a throwaway worker with a time limit
 * (a looping or crashing plugin is reported as `timeout`/`failed` and never imported here),
 * then imported and registered. Returns one result per file; the files that `loaded` are what
 * planner workers must load too.
 */
export async function loadPlugins(
  registry: ModuleRegistry,
  plugins: readonly PluginFile[],
  options: { timeoutMs?: number } = {},
): Promise<PluginLoadResult[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PLUGIN_TIMEOUT_MS;
  const results: PluginLoadResult[] = [];
  for (const plugin of plugins) {
    const started = performance.now();
    const probe = await probePlugin(plugin.file, { timeoutMs, apiVersion: PLUGIN_API_VERSION });
    if (probe.status !== 'ok') {
      results.push({ file: plugin.file, origin: plugin.origin, status: probe.status, modules: [], message: probe.message, loadMs: performance.now() - started });
      continue;
    }
    results.push(await registerPluginFile(registry, plugin));
  }
  return results;
}

/** The files of the results that loaded, for the planner workers' init. */
export function loadedPluginFiles(results: readonly PluginLoadResult[]): PluginFile[] {
  return results.filter((r) => r.status === 'loaded').map((r) => ({ file: r.file, origin: r.origin }));
}
