import { useState, type FormEvent } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudioMutation } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { parseTags } from './preset-filter';

/** Adds the editor's text to the library; the store validates it and refuses an invalid one. */
export function SharePresetForm({ config, buffer, onDone }: { config: ConfigVersion; buffer: string; onDone(): void }) {
  const create = useStudioMutation('presets.create', ['presets']);
  const [name, setName] = useState(config.name);
  const [description, setDescription] = useState(config.description);
  const [tags, setTags] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name, description, toml: buffer, tags: parseTags(tags) }, { onSuccess: onDone });
  };
  return (
    <form className="share-preset" aria-label="Share as preset" onSubmit={submit}>
      <label className="field">
        Preset name
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label className="field">
        Description
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} />
      </label>
      <label className="field">
        Tags (comma separated)
        <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="income, low-risk" />
      </label>
      {create.error && <ErrorBanner error={create.error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={create.isPending || !name.trim()}>
          Share preset
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
