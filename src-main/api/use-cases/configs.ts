import { StudioError } from '../../../src-shared/api/errors';
import { newConfigNameSchema, type ConfigSummary, type ConfigVersion } from '../../../src-shared/api/schemas/configs';
import type { VersionEntry } from '../../../src-shared/api/schemas/versions';
import { sha256Hex } from '../../store/hash';
import {
  findActive,
  findActiveHead,
  findVersion,
  findVersionByNumber,
  historyOf,
  insertVersion,
  listSummaries,
  sourcePresetOf,
} from '../../store/repos/configs';
import { deleteDraft } from '../../store/repos/drafts';
import { findPresetName } from '../../store/repos/presets';
import type { SqlWriter } from '../../store/store-database';
import { assertValid } from './invalid-config';
import type { StoreService } from './store-service';

export function listConfigs(store: StoreService): ConfigSummary[] {
  return store.db.read((sql) => listSummaries(sql));
}

export function getVersion(store: StoreService, id: number): ConfigVersion {
  const found = store.db.read((sql) => findVersion(sql, id));
  if (found === undefined) throw new StudioError('not_found', `No config version with id ${id}.`);
  return found;
}

export function getVersionByNumber(store: StoreService, name: string, version: number): ConfigVersion {
  const found = store.db.read((sql) => findVersionByNumber(sql, name, version));
  if (found === undefined) throw new StudioError('not_found', `Config "${name}" has no version ${version}.`);
  return found;
}

export function getActive(store: StoreService, name: string): ConfigVersion {
  const found = store.db.read((sql) => findActive(sql, name));
  if (found === undefined) throw new StudioError('not_found', `No config named "${name}".`);
  return found;
}

/**
 * A reference as users type it: a version id (`12`), a name (its active version) or
 * `name@version`.
 */
export function resolveVersionRef(store: StoreService, ref: string): ConfigVersion {
  if (/^\d+$/.test(ref)) return getVersion(store, Number(ref));
  const at = ref.lastIndexOf('@');
  if (at > 0) {
    const version = Number(ref.slice(at + 1));
    if (!Number.isInteger(version) || version < 1) {
      throw new StudioError('bad_request', `"${ref}" has no valid version number after "@".`);
    }
    return getVersionByNumber(store, ref.slice(0, at), version);
  }
  return getActive(store, ref);
}

export function historyOfName(store: StoreService, name: string): VersionEntry[] {
  const entries = store.db.read((sql) => historyOf(sql, name));
  if (entries.length === 0) throw new StudioError('not_found', `No config named "${name}".`);
  return entries;
}

export interface NewVersionInput {
  name: string;
  toml: string;
  /** Required for a new name; defaults to the active version's title otherwise. */
  title?: string;
  description?: string;
  note?: string;
  /** The version the text was edited from; defaults to the name's active version. */
  parentVersionId?: number | null;
  /** The preset the config is created from; defaults to the parent's (null: none). */
  sourcePresetId?: number | null;
  createdBy?: string;
}

/**
 * Inside a write: the next number for the name, the previous active version made inactive, the
 * parent linked. Validation happens before (callers), so nothing invalid reaches this point.
 */
export function insertNextVersion(store: StoreService, sql: SqlWriter, input: NewVersionInput): ConfigVersion {
  const active = findActiveHead(sql, input.name);
  if (active === undefined) {
    const newName = newConfigNameSchema.safeParse(input.name);
    if (!newName.success) {
      throw new StudioError('bad_request', `"${input.name}" cannot name a new config: ${newName.error.issues[0]?.message}.`, { field: 'name' });
    }
  }
  const title = input.title ?? active?.title;
  if (title === undefined) {
    throw new StudioError('bad_request', `A title is required for the new config "${input.name}".`, { field: 'title' });
  }
  const parent = input.parentVersionId === undefined ? (active?.id ?? null) : input.parentVersionId;
  // The usual parent is the active version, whose preset id was just read with it.
  const parentPreset =
    parent === null
      ? null
      : parent === active?.id
        ? presetById(sql, active.sourcePresetId)
        : sourcePresetOf(sql, parent);
  if (parentPreset === undefined) {
    throw new StudioError('not_found', `The parent version ${parent} does not exist.`);
  }
  const preset = input.sourcePresetId === undefined ? parentPreset : presetById(sql, input.sourcePresetId);
  const toml = input.toml.toWellFormed(); // as stored: UTF-8 has no lone surrogates
  const row = {
    name: input.name,
    title,
    description: input.description ?? active?.description ?? '',
    configToml: toml,
    version: (active?.version ?? 0) + 1,
    createdAt: store.now(),
    createdBy: input.createdBy ?? store.user,
    parentVersionId: parent,
    note: input.note ?? '',
    contentHash: sha256Hex(toml),
    sourcePresetId: preset?.id ?? null,
  };
  const id = insertVersion(sql, row);
  // Built from what was inserted rather than read back: reading 5+ KB of TOML again would be a
  // fifth of a save's cost.
  return { id, isActive: true, ...row, sourcePresetName: preset?.name ?? null };
}

function presetById(sql: SqlWriter, id: number | null): { id: number; name: string } | null {
  if (id === null) return null;
  const name = findPresetName(sql, id);
  if (name === undefined) throw new StudioError('not_found', `No preset with id ${id}.`, { field: 'sourcePresetId' });
  return { id, name };
}

/**
 * Save: validates, then stores the text as the name's next version and makes it active. The
 * editor's save supersedes the name's unsaved draft; a restore or an import does not (the draft
 * holds typing stored nowhere else, which the editor offers back against the new version).
 */
export function createVersion(store: StoreService, input: NewVersionInput, options: { supersedesDraft?: boolean } = {}): ConfigVersion {
  assertValid(store.validate(input.toml), `Config "${input.name}"`);
  const supersedesDraft = options.supersedesDraft ?? true;
  const version = store.db.write((sql) => {
    const created = insertNextVersion(store, sql, input);
    if (supersedesDraft) deleteDraft(sql, input.name);
    return created;
  });
  store.changed('configs');
  if (supersedesDraft) store.changed('drafts');
  return version;
}

/** Restore: an old version's content becomes the newest version, with the old one as parent. */
export function restoreVersion(store: StoreService, id: number, note?: string): ConfigVersion {
  const source = getVersion(store, id);
  return createVersion(store, {
    name: source.name,
    toml: source.configToml,
    title: source.title,
    description: source.description,
    note: note ?? `Restored from version ${source.version}`,
    parentVersionId: source.id,
  }, { supersedesDraft: false });
}

/**
 * Clone: the version's content as version 1 of a new name; the parent link keeps the lineage.
 * The clone's origin is its source config, not the preset that config came from.
 */
export function cloneVersion(store: StoreService, id: number, newName: string, newTitle: string): ConfigVersion {
  const source = getVersion(store, id);
  const clone = store.db.write((sql) => {
    if (findActiveHead(sql, newName) !== undefined) {
      throw new StudioError('conflict', `A config named "${newName}" already exists.`, { field: 'newName' });
    }
    return insertNextVersion(store, sql, {
      name: newName,
      toml: source.configToml,
      title: newTitle,
      description: source.description,
      note: `Cloned from ${source.name}@${source.version}`,
      parentVersionId: source.id,
      sourcePresetId: null,
    });
  });
  store.changed('configs');
  return clone;
}
