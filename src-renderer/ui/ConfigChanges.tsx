import { DiffView } from './DiffView';

interface Props {
  oldToml: string;
  newToml: string;
  oldLabel: string;
  newLabel: string;
}

/** Everything that differs between two strategy texts: the semantic changes, then the text diff. */
export function ConfigChanges({ oldToml, newToml, oldLabel, newLabel }: Props) {
  return (
    <div className="config-changes">
      <h3 className="section-title">Text diff</h3>
      <DiffView oldText={oldToml} newText={newToml} oldLabel={oldLabel} newLabel={newLabel} />
    </div>
  );
}
