import { parse, TomlError } from 'smol-toml';
import type { ConfigProblem } from '../../../src-shared/domain/problems';

/**
 * The store's validation port when no planner is wired in (tests, the CLI before the planner
 * loads): a TOML syntax check only, located by smol-toml's line and column.
 */
export function tomlSyntaxProblems(toml: string): ConfigProblem[] {
  try {
    parse(toml);
    return [];
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const firstLine = error.message.split('\n')[0] ?? 'Invalid TOML';
    return [
      {
        severity: 'error',
        code: 'syntax',
        path: [],
        message: firstLine.replace(/^Invalid TOML document: /, 'TOML syntax error: '),
        range: { line: error.line, column: error.column, endLine: error.line, endColumn: error.column + 1 },
      },
    ];
  }
}
