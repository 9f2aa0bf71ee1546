/**
 * The seed's tables (DESIGN.md "The config store", domain.md §6) plus what the studio adds:
 * a `note` and a content hash per version, the assignment history of buckets, drafts, and the
 * run records needed to re-run any run exactly. Timestamps are ISO-8601 UTC strings written by
 * the application (never `datetime('now')`), so replaying the journal gives identical rows.
 */
export const migration001 = {
  id: 1,
  name: 'init',
  sql: `
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO store_meta (key, value) VALUES ('journal_seq', '0');

CREATE TABLE planner_configurations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  config_toml TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  is_active INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  parent_version_id INTEGER REFERENCES planner_configurations(id),
  note TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  UNIQUE (name, version)
);
CREATE INDEX planner_configurations_active ON planner_configurations(is_active, name);

CREATE TABLE buckets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE bucket_planner_configs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  bucket_id INTEGER NOT NULL REFERENCES buckets(id),
  config_id INTEGER NOT NULL REFERENCES planner_configurations(id),
  assigned_at TEXT NOT NULL,
  assigned_by TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('seed', 'assign', 'rollback'))
);
CREATE INDEX bucket_planner_configs_bucket ON bucket_planner_configs(bucket_id, id);
CREATE INDEX bucket_planner_configs_config ON bucket_planner_configs(config_id);

CREATE TABLE config_presets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  config_toml TEXT NOT NULL,
  author TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  downloads INTEGER NOT NULL DEFAULT 0,
  rating REAL,
  created_at TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE portfolio_contexts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  snapshot_json TEXT NOT NULL,
  portfolio_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE plan_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('dry_run', 'plan', 'ab_arm', 'sweep_point')),
  group_id TEXT,
  label TEXT NOT NULL DEFAULT '',
  bucket TEXT,
  config_id INTEGER REFERENCES planner_configurations(id),
  config_toml TEXT NOT NULL,
  config_hash TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  plugin_set TEXT NOT NULL DEFAULT '[]',
  portfolio_id INTEGER REFERENCES portfolio_contexts(id),
  portfolio_json TEXT,
  portfolio_hash TEXT NOT NULL,
  seed INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'cancelled')),
  started_at TEXT NOT NULL,
  duration_ms REAL NOT NULL,
  summary_json TEXT NOT NULL DEFAULT '{}',
  result_json TEXT
);
CREATE INDEX plan_runs_started ON plan_runs(started_at);
CREATE INDEX plan_runs_group ON plan_runs(group_id);

CREATE TABLE drafts (
  config_name TEXT PRIMARY KEY,
  base_version_id INTEGER REFERENCES planner_configurations(id),
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
} as const;
