import type { ConfigSummary } from '../../../src-shared/api/schemas/configs';

/**
 * The configs matching a search: every word must appear in the name, title or a bucket name
 * (case-insensitive), so "agg prod" finds an aggressive config used by the prod bucket.
 * Sorted by name, so the versions of a name and similar names sit together.
 */
export function filterConfigs(configs: readonly ConfigSummary[], query: string): ConfigSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return configs
    .filter((c) => {
      const haystack = [c.name, c.title, ...c.buckets].join(' ').toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
