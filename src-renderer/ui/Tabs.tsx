import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { indexForKey, TAB_STRIP } from './arrow-keys';

export interface TabItem {
  id: string;
  label: string;
  render(): ReactNode;
}

/**
 * An ARIA tab strip (arrow keys, Home/End move between tabs). A panel stays mounted once
 * opened, hidden while another tab is active, so live streams and results survive tab switches.
 */
interface Props {
  items: readonly TabItem[];
  label: string;
  idPrefix: string;
  /** The open tab; the parent owns it so menu commands can open a tab. */
  active: string;
  onSelect(id: string): void;
}

export function Tabs({ items, label, idPrefix, active, onSelect }: Props) {
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([active]));
  const buttons = useRef<Map<string, HTMLButtonElement>>(new Map());
  if (!visited.has(active)) setVisited(new Set(visited).add(active));

  const select = (id: string, focus = false) => {
    onSelect(id);
    if (focus) buttons.current.get(id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const to = indexForKey(TAB_STRIP, e.key, items.findIndex((t) => t.id === active), items.length);
    if (to === null) return;
    e.preventDefault();
    const next = items[to];
    if (next) select(next.id, true);
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-strip" onKeyDown={onKeyDown}>
        {items.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) buttons.current.set(t.id, el);
              else buttons.current.delete(t.id);
            }}
            role="tab"
            type="button"
            id={`${idPrefix}-tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`${idPrefix}-panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            className="tab"
            onClick={() => select(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {items.map((t) =>
        visited.has(t.id) ? (
          <div
            key={t.id}
            role="tabpanel"
            id={`${idPrefix}-panel-${t.id}`}
            aria-labelledby={`${idPrefix}-tab-${t.id}`}
            hidden={t.id !== active}
            className="tab-panel"
          >
            {t.render()}
          </div>
        ) : null,
      )}
    </div>
  );
}
