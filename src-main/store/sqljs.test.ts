import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSqlJs, sqlWasmPath } from './sqljs';

const saved = process.env.PLANNER_STUDIO_RESOURCES;
afterEach(() => {
  if (saved === undefined) delete process.env.PLANNER_STUDIO_RESOURCES;
  else process.env.PLANNER_STUDIO_RESOURCES = saved;
});

describe('sql.js wasm location', () => {
  it('uses the packaged resources copy when there is one, else the installed package', () => {
    const resources = fs.mkdtempSync(path.join(os.tmpdir(), 'resources-'));
    process.env.PLANNER_STUDIO_RESOURCES = resources;
    expect(sqlWasmPath()).toMatch(/node_modules[\\/]sql\.js[\\/]dist[\\/]sql-wasm\.wasm$/);
    fs.writeFileSync(path.join(resources, 'sql-wasm.wasm'), '');
    expect(sqlWasmPath()).toBe(path.join(resources, 'sql-wasm.wasm'));
    fs.rmSync(resources, { recursive: true });
  });

  it('loads a working SQLite from the wasm bytes', async () => {
    delete process.env.PLANNER_STUDIO_RESOURCES;
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    expect(db.exec('SELECT 6 * 7 AS answer')[0]?.values).toEqual([[42]]);
    db.close();
  });
});
