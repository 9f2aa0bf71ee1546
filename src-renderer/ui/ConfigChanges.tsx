import { useMemo } from 'react';
import { useStudioQuery } from '../state/studio-provider';
import { cosmeticLines } from './cosmetic-lines';
import { DiffView } from './DiffView';
import { ErrorBanner } from './ErrorBanner';
import { SemanticDiffView } from './SemanticDiffView';

interface Props {
  oldToml: string;
  newToml: string;
  oldLabel: string;
  newLabel: string;
}

/** Everything that differs between two strategy texts: the semantic changes, then the text diff. */
export function ConfigChanges({ oldToml, newToml, oldLabel, newLabel }: Props) {
  const diff = useStudioQuery('configs.diff', { oldToml, newToml });
  const cosmetic = useMemo(() => cosmeticLines(oldToml, newToml), [oldToml, newToml]);
  return (
    <div className="config-changes">
      <h3 className="section-title">What changes</h3>
      {diff.error && <ErrorBanner error={diff.error} />}
      {diff.isPending && <p className="muted">Comparing…</p>}
      {diff.data && <SemanticDiffView diff={diff.data} cosmetic={cosmetic} />}
      <h3 className="section-title">Text diff</h3>
      <DiffView oldText={oldToml} newText={newToml} oldLabel={oldLabel} newLabel={newLabel} />
    </div>
  );
}
