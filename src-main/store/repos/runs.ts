import type { RunRecord, RunSummary } from '../../../src-shared/api/schemas/runs';
import type { Row, SqlReader, SqlWriter } from '../store-database';
import { num, numOrNull, str, strOrNull } from './row';

const SUMMARY_COLUMNS = `id, run_id, kind, group_id, label, bucket, config_id, config_hash, engine_version, plugin_set,
  portfolio_id, portfolio_hash, seed, status, started_at, duration_ms, summary_json`;

function toSummary(row: Row): RunSummary {
  return {
    id: num(row, 'id'),
    runId: str(row, 'run_id'),
    kind: str(row, 'kind') as RunSummary['kind'],
    groupId: strOrNull(row, 'group_id'),
    label: str(row, 'label'),
    bucket: strOrNull(row, 'bucket'),
    configId: numOrNull(row, 'config_id'),
    configHash: str(row, 'config_hash'),
    engineVersion: str(row, 'engine_version'),
    pluginSet: JSON.parse(str(row, 'plugin_set')) as string[],
    portfolioId: numOrNull(row, 'portfolio_id'),
    portfolioHash: str(row, 'portfolio_hash'),
    seed: num(row, 'seed'),
    status: str(row, 'status') as RunSummary['status'],
    startedAt: str(row, 'started_at'),
    durationMs: num(row, 'duration_ms'),
    summary: JSON.parse(str(row, 'summary_json')) as Record<string, unknown>,
  };
}

export type NewRunRow = Omit<RunRecord, 'id'>;

export function insertRun(sql: SqlWriter, run: NewRunRow): number {
  sql.run(
    `INSERT INTO plan_runs (run_id, kind, group_id, label, bucket, config_id, config_toml, config_hash, engine_version,
       plugin_set, portfolio_id, portfolio_json, portfolio_hash, seed, status, started_at, duration_ms, summary_json, result_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      run.runId,
      run.kind,
      run.groupId,
      run.label,
      run.bucket,
      run.configId,
      run.configToml,
      run.configHash,
      run.engineVersion,
      JSON.stringify(run.pluginSet),
      run.portfolioId,
      run.portfolio === null || run.portfolio === undefined ? null : JSON.stringify(run.portfolio),
      run.portfolioHash,
      run.seed,
      run.status,
      run.startedAt,
      run.durationMs,
      JSON.stringify(run.summary),
      run.result === null || run.result === undefined ? null : JSON.stringify(run.result),
    ],
  );
  return sql.lastInsertId();
}

/** Is the id recorded, as a run or as the group of a compare's arms or a sweep's points? */
export function runIdTaken(sql: SqlReader, id: string): boolean {
  return sql.get('SELECT 1 AS taken FROM plan_runs WHERE run_id = ? OR group_id = ? LIMIT 1', [id, id]) !== undefined;
}

export function listRuns(
  sql: SqlReader,
  filter: { kind?: RunSummary['kind']; groupId?: string; configId?: number; limit: number },
): RunSummary[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.kind !== undefined) (where.push('kind = ?'), params.push(filter.kind));
  if (filter.groupId !== undefined) (where.push('group_id = ?'), params.push(filter.groupId));
  if (filter.configId !== undefined) (where.push('config_id = ?'), params.push(filter.configId));
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return sql
    .all(`SELECT ${SUMMARY_COLUMNS} FROM plan_runs ${clause} ORDER BY id DESC LIMIT ?`, [...params, filter.limit])
    .map(toSummary);
}

export function findRun(sql: SqlReader, runId: string): RunRecord | undefined {
  const row = sql.get('SELECT * FROM plan_runs WHERE run_id = ?', [runId]);
  if (row === undefined) return undefined;
  const portfolioJson = strOrNull(row, 'portfolio_json');
  const resultJson = strOrNull(row, 'result_json');
  return {
    ...toSummary(row),
    configToml: str(row, 'config_toml'),
    portfolio: portfolioJson === null ? null : (JSON.parse(portfolioJson) as unknown),
    result: resultJson === null ? null : (JSON.parse(resultJson) as unknown),
  };
}
