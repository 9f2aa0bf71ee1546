import { useEffect } from 'react';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';

interface Props {
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** The stored configs; selects the first one when nothing is selected yet. */
export function ConfigList({ selectedId, onSelect }: Props) {
  const configs = useStudioQuery('configs.list', {});
  const first = configs.data?.[0];
  useEffect(() => {
    if (selectedId === null && first) onSelect(first.id);
  }, [selectedId, first, onSelect]);

  return (
    <nav className="config-list" aria-label="Configs">
      <h2 className="pane-title">Configs</h2>
      {configs.error && <ErrorBanner error={configs.error} />}
      <ul role="listbox" aria-label="Stored configs">
        {configs.data?.map((c) => (
          <li
            key={c.id}
            role="option"
            aria-selected={c.id === selectedId}
            className={c.id === selectedId ? 'selected' : undefined}
            onClick={() => onSelect(c.id)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect(c.id)}
            tabIndex={0}
          >
            <span className="config-name">{c.name}</span>
            <span className="config-meta">
              v{c.version} · {c.title}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
