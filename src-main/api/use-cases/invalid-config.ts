import { StudioError } from '../../../src-shared/api/errors';
import type { ConfigProblem } from '../../../src-shared/domain/problems';

function where(problem: ConfigProblem): string {
  const at = problem.range === undefined ? '' : `line ${problem.range.line}, column ${problem.range.column}`;
  // The validator's messages lead with the key path; name it only when the message does not.
  const path = problem.path.join('.');
  const named = path !== '' && !problem.message.startsWith(path) ? `(${path})` : '';
  return [at, named].filter((s) => s !== '').join(' ');
}

/** Throws `invalid_config` listing every error when the validator found any (warnings pass). */
export function assertValid(problems: readonly ConfigProblem[], subject: string, file?: string): void {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return;
  const first = errors[0]!;
  const location = where(first);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  throw new StudioError(
    'invalid_config',
    `${subject} is not a valid strategy${location === '' ? '' : ` at ${location}`}: ${first.message}${more}`,
    { problems: errors, ...(file === undefined ? {} : { file }) },
  );
}
