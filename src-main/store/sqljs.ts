import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

/**
 * Where the sql.js wasm is: next to the packaged app's resources when PLANNER_STUDIO_RESOURCES
 * is set (electron-builder ships it as an extra resource), else inside the installed package.
 * The resolver is not named `require`: electron-vite injects its own shim under that name.
 */
export function sqlWasmPath(): string {
  const resources = process.env.PLANNER_STUDIO_RESOURCES;
  if (resources !== undefined) {
    const packaged = path.join(resources, 'sql-wasm.wasm');
    if (fs.existsSync(packaged)) return packaged;
  }
  const resolveFromHere = createRequire(import.meta.url);
  return resolveFromHere.resolve('sql.js/dist/sql-wasm.wasm');
}

let loading: Promise<SqlJsStatic> | undefined;

/**
 * sql.js, initialised once per process. The wasm bytes are passed as `wasmBinary` because
 * Emscripten hands a `locateFile` path to the global `fetch` where one exists, which cannot read
 * file paths (raycast/extensions#2483; sql.js#454 shows the resulting "magic word" error).
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (loading === undefined) {
    const bytes = fs.readFileSync(sqlWasmPath());
    const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    loading = initSqlJs({ wasmBinary });
  }
  return loading;
}
