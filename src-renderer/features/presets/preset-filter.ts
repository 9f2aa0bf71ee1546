import type { PresetSummary } from '../../../src-shared/api/schemas/presets';

/**
 * Presets matching every selected tag and every word of the search (in name, description,
 * author or tags, case-insensitive), most downloaded first, then by name.
 */
export function filterPresets(presets: readonly PresetSummary[], search: string, tags: ReadonlySet<string>): PresetSummary[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return presets
    .filter((p) => [...tags].every((t) => p.tags.includes(t)))
    .filter((p) => {
      const text = [p.name, p.description, p.author, ...p.tags].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => b.downloads - a.downloads || a.name.localeCompare(b.name));
}

/** Every tag with how many presets carry it, most used first. */
export function tagCounts(presets: readonly PresetSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of presets) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Splits a comma or space separated tag field into distinct lowercase tags. */
export function parseTags(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/[\s,]+/).filter(Boolean))];
}

/**
 * A config name for a new config made from a preset: the preset's name made a valid slug, with
 * `-copy`, `-copy-2`… added until it is free (a config of the preset's own name usually exists).
 */
export function freeConfigName(presetName: string, taken: ReadonlySet<string>): string {
  const slug = presetName.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/, '').slice(0, 60) || 'preset';
  if (!taken.has(slug)) return slug;
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${slug}-copy` : `${slug}-copy-${i}`;
    if (!taken.has(name)) return name;
  }
}
