import type { Preset, PresetSummary } from '../../../src-shared/api/schemas/presets';
import type { Row, SqlReader, SqlWriter } from '../store-database';
import { num, numOrNull, str } from './row';

const SUMMARY_COLUMNS = 'id, name, description, author, tags, downloads, rating, created_at, builtin';

function toSummary(row: Row): PresetSummary {
  return {
    id: num(row, 'id'),
    name: str(row, 'name'),
    description: str(row, 'description'),
    author: str(row, 'author'),
    tags: JSON.parse(str(row, 'tags')) as string[],
    downloads: num(row, 'downloads'),
    rating: numOrNull(row, 'rating'),
    createdAt: str(row, 'created_at'),
    builtin: num(row, 'builtin') === 1,
  };
}

export interface NewPresetRow {
  name: string;
  description: string;
  configToml: string;
  author: string;
  tags: string[];
  rating: number | null;
  createdAt: string;
  builtin: boolean;
}

export function insertPreset(sql: SqlWriter, row: NewPresetRow): number {
  sql.run(
    `INSERT INTO config_presets (name, description, config_toml, author, tags, rating, created_at, builtin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [row.name, row.description, row.configToml, row.author, JSON.stringify(row.tags), row.rating, row.createdAt, row.builtin ? 1 : 0],
  );
  return sql.lastInsertId();
}

export function listPresets(sql: SqlReader, tag?: string): PresetSummary[] {
  const all = sql.all(`SELECT ${SUMMARY_COLUMNS} FROM config_presets ORDER BY builtin DESC, name`).map(toSummary);
  return tag === undefined ? all : all.filter((p) => p.tags.includes(tag));
}

export function findPreset(sql: SqlReader, id: number): Preset | undefined {
  const row = sql.get(`SELECT ${SUMMARY_COLUMNS}, config_toml FROM config_presets WHERE id = ?`, [id]);
  return row === undefined ? undefined : { ...toSummary(row), configToml: str(row, 'config_toml') };
}

export function findPresetName(sql: SqlReader, id: number): string | undefined {
  const row = sql.get('SELECT name FROM config_presets WHERE id = ?', [id]);
  return row === undefined ? undefined : str(row, 'name');
}

export function presetNameTaken(sql: SqlReader, name: string): boolean {
  return sql.get('SELECT 1 AS taken FROM config_presets WHERE name = ?', [name]) !== undefined;
}

export function countDownload(sql: SqlWriter, id: number): void {
  sql.run('UPDATE config_presets SET downloads = downloads + 1 WHERE id = ?', [id]);
}
