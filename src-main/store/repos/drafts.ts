import type { Draft } from '../../../src-shared/api/schemas/drafts';
import { LongText, type SqlReader, type SqlWriter } from '../store-database';
import { numOrNull, str } from './row';

export function findDraft(sql: SqlReader, configName: string): Draft | undefined {
  const row = sql.get('SELECT * FROM drafts WHERE config_name = ?', [configName]);
  if (row === undefined) return undefined;
  return {
    configName: str(row, 'config_name'),
    baseVersionId: numOrNull(row, 'base_version_id'),
    text: str(row, 'text'),
    updatedAt: str(row, 'updated_at'),
  };
}

export function upsertDraft(sql: SqlWriter, draft: Draft): void {
  sql.run(
    `INSERT INTO drafts (config_name, base_version_id, text, updated_at) VALUES (?, ?, CAST(? AS TEXT), ?)
     ON CONFLICT(config_name) DO UPDATE SET base_version_id = excluded.base_version_id, text = excluded.text,
       updated_at = excluded.updated_at`,
    [draft.configName, draft.baseVersionId, new LongText(draft.text), draft.updatedAt],
  );
}

export function deleteDraft(sql: SqlWriter, configName: string): void {
  sql.run('DELETE FROM drafts WHERE config_name = ?', [configName]);
}
