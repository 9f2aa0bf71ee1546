import { StudioError } from '../../../src-shared/api/errors';
import type { Preset, PresetSummary } from '../../../src-shared/api/schemas/presets';
import { countDownload, findPreset, insertPreset, listPresets, presetNameTaken } from '../../store/repos/presets';
import { assertValid } from './invalid-config';
import type { StoreService } from './store-service';

export function listAllPresets(store: StoreService, tag?: string): PresetSummary[] {
  return store.db.read((sql) => listPresets(sql, tag));
}

export function getPreset(store: StoreService, id: number): Preset {
  const found = store.db.read((sql) => findPreset(sql, id));
  if (found === undefined) throw new StudioError('not_found', `No preset with id ${id}.`);
  return found;
}

/** Every tag in use with how many presets carry it, most used first. */
export function presetTags(store: StoreService): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const preset of listAllPresets(store)) for (const tag of preset.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export function createPreset(
  store: StoreService,
  input: { name: string; description: string; toml: string; tags: string[]; author?: string; rating?: number | null },
): Preset {
  assertValid(store.validate(input.toml), `Preset "${input.name}"`);
  const id = store.db.write((sql) => {
    if (presetNameTaken(sql, input.name)) throw new StudioError('conflict', `A preset named "${input.name}" already exists.`, { field: 'name' });
    return insertPreset(sql, {
      name: input.name,
      description: input.description,
      configToml: input.toml,
      author: input.author ?? store.user,
      tags: [...new Set(input.tags)].sort(),
      rating: input.rating ?? null,
      createdAt: store.now(),
      builtin: false,
    });
  });
  store.changed('presets');
  return getPreset(store, id);
}

/** Taking a preset into the editor counts as a download. */
export function usePreset(store: StoreService, id: number): Preset {
  store.db.write((sql) => {
    if (findPreset(sql, id) === undefined) throw new StudioError('not_found', `No preset with id ${id}.`);
    countDownload(sql, id);
  });
  store.changed('presets');
  return getPreset(store, id);
}
