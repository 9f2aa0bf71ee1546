/**
 * The preset a config was created from (issue 7). Nullable: configs written before, typed by
 * hand or imported have none. New versions inherit it from their parent; a clone does not (its
 * origin is the config it was cloned from, which the parent link already records).
 */
export const migration002 = {
  id: 2,
  name: 'config-preset',
  sql: `
ALTER TABLE planner_configurations ADD COLUMN source_preset_id INTEGER REFERENCES config_presets(id);
`,
} as const;
