import type { ConfigProblem } from '../../src-shared/domain/problems';

/** Problems of a strategy text, each with where it is (line and column, or the key path). */
export function ProblemList({ problems, label = 'Problems' }: { problems: readonly ConfigProblem[]; label?: string }) {
  return (
    <ul className="problems" aria-label={label}>
      {problems.map((p, i) => (
        <li key={i} className={`problem-${p.severity}`}>
          {p.range ? `Line ${p.range.line}, column ${p.range.column}` : p.path.join('.') || 'File'}
          {p.path.length > 0 && p.range ? ` (${p.path.join('.')})` : ''}: {p.message}
        </li>
      ))}
    </ul>
  );
}
