import { validateStrategy } from '../../../src-shared/config/validate';
import type { HealthCheck, HealthReport, HealthStatus, PluginLoadResult } from '../../../src-shared/api/schemas/planner-ops';
import { MODULE_KINDS, type ModuleCatalog } from '../../../src-shared/domain/modules';
import type { CircuitBreaker } from './circuit-breaker';

const RANK: Readonly<Record<HealthStatus, number>> = { healthy: 0, degraded: 1, unhealthy: 2 };

export interface HealthInput {
  /** The catalog, or the error that kept the registries from building. */
  catalog: ModuleCatalog | Error;
  plugins: readonly PluginLoadResult[];
  breaker: CircuitBreaker;
  /** A strategy file to check (the bucket's config or the editor's text); omitted = not checked. */
  config?: { label: string; toml: string };
  /** Touches the store; throws when it cannot be reached. */
  pingStore?: () => void | Promise<void>;
  /** What the store had to repair when it opened (a damaged file replaced by its backup). */
  storeRecovery?: { usedBackup: boolean; messages: string[] } | null;
  /** Why the store's last background snapshot failed (e.g. disk full), or null. */
  storeCompactionError?: string | null;
  now?: () => Date;
}

function check(name: string, status: HealthStatus, message: string): HealthCheck {
  return { name, status, message };
}

function modulesCheck(catalog: ModuleCatalog | Error): HealthCheck {
  if (catalog instanceof Error) return check('modules', 'unhealthy', `The planner's modules could not be loaded: ${catalog.message}`);
  const empty = MODULE_KINDS.filter((kind) => !catalog.modules.some((m) => m.meta.kind === kind));
  if (empty.length > 0) return check('modules', 'unhealthy', `No ${empty.join(', ')} module is registered.`);
  const plugins = catalog.modules.filter((m) => m.meta.source.type === 'plugin').length;
  return check('modules', 'healthy', `${catalog.modules.length} modules loadable (${plugins} from plugins).`);
}

function configChecks(catalog: ModuleCatalog | Error, config: HealthInput['config']): HealthCheck[] {
  if (config === undefined) return [];
  if (catalog instanceof Error) return [check('config', 'unhealthy', `${config.label} cannot be checked without modules.`)];
  const { problems } = validateStrategy(config.toml, catalog);
  const errors = problems.filter((p) => p.severity === 'error');
  const deps = problems.filter((p) => p.code === 'dependency');
  const first = (list: typeof problems): string => list.slice(0, 3).map((p) => p.message).join('; ');
  return [
    errors.length > 0
      ? check('config', 'unhealthy', `${config.label} has ${errors.length} error${errors.length > 1 ? 's' : ''}: ${first(errors)}`)
      : check('config', 'healthy', `${config.label} is valid.`),
    deps.length > 0
      ? check('dependencies', 'degraded', `${config.label}: ${deps.length} unmet dependenc${deps.length > 1 ? 'ies' : 'y'}: ${first(deps)}`)
      : check('dependencies', 'healthy', `${config.label}: module dependencies are met.`),
  ];
}

function breakerCheck(breaker: CircuitBreaker): HealthCheck {
  const states = breaker.states();
  const open = states.filter((s) => s.state !== 'closed');
  const failing = states.filter((s) => s.state === 'closed' && s.failures > 0);
  if (open.length === 0 && failing.length === 0) return check('circuit breakers', 'healthy', 'No module is failing.');
  const parts = [
    ...open.map((s) => `${s.module} is ${s.state === 'open' ? `skipped until ${s.retryAt}` : 'on trial'} after ${s.failures} failures`),
    ...failing.map((s) => `${s.module} failed ${s.failures} time${s.failures > 1 ? 's' : ''} in a row`),
  ];
  return check('circuit breakers', 'degraded', `${parts.join('; ')}.`);
}

function pluginsCheck(plugins: readonly PluginLoadResult[]): HealthCheck {
  const bad = plugins.filter((p) => p.status !== 'loaded');
  if (bad.length === 0) return check('plugins', 'healthy', `${plugins.length} plugin${plugins.length === 1 ? '' : 's'} loaded.`);
  return check('plugins', 'degraded', `${bad.map((p) => `${p.file} ${p.status === 'timeout' ? 'timed out' : 'failed'}: ${p.message ?? ''}`).join('; ')}`);
}

async function storeCheck(
  ping: HealthInput['pingStore'],
  recovery: HealthInput['storeRecovery'],
  compactionError: HealthInput['storeCompactionError'],
): Promise<HealthCheck[]> {
  if (ping === undefined) return [];
  try {
    await ping();
    if (compactionError) {
      return [
        check(
          'store',
          'degraded',
          `The config store is reachable, but it could not write a new snapshot (${compactionError}); saves are kept in its journal until it can.`,
        ),
      ];
    }
    if (recovery?.usedBackup) {
      return [check('store', 'degraded', `The config store is reachable; at open it was restored from its backup: ${recovery.messages.join(' ')}`)];
    }
    return [check('store', 'healthy', 'The config store is reachable.')];
  } catch (error) {
    return [check('store', 'unhealthy', `The config store cannot be reached: ${error instanceof Error ? error.message : String(error)}`)];
  }
}

/**
 * The health check: modules loadable, config valid, dependencies met, breaker states, plugin
 * load results, store reachable. The status is the worst of the checks; the reasons are the
 * messages of those that are not healthy.
 */
export async function checkHealth(input: HealthInput): Promise<HealthReport> {
  const checks = [
    modulesCheck(input.catalog),
    ...configChecks(input.catalog, input.config),
    breakerCheck(input.breaker),
    pluginsCheck(input.plugins),
    ...(await storeCheck(input.pingStore, input.storeRecovery, input.storeCompactionError)),
  ];
  const status = checks.reduce<HealthStatus>((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'healthy');
  return {
    status,
    checkedAt: (input.now?.() ?? new Date()).toISOString(),
    checks,
    reasons: checks.filter((c) => c.status !== 'healthy').map((c) => `${c.name}: ${c.message}`),
    breakers: input.breaker.states(),
    plugins: [...input.plugins],
  };
}
