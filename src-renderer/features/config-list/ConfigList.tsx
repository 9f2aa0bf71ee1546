import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { indexForKey, LISTBOX } from '../../ui/arrow-keys';
import { filterConfigs } from './filter-configs';

interface Props {
  selectedId: number | null;
  /** The name of the selected config once loaded (the selected id may be an older version). */
  selectedName: string | null;
  /** The config whose editor text is not saved, marked in the list. */
  unsavedName: string | null;
  onSelect: (id: number) => void;
}

/**
 * The stored configs, one entry per name with its active version, how many versions it has and
 * the buckets using it; a search narrows the list. Selects the first one when nothing is yet.
 * A listbox as ARIA describes it: one tab stop (the selected option), arrows, Home and End move
 * the selection with the focus.
 */
export function ConfigList({ selectedId, selectedName, unsavedName, onSelect }: Props) {
  const configs = useStudioQuery('configs.list', {});
  const [query, setQuery] = useState('');
  const shown = filterConfigs(configs.data ?? [], query);
  const first = shown[0];
  const options = useRef<(HTMLLIElement | null)[]>([]);
  const selectedIndex = shown.findIndex((c) => c.name === selectedName || c.id === selectedId);
  const onListKey = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(shown[index]!.id);
      return;
    }
    const next = indexForKey(LISTBOX, e.key, index, shown.length);
    if (next === null) return;
    e.preventDefault(); // the arrows would otherwise scroll the page
    onSelect(shown[next]!.id);
    options.current[next]?.focus();
  };
  useEffect(() => {
    if (selectedId === null && first) onSelect(first.id);
  }, [selectedId, first, onSelect]);

  return (
    <nav className="config-list" aria-label="Configs">
      <h2 className="pane-title">Configs</h2>
      <input
        type="search"
        className="config-search"
        placeholder="Search name, title, bucket"
        aria-label="Search configs"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {configs.error && <ErrorBanner error={configs.error} />}
      <ul role="listbox" aria-label="Stored configs">
        {shown.map((c, index) => {
          const selected = c.name === selectedName || c.id === selectedId;
          const tabStop = selected || (selectedIndex === -1 && index === 0);
          return (
          <li
            key={c.name}
            ref={(element) => {
              options.current[index] = element;
            }}
            role="option"
            aria-selected={selected}
            className={selected ? 'selected' : undefined}
            onClick={() => onSelect(c.id)}
            onKeyDown={(e) => onListKey(e, index)}
            tabIndex={tabStop ? 0 : -1}
          >
            <span className="config-name">
              {c.name}
              {c.name === unsavedName && (
                <span className="unsaved-dot" title="Unsaved changes">
                  {' '}●<span className="visually-hidden"> (not saved)</span>
                </span>
              )}
            </span>
            <span className="config-meta">
              v{c.version} active · {c.versionCount} {c.versionCount === 1 ? 'version' : 'versions'}
            </span>
            <span className="config-meta">{c.title}</span>
            {c.buckets.length > 0 && (
              <span className="chips" aria-label="Buckets using it">
                {c.buckets.map((b) => (
                  <span key={b} className="chip">
                    {b}
                  </span>
                ))}
              </span>
            )}
          </li>
          );
        })}
      </ul>
      {configs.data && shown.length === 0 && <p className="muted pad">No config matches “{query}”.</p>}
    </nav>
  );
}
