import type { ConfigProblem } from '../../../src-shared/domain/problems';
import './health.css';

/** Config problems with where they are (line and column, else the key path). */
export function ProblemList({ problems, label }: { problems: readonly ConfigProblem[]; label: string }) {
  return (
    <ul className="problem-list" aria-label={label}>
      {problems.map((p, i) => (
        <li key={i} className={`problem problem-${p.severity}`}>
          <span className="problem-where mono">{p.range ? `${p.range.line}:${p.range.column}` : p.path.join('.') || 'file'}</span> {p.message}
        </li>
      ))}
    </ul>
  );
}
