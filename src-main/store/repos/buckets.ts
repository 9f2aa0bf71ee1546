import type { Assignment, Bucket } from '../../../src-shared/api/schemas/buckets';
import type { Row, SqlReader, SqlWriter } from '../store-database';
import { num, numOrNull, str, strOrNull } from './row';

const ASSIGNMENT_SELECT = `
  SELECT a.id, b.name AS bucket, a.config_id, c.name AS config_name, c.version, c.title,
         a.assigned_at, a.assigned_by, a.reason
  FROM bucket_planner_configs a
  JOIN buckets b ON b.id = a.bucket_id
  JOIN planner_configurations c ON c.id = a.config_id`;

function toAssignment(row: Row): Assignment {
  return {
    id: num(row, 'id'),
    bucket: str(row, 'bucket'),
    configId: num(row, 'config_id'),
    configName: str(row, 'config_name'),
    version: num(row, 'version'),
    title: str(row, 'title'),
    assignedAt: str(row, 'assigned_at'),
    assignedBy: str(row, 'assigned_by'),
    reason: str(row, 'reason') as Assignment['reason'],
  };
}

function toBucket(row: Row, current: Assignment | undefined): Bucket {
  return {
    id: num(row, 'id'),
    name: str(row, 'name'),
    description: str(row, 'description'),
    createdAt: str(row, 'created_at'),
    current: current ?? null,
    portfolioId: numOrNull(row, 'portfolio_id'),
    portfolioName: strOrNull(row, 'portfolio_name'),
  };
}

const BUCKET_SELECT = `
  SELECT b.*, p.name AS portfolio_name
  FROM buckets b LEFT JOIN portfolio_contexts p ON p.id = b.portfolio_id`;

export function findBucketId(sql: SqlReader, name: string): number | undefined {
  const row = sql.get('SELECT id FROM buckets WHERE name = ?', [name]);
  return row === undefined ? undefined : num(row, 'id');
}

export function insertBucket(sql: SqlWriter, name: string, description: string, createdAt: string): number {
  sql.run('INSERT INTO buckets (name, description, created_at) VALUES (?, ?, ?)', [name, description, createdAt]);
  return sql.lastInsertId();
}

export function insertAssignment(
  sql: SqlWriter,
  row: { bucketId: number; configId: number; assignedAt: string; assignedBy: string; reason: Assignment['reason'] },
): number {
  sql.run(
    'INSERT INTO bucket_planner_configs (bucket_id, config_id, assigned_at, assigned_by, reason) VALUES (?, ?, ?, ?, ?)',
    [row.bucketId, row.configId, row.assignedAt, row.assignedBy, row.reason],
  );
  return sql.lastInsertId();
}

export function currentAssignment(sql: SqlReader, bucket: string): Assignment | undefined {
  const row = sql.get(`${ASSIGNMENT_SELECT} WHERE b.name = ? ORDER BY a.id DESC LIMIT 1`, [bucket]);
  return row === undefined ? undefined : toAssignment(row);
}

export function listBuckets(sql: SqlReader): Bucket[] {
  const current = new Map<string, Assignment>();
  for (const row of sql.all(
    `${ASSIGNMENT_SELECT} WHERE a.id = (SELECT MAX(id) FROM bucket_planner_configs WHERE bucket_id = a.bucket_id)`,
  )) {
    const assignment = toAssignment(row);
    current.set(assignment.bucket, assignment);
  }
  return sql.all(`${BUCKET_SELECT} ORDER BY b.name`).map((row) => toBucket(row, current.get(str(row, 'name'))));
}

export function findBucket(sql: SqlReader, name: string): Bucket | undefined {
  const row = sql.get(`${BUCKET_SELECT} WHERE b.name = ?`, [name]);
  return row === undefined ? undefined : toBucket(row, currentAssignment(sql, name));
}

export function setBucketPortfolio(sql: SqlWriter, bucketId: number, portfolioId: number | null): void {
  sql.run('UPDATE buckets SET portfolio_id = ? WHERE id = ?', [portfolioId, bucketId]);
}

/** Assignments oldest first: one bucket's lane, or every bucket's when `bucket` is undefined. */
export function assignmentHistory(sql: SqlReader, bucket?: string): Assignment[] {
  return bucket === undefined
    ? sql.all(`${ASSIGNMENT_SELECT} ORDER BY a.id`).map(toAssignment)
    : sql.all(`${ASSIGNMENT_SELECT} WHERE b.name = ? ORDER BY a.id`, [bucket]).map(toAssignment);
}
