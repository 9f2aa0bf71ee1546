/**
 * A problem found in a strategy file or other user input, located precisely enough for an
 * editor squiggle and for a CLI message (`file:line:column path: message`).
 */
export type ProblemSeverity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'syntax'
  | 'unknown_section'
  | 'unknown_module'
  | 'unknown_key'
  | 'wrong_type'
  | 'out_of_range'
  | 'not_finite'
  | 'not_in_enum'
  | 'missing_required'
  | 'dependency'
  | 'performance';

export interface SourceRange {
  /** 1-based line and column, end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ConfigProblem {
  severity: ProblemSeverity;
  code: ProblemCode;
  /** TOML key path, e.g. ["pattern_generators", "direct_buy", "params", "max_depth"]. */
  path: string[];
  message: string;
  /** Where in the source; absent only when the problem concerns the file as a whole. */
  range?: SourceRange;
  /** A replacement the editor can offer as a quick fix (e.g. the "did you mean" key). */
  suggestion?: { label: string; replacement: string; range: SourceRange };
}
