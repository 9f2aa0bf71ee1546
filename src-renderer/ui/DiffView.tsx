import { createTwoFilesPatch } from 'diff';
import { html } from 'diff2html';
import type { ColorSchemeType } from 'diff2html/lib/types';
import 'diff2html/bundles/css/diff2html.min.css';
import { useMemo } from 'react';

interface Props {
  oldText: string;
  newText: string;
  /** File labels shown above each side, e.g. "v3 (saved)" and "editor". */
  oldLabel: string;
  newLabel: string;
  /** Accessible name of the region. */
  label?: string;
}

/**
 * A side-by-side text diff (diff2html over a unified patch from `diff`). diff2html escapes the
 * file content it renders, so its HTML is safe to insert.
 */
export function DiffView({ oldText, newText, oldLabel, newLabel, label = 'Text diff' }: Props) {
  // A theme pinned from the menu wins; otherwise diff2html follows the OS like the rest of the app.
  const scheme = (document.documentElement.getAttribute('data-theme') ?? 'auto') as `${ColorSchemeType}`;
  const markup = useMemo(() => {
    if (oldText === newText) return null;
    const patch = createTwoFilesPatch(oldLabel, newLabel, oldText, newText, '', '', { context: 3 });
    return html(patch, {
      outputFormat: 'side-by-side',
      drawFileList: false,
      matching: 'lines',
      diffStyle: 'word',
      colorScheme: scheme as ColorSchemeType,
    });
  }, [oldText, newText, oldLabel, newLabel, scheme]);

  return (
    <section className="diff-view" aria-label={label}>
      {markup === null ? <p className="muted">The texts are identical.</p> : <div dangerouslySetInnerHTML={{ __html: markup }} />}
    </section>
  );
}
