import { useState } from 'react';
import { newConfigNameSchema } from '../../../src-shared/api/schemas/configs';
import type { PanelContext } from '../panels';
import { useExclusive } from '../../state/exclusive';
import { useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ConfigChanges } from '../../ui/ConfigChanges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';
import { freeConfigName } from './preset-filter';

/**
 * One preset against the config being edited (semantic and text diff), and "create a config from it": the new
 * config records the preset it came from (`sourcePresetId`, kept by its later versions) and says so in its note.
 */
export function PresetPreview({ id, ctx, onClose }: { id: number; ctx: PanelContext; onClose(): void }) {
  const preset = useStudioQuery('presets.get', { id });
  const configs = useStudioQuery('configs.list', {});
  const use = useStudioMutation('presets.use', ['presets']);
  const create = useStudioMutation('versions.create', ['configs', 'versions']);
  const [name, setName] = useState<string | null>(null);
  const p = preset.data;
  const taken = new Set((configs.data ?? []).map((c) => c.name));
  const configName = name ?? (p ? freeConfigName(p.name, taken) : '');
  const nameTaken = taken.has(configName);
  // Checked here so a refused name does not count a download of the preset first.
  const nameProblem = newConfigNameSchema.safeParse(configName).error?.issues[0]?.message ?? null;

  // A double click creates one config (isPending disables the button only after a re-render).
  const exclusive = useExclusive();
  const createConfig = () =>
    exclusive(async () => {
      if (!p) return;
      // presets.use counts the download and gives the TOML as stored now.
      const used = await use.mutateAsync({ id: p.id });
      const created = await create.mutateAsync({
        name: configName,
        toml: used.configToml,
        title: `From preset ${used.name}`,
        description: used.description,
        note: `From preset "${used.name}" (#${used.id}) by ${used.author}`,
        parentVersionId: null,
        sourcePresetId: used.id,
      });
      ctx.selectConfig(created.id);
      onClose();
    });

  const error = preset.error ?? use.error ?? create.error;
  return (
    <Modal
      title={p ? `Preset ${p.name}` : 'Preset'}
      onClose={onClose}
      wide
      actions={
        <>
          <label className="field inline-field">
            New config name
            <input value={configName} onChange={(e) => setName(e.target.value)} aria-invalid={nameTaken} />
          </label>
          <button type="button" className="button-primary" disabled={!p || nameTaken || nameProblem !== null || use.isPending || create.isPending} onClick={() => void createConfig().catch(() => undefined)}>
            Create config from preset
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {error && <ErrorBanner error={error} />}
      {nameTaken && <p className="muted">A config named “{configName}” exists already: choose another name.</p>}
      {nameProblem && !nameTaken && <p className="muted">Config name: {nameProblem}.</p>}
      {p && (
        <>
          <p>{p.description}</p>
          <ConfigChanges
            oldToml={ctx.buffer}
            newToml={p.configToml}
            oldLabel={ctx.config ? `${ctx.config.name} (editor)` : 'editor'}
            newLabel={`preset ${p.name}`}
          />
        </>
      )}
    </Modal>
  );
}
