import type { SemanticDiff } from '../../src-shared/api/schemas/semantic-diff';

/**
 * One line saying how big a change is, e.g. "2 [planner] settings, 5 parameters in 3 modules,
 * 1 module disabled" — read before the details, and the reason a long list is not a surprise.
 */
export function summarizeDiff(diff: SemanticDiff): string {
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (diff.planner.length > 0) parts.push(plural(diff.planner.length, '[planner] setting', '[planner] settings'));
  const withParams = diff.modules.filter((m) => m.params.length + m.otherKeys.length > 0);
  const params = withParams.reduce((n, m) => n + m.params.length + m.otherKeys.length, 0);
  if (params > 0) parts.push(`${plural(params, 'parameter', 'parameters')} in ${plural(withParams.length, 'module', 'modules')}`);
  const enabled = diff.modules.filter((m) => m.toggled === 'enabled').length;
  const disabled = diff.modules.filter((m) => m.toggled === 'disabled').length;
  if (enabled > 0) parts.push(`${plural(enabled, 'module', 'modules')} enabled`);
  if (disabled > 0) parts.push(`${plural(disabled, 'module', 'modules')} disabled`);
  if (diff.other.length > 0) parts.push(plural(diff.other.length, 'other key', 'other keys'));
  return parts.length === 0 ? 'No change in meaning' : `Changed: ${parts.join(', ')}`;
}
