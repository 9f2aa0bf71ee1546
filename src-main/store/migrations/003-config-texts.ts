/**
 * Version rows made small, for issue 5's save target (`store.save_floor_ratio.10000`):
 *
 * - The text moves to `config_texts`, one row per distinct text keyed by its content hash. A
 *   5 KB text inside the version row spilled into overflow pages, so each save's
 *   `is_active = 0` update rewrote 5 KB and every read of a column stored after the text walked
 *   that chain. Versions that share a text (restores, rollbacks, clones) now share its row.
 * - The active-version index holds only active rows (one per name), so a save moves one entry
 *   instead of three.
 * - Ids without AUTOINCREMENT: versions are never deleted, so max + 1 is what the sequence gave,
 *   minus the `sqlite_sequence` row every insert updated.
 *
 * The table is rebuilt (SQLite's create, copy, drop, rename), which `migrate` runs with foreign
 * keys off and checks afterwards. Hashes are recomputed from each text (`sha256_hex`, registered
 * by `migrate`) rather than trusted, so two texts can never end up behind one hash.
 */
export const migration003 = {
  id: 3,
  name: 'config-texts',
  sql: `
CREATE TABLE config_texts (
  content_hash TEXT PRIMARY KEY,
  config_toml TEXT NOT NULL
);
INSERT OR IGNORE INTO config_texts (content_hash, config_toml)
  SELECT sha256_hex(config_toml), config_toml FROM planner_configurations ORDER BY id;

CREATE TABLE planner_configurations_new (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL CHECK (version >= 1),
  is_active INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  parent_version_id INTEGER REFERENCES planner_configurations(id),
  note TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL REFERENCES config_texts(content_hash),
  source_preset_id INTEGER REFERENCES config_presets(id),
  UNIQUE (name, version)
);
INSERT INTO planner_configurations_new
  (id, name, title, description, version, is_active, created_at, created_by, parent_version_id, note, content_hash, source_preset_id)
  SELECT id, name, title, description, version, is_active, created_at, created_by, parent_version_id, note,
    sha256_hex(config_toml), source_preset_id
  FROM planner_configurations ORDER BY id;
DROP TABLE planner_configurations;
ALTER TABLE planner_configurations_new RENAME TO planner_configurations;
CREATE INDEX planner_configurations_active ON planner_configurations(name) WHERE is_active = 1;
`,
} as const;
