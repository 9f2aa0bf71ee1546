import type { ModuleChange, SemanticDiff, ValueChange } from '../../src-shared/api/schemas/semantic-diff';
import type { ModuleKind } from '../../src-shared/domain/modules';
import type { CosmeticLine } from './cosmetic-lines';
import { formatValue } from './format-value';
import { summarizeDiff } from './semantic-summary';

const KIND_TITLE: Record<ModuleKind, string> = {
  calculator: 'Opportunity calculators',
  pattern: 'Pattern generators',
  sequence_generator: 'Sequence generators',
  filter: 'Filters',
};
const KIND_ORDER: readonly ModuleKind[] = ['calculator', 'pattern', 'sequence_generator', 'filter'];

const COSMETIC_LABEL: Record<CosmeticLine['change'], string> = {
  added: 'added',
  removed: 'removed',
  moved: 'moved',
  reformatted: 'reformatted',
};

interface Props {
  diff: SemanticDiff;
  /** Edited lines that do not change meaning, listed apart (see `cosmeticLines`). */
  cosmetic?: readonly CosmeticLine[];
}

/**
 * What an edit means: [planner] settings and, grouped by module kind, modules enabled or
 * disabled and parameters old → new (flagging "now equals default"); cosmetic edits apart.
 */
export function SemanticDiffView({ diff, cosmetic = [] }: Props) {
  if (diff.errors.length > 0) {
    return (
      <section aria-label="Semantic changes" className="semantic-diff">
        <p role="alert" className="error-banner">
          No semantic comparison is possible:{' '}
          {diff.errors
            .map((e) => `${e.side === 'old' ? 'saved' : 'edited'} text${e.line ? ` line ${e.line}${e.column ? `, column ${e.column}` : ''}` : ''}: ${e.message}`)
            .join('; ')}
        </p>
      </section>
    );
  }
  const modulesByKind = KIND_ORDER.map((kind) => ({ kind, modules: diff.modules.filter((m) => m.kind === kind) })).filter(
    (g) => g.modules.length > 0,
  );
  const meaningful = diff.planner.length + diff.modules.length + diff.other.length > 0;
  return (
    <section aria-label="Semantic changes" className="semantic-diff">
      {diff.textEqual && <p className="muted">No changes.</p>}
      {!diff.textEqual && !meaningful && <p className="cosmetic-only">Only cosmetic changes: the strategy means the same.</p>}
      {meaningful && <p className="sd-summary">{summarizeDiff(diff)}</p>}
      {diff.planner.length > 0 && (
        <div className="sd-group" role="group" aria-label="[planner] changes">
          <h4 className="sd-title">[planner]</h4>
          <ChangeList changes={diff.planner} />
        </div>
      )}
      {modulesByKind.map(({ kind, modules }) => (
        <div key={kind} className="sd-group" role="group" aria-label={`${KIND_TITLE[kind]} changes`}>
          <h4 className="sd-title">{KIND_TITLE[kind]}</h4>
          {modules.map((m) => (
            <ModuleEntry key={m.name} module={m} />
          ))}
        </div>
      ))}
      {diff.other.length > 0 && (
        <div className="sd-group" role="group" aria-label="Other changes">
          <h4 className="sd-title">Other keys</h4>
          <ChangeList changes={diff.other} />
        </div>
      )}
      {cosmetic.length > 0 && (
        <details className="sd-group sd-cosmetic">
          <summary>
            Cosmetic edits ({cosmetic.length}) — comments, whitespace, key order
          </summary>
          <ul aria-label="Cosmetic edits" className="mono">
            {cosmetic.map((c, i) => (
              <li key={i}>
                <span className="sd-kind">{COSMETIC_LABEL[c.change]}</span> {c.text.trim() || '(blank line)'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function ModuleEntry({ module: m }: { module: ModuleChange }) {
  return (
    <div className="sd-module" aria-label={`Module ${m.name}`} role="group">
      <span className="mono sd-module-name">{m.name}</span>
      {m.toggled && <span className={m.toggled === 'enabled' ? 'sd-badge sd-enabled' : 'sd-badge sd-disabled'}>{m.toggled}</span>}
      {!m.known && <span className="sd-badge sd-unknown">unknown module</span>}
      {m.params.length + m.otherKeys.length > 0 && <ChangeList changes={[...m.params, ...m.otherKeys]} />}
    </div>
  );
}

function ChangeList({ changes }: { changes: readonly ValueChange[] }) {
  return (
    <ul className="sd-changes">
      {changes.map((c) => (
        <li key={c.key}>
          <span className="mono">{c.key}</span>:{' '}
          {c.change === 'added' ? (
            <>
              set to <strong>{formatValue(c.new)}</strong>
            </>
          ) : c.change === 'removed' ? (
            <>
              removed (was {formatValue(c.old)}){c.default !== null && <> → default {formatValue(c.default)}</>}
            </>
          ) : (
            <>
              {formatValue(c.old)} → <strong>{formatValue(c.new)}</strong>
            </>
          )}
          {c.nowDefault && <span className="sd-badge sd-default">now equals default</span>}
          {!c.known && <span className="sd-badge sd-unknown">unknown key</span>}
        </li>
      ))}
    </ul>
  );
}
