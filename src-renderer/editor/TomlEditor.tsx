import { useEffect, useRef } from 'react';
import type { ModuleCatalog } from '../../src-shared/domain/modules';
import type { ConfigProblem } from '../../src-shared/domain/problems';
import { useStudioQuery } from '../state/studio-provider';
import { configureLanguage } from './language-client';
import { monaco } from './monaco';
import { registerTomlLanguage, TOML_LANGUAGE_ID, TOML_THEMES } from './toml-language';
import { registerTomlProviders, watchDiagnostics } from './toml-providers';

export interface TomlEditorProps {
  /** Text put in the editor from outside, each time it changes; never the text `onChange` reported. */
  value: string;
  readOnly?: boolean;
  onChange?: (value: string) => void;
  ariaLabel?: string;
  /**
   * The planner's module catalog: drives completion, hover and validation. Omitted, the editor
   * fetches it (`planner.catalog`); null means none: only TOML syntax errors are reported.
   */
  catalog?: ModuleCatalog | null;
  /** Ctrl+S / Cmd+S in the editor: the host opens its save review. */
  onSaveRequest?: () => void;
  /** The validator's problems for the current text, after each (debounced) check. */
  onProblemsChange?: (problems: ConfigProblem[]) => void;
}

let modelCount = 0;

/** A Monaco editor for one TOML document with the planner's language features; owns create/dispose. */
export function TomlEditor({
  value,
  readOnly = false,
  onChange,
  ariaLabel = 'Strategy TOML editor',
  catalog: givenCatalog,
  onSaveRequest,
  onProblemsChange,
}: TomlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const diagnosticsRef = useRef<ReturnType<typeof watchDiagnostics> | null>(null);
  const fetched = useStudioQuery('planner.catalog', {}, { enabled: givenCatalog === undefined });
  const catalog = givenCatalog === undefined ? (fetched.data ?? null) : givenCatalog;
  const callbacks = useRef({ onChange, onSaveRequest, onProblemsChange });
  callbacks.current = { onChange, onSaveRequest, onProblemsChange };

  useEffect(() => {
    if (!host.current) return;
    registerTomlLanguage();
    registerTomlProviders();
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    // A distinct URI per editor, so markers and quick fixes never mix documents.
    const model = monaco.editor.createModel(value, TOML_LANGUAGE_ID, monaco.Uri.parse(`inmemory://planner-studio/strategy-${++modelCount}.toml`));
    const editor = monaco.editor.create(host.current, {
      model,
      readOnly,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      ariaLabel,
      theme: editorTheme(dark),
      quickSuggestions: { other: true, comments: false, strings: true },
      // Suggestions come from the schema only; words of the document would be noise.
      wordBasedSuggestions: 'off',
      suggestOnTriggerCharacters: true,
      tabSize: 2,
      folding: true,
      showFoldingControls: 'mouseover',
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    const changes = editor.onDidChangeModelContent(() => callbacks.current.onChange?.(editor.getValue()));
    // Ctrl+S goes to onSaveRequest when given; otherwise it bubbles to the page's own handler.
    const keys = editor.onKeyDown((e) => {
      const save = callbacks.current.onSaveRequest;
      if (!save || !(e.ctrlKey || e.metaKey) || e.altKey || e.keyCode !== monaco.KeyCode.KeyS) return;
      e.preventDefault();
      e.stopPropagation();
      save();
    });
    diagnosticsRef.current = watchDiagnostics(model, (diagnostics) => callbacks.current.onProblemsChange?.(diagnostics.map((d) => d.problem)));
    // Follow the OS scheme, or the theme pinned on <html data-theme> (View > Theme).
    const onScheme = () => monaco.editor.setTheme(editorTheme(dark));
    dark.addEventListener('change', onScheme);
    const pinned = new MutationObserver(onScheme);
    pinned.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      dark.removeEventListener('change', onScheme);
      pinned.disconnect();
      diagnosticsRef.current?.dispose();
      diagnosticsRef.current = null;
      changes.dispose();
      keys.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is created once; value, readOnly and catalog changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // The worker is shared: an editor without a catalog (a read-only viewer) leaves it as is.
    if (!catalog) return;
    configureLanguage(catalog);
    diagnosticsRef.current?.refresh();
  }, [catalog]);

  useEffect(() => {
    // Only a new `value` from outside replaces the text: hosts never feed typed text back (by the
    // time React renders a keystroke the user may have typed the next, and setting the older text
    // would move the cursor and drop input). Whatever the user typed before, a new value is shown,
    // even one equal to a text typed earlier.
    const editor = editorRef.current;
    if (editor && editor.getValue() !== value) editor.setValue(value);
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  return <div ref={host} className="toml-editor" data-testid="toml-editor" />;
}

function editorTheme(osDark: MediaQueryList): string {
  const pinned = document.documentElement.getAttribute('data-theme');
  const isDark = pinned === 'dark' || (pinned !== 'light' && osDark.matches);
  return isDark ? TOML_THEMES.dark : TOML_THEMES.light;
}
