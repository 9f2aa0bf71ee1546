import { StudioError } from '../../src-shared/api/errors';

/** An error as the user should read it: the message, and where the problem is when known. */
export function ErrorBanner({ error }: { error: Error }) {
  const problems = error instanceof StudioError ? (error.problems ?? []) : [];
  return (
    <div className="error-banner" role="alert">
      <p>{error.message}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              {p.range ? `line ${p.range.line}, column ${p.range.column}` : p.path.join('.')}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
