import type { ConfigSummary, ConfigVersion } from '../../../src-shared/api/schemas/configs';
import type { VersionEntry } from '../../../src-shared/api/schemas/versions';
import { LongText, type Row, type SqlReader, type SqlWriter } from '../store-database';
import { num, numOrNull, str, strOrNull } from './row';

const ENTRY_COLUMNS =
  'id, name, title, description, version, is_active, created_at, created_by, parent_version_id, note, content_hash';

/** Bucket name → the config id it uses now (its latest assignment). */
export const CURRENT_ASSIGNMENTS = `
  SELECT b.name AS bucket, a.config_id AS config_id
  FROM buckets b
  JOIN bucket_planner_configs a ON a.id = (SELECT MAX(id) FROM bucket_planner_configs WHERE bucket_id = b.id)`;

function toEntry(row: Row, buckets: string[]): VersionEntry {
  return {
    id: num(row, 'id'),
    name: str(row, 'name'),
    title: str(row, 'title'),
    description: str(row, 'description'),
    version: num(row, 'version'),
    isActive: num(row, 'is_active') === 1,
    createdAt: str(row, 'created_at'),
    createdBy: str(row, 'created_by'),
    parentVersionId: numOrNull(row, 'parent_version_id'),
    note: str(row, 'note'),
    contentHash: str(row, 'content_hash'),
    buckets,
  };
}

function toVersion(row: Row): ConfigVersion {
  const { buckets: _buckets, ...entry } = toEntry(row, []);
  return {
    ...entry,
    configToml: str(row, 'config_toml'),
    sourcePresetId: numOrNull(row, 'source_preset_id'),
    sourcePresetName: strOrNull(row, 'source_preset_name'),
  };
}

/** A whole version row with its text and the name of the preset it came from. */
const VERSION_SELECT = `
  SELECT c.*, t.config_toml, p.name AS source_preset_name
  FROM planner_configurations c
  JOIN config_texts t ON t.content_hash = c.content_hash
  LEFT JOIN config_presets p ON p.id = c.source_preset_id`;

export interface NewVersionRow {
  name: string;
  title: string;
  description: string;
  configToml: string;
  version: number;
  createdAt: string;
  createdBy: string;
  parentVersionId: number | null;
  note: string;
  contentHash: string;
  /** The preset the config was created from; none when omitted. */
  sourcePresetId?: number | null;
}

/**
 * Stores the text once per content hash (`config_texts`, migration 003). A text already stored,
 * as by a restore or a rollback, is not written, nor journaled, again.
 */
function storeText(sql: SqlWriter, contentHash: string, toml: string): void {
  sql.run('INSERT OR IGNORE INTO config_texts (content_hash, config_toml) VALUES (?, CAST(? AS TEXT))', [
    contentHash,
    new LongText(toml),
  ]);
}

export function insertVersion(sql: SqlWriter, row: NewVersionRow): number {
  storeText(sql, row.contentHash, row.configToml);
  sql.run('UPDATE planner_configurations SET is_active = 0 WHERE name = ? AND is_active = 1', [row.name]);
  sql.run(
    `INSERT INTO planner_configurations
       (name, title, description, version, is_active, created_at, created_by, parent_version_id, note, content_hash, source_preset_id)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
    [
      row.name,
      row.title,
      row.description,
      row.version,
      row.createdAt,
      row.createdBy,
      row.parentVersionId,
      row.note,
      row.contentHash,
      row.sourcePresetId ?? null,
    ],
  );
  return sql.lastInsertId();
}

export function findVersion(sql: SqlReader, id: number): ConfigVersion | undefined {
  const row = sql.get(`${VERSION_SELECT} WHERE c.id = ?`, [id]);
  return row === undefined ? undefined : toVersion(row);
}

export function findVersionByNumber(sql: SqlReader, name: string, version: number): ConfigVersion | undefined {
  const row = sql.get(`${VERSION_SELECT} WHERE c.name = ? AND c.version = ?`, [name, version]);
  return row === undefined ? undefined : toVersion(row);
}

export function findActive(sql: SqlReader, name: string): ConfigVersion | undefined {
  const row = sql.get(`${VERSION_SELECT} WHERE c.name = ? AND c.is_active = 1`, [name]);
  return row === undefined ? undefined : toVersion(row);
}

/**
 * The active version's id, number, title, description and source preset id, without reading its
 * TOML. The active version is always the name's newest (every save and restore appends one and
 * activates it).
 */
export function findActiveHead(
  sql: SqlReader,
  name: string,
): { id: number; version: number; title: string; description: string; sourcePresetId: number | null } | undefined {
  const row = sql.get(
    'SELECT id, version, title, description, source_preset_id FROM planner_configurations WHERE name = ? AND is_active = 1',
    [name],
  );
  return row === undefined
    ? undefined
    : {
        id: num(row, 'id'),
        version: num(row, 'version'),
        title: str(row, 'title'),
        description: str(row, 'description'),
        sourcePresetId: numOrNull(row, 'source_preset_id'),
      };
}

/** The preset a version came from (id and name), or null; undefined when the version does not exist. */
export function sourcePresetOf(sql: SqlReader, id: number): { id: number; name: string } | null | undefined {
  const row = sql.get(
    `SELECT c.source_preset_id, p.name AS source_preset_name
     FROM planner_configurations c LEFT JOIN config_presets p ON p.id = c.source_preset_id WHERE c.id = ?`,
    [id],
  );
  if (row === undefined) return undefined;
  const presetId = numOrNull(row, 'source_preset_id');
  return presetId === null ? null : { id: presetId, name: str(row, 'source_preset_name') };
}

/** Every version of a name, newest first, with the buckets that use each one now. */
export function historyOf(sql: SqlReader, name: string): VersionEntry[] {
  const usedBy = new Map<number, string[]>();
  for (const row of sql.all(
    `SELECT cur.bucket, cur.config_id FROM (${CURRENT_ASSIGNMENTS}) cur
     JOIN planner_configurations c ON c.id = cur.config_id WHERE c.name = ? ORDER BY cur.bucket`,
    [name],
  )) {
    const id = num(row, 'config_id');
    usedBy.set(id, [...(usedBy.get(id) ?? []), str(row, 'bucket')]);
  }
  return sql
    .all(`SELECT ${ENTRY_COLUMNS} FROM planner_configurations WHERE name = ? ORDER BY version DESC`, [name])
    .map((row) => toEntry(row, usedBy.get(num(row, 'id')) ?? []));
}

/** One line per name: the active version, how many versions, the buckets using any of them. */
export function listSummaries(sql: SqlReader): ConfigSummary[] {
  const counts = new Map<string, { count: number; updatedAt: string }>();
  for (const row of sql.all(
    'SELECT name, COUNT(*) AS count, MAX(created_at) AS updated_at FROM planner_configurations GROUP BY name',
  )) {
    counts.set(str(row, 'name'), { count: num(row, 'count'), updatedAt: str(row, 'updated_at') });
  }
  const buckets = new Map<string, string[]>();
  for (const row of sql.all(
    `SELECT cur.bucket, c.name FROM (${CURRENT_ASSIGNMENTS}) cur
     JOIN planner_configurations c ON c.id = cur.config_id ORDER BY cur.bucket`,
  )) {
    const name = str(row, 'name');
    buckets.set(name, [...(buckets.get(name) ?? []), str(row, 'bucket')]);
  }
  return sql
    .all('SELECT id, name, title, version FROM planner_configurations WHERE is_active = 1 ORDER BY name')
    .map((row) => {
      const name = str(row, 'name');
      const count = counts.get(name);
      return {
        id: num(row, 'id'),
        name,
        title: str(row, 'title'),
        version: num(row, 'version'),
        versionCount: count?.count ?? 1,
        updatedAt: count?.updatedAt ?? '',
        buckets: buckets.get(name) ?? [],
      };
    });
}
