import type { JsonSchemaObject } from '../config/json-schema';
import { validateStrategy } from '../config/validate';
import type { ModuleCatalog } from '../domain/modules';
import type { ConfigProblem, SourceRange } from '../domain/problems';
import type { TomlDocument } from './document';
import { quickFixes, type QuickFix } from './quick-fixes';

export interface Diagnostic {
  problem: ConfigProblem;
  /** Where to draw it: the problem's range, or the first line for a file-wide problem. */
  range: SourceRange;
  fixes: QuickFix[];
}

/**
 * The planner's own validator, run on the editor's text (one source of truth for messages),
 * with each problem placed and given its quick fixes.
 */
export function diagnose(doc: TomlDocument, catalog: ModuleCatalog, schema: JsonSchemaObject): Diagnostic[] {
  const { problems } = validateStrategy(doc.text, catalog);
  return problems.map((problem) => ({
    problem,
    range: problem.range ?? { line: 1, column: 1, endLine: 1, endColumn: Math.max(2, doc.lineText(1).length + 1) },
    fixes: quickFixes(doc, schema, problem),
  }));
}
