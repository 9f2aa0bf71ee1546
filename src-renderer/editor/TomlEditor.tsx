import { useEffect, useRef } from 'react';
import { monaco } from './monaco';
import { registerTomlLanguage, TOML_LANGUAGE_ID } from './toml-language';

export interface TomlEditorProps {
  value: string;
  readOnly?: boolean;
  onChange?: (value: string) => void;
  ariaLabel?: string;
}

/** A Monaco editor for one TOML document; owns the editor's creation and disposal. */
export function TomlEditor({ value, readOnly = false, onChange, ariaLabel = 'Strategy TOML editor' }: TomlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    registerTomlLanguage();
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const editor = monaco.editor.create(host.current, {
      value,
      language: TOML_LANGUAGE_ID,
      readOnly,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      ariaLabel,
      theme: dark.matches ? 'vs-dark' : 'vs',
    });
    editorRef.current = editor;
    const sub = editor.onDidChangeModelContent(() => onChangeRef.current?.(editor.getValue()));
    const onScheme = (e: MediaQueryListEvent) => monaco.editor.setTheme(e.matches ? 'vs-dark' : 'vs');
    dark.addEventListener('change', onScheme);
    return () => {
      dark.removeEventListener('change', onScheme);
      sub.dispose();
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // The editor is created once; value and readOnly changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    if (editor && editor.getValue() !== value) editor.setValue(value);
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly });
  }, [readOnly]);

  return <div ref={host} className="toml-editor" data-testid="toml-editor" />;
}
