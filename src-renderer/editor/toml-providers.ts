import type { SourceRange } from '../../src-shared/domain/problems';
import type { CompletionKind } from '../../src-shared/toml-language/complete';
import type { Diagnostic } from '../../src-shared/toml-language/diagnose';
import type { OutlineSymbol } from '../../src-shared/toml-language/outline';
import { DIAGNOSTICS_DEBOUNCE_MS } from './diagnostics-timing';
import { languageClient } from './language-client';
import { monaco } from './monaco';
import { TOML_LANGUAGE_ID } from './toml-language';

/**
 * Thin Monaco providers in front of the language worker: each converts a Monaco request to
 * text + position, asks the worker, and converts the answer back. No language logic lives here.
 */
const MARKER_OWNER = 'planner';


/** The latest diagnostics of each model, for the quick-fix provider. */
const latest = new WeakMap<monaco.editor.ITextModel, Diagnostic[]>();

let registered = false;

export function registerTomlProviders(): void {
  if (registered) return;
  registered = true;
  const { languages } = monaco;
  languages.registerCompletionItemProvider(TOML_LANGUAGE_ID, {
    triggerCharacters: ['[', '.', '=', '"', ',', ' '],
    async provideCompletionItems(model, position) {
      const items = await languageClient().complete(model.getValue(), { line: position.lineNumber, column: position.column });
      return {
        suggestions: items.map((item) => ({
          label: item.label,
          kind: COMPLETION_KINDS[item.kind],
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          insertText: item.insertText,
          insertTextRules: item.snippet ? languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          filterText: item.filterText,
          sortText: item.sortText,
          range: toRange(item.range),
        })),
      };
    },
  });
  languages.registerHoverProvider(TOML_LANGUAGE_ID, {
    async provideHover(model, position) {
      const info = await languageClient().hover(model.getValue(), { line: position.lineNumber, column: position.column });
      return info ? { contents: [{ value: info.contents }], range: toRange(info.range) } : null;
    },
  });
  languages.registerCodeActionProvider(
    TOML_LANGUAGE_ID,
    {
      provideCodeActions(model, range, context) {
        const actions: monaco.languages.CodeAction[] = [];
        for (const diagnostic of latest.get(model) ?? []) {
          const marker = context.markers.find((m) => sameMarker(m, diagnostic));
          if (!marker || !monaco.Range.areIntersectingOrTouching(range, toRange(diagnostic.range))) continue;
          for (const fix of diagnostic.fixes) {
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              diagnostics: [marker],
              isPreferred: fix.preferred,
              edit: {
                edits: fix.edits.map((e) => ({ resource: model.uri, textEdit: { range: toRange(e.range), text: e.text }, versionId: model.getVersionId() })),
              },
            });
          }
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
  languages.registerDocumentFormattingEditProvider(TOML_LANGUAGE_ID, {
    async provideDocumentFormattingEdits(model) {
      const text = model.getValue();
      const formatted = await languageClient().format(text);
      if (formatted === null || formatted === text) return [];
      return [{ range: model.getFullModelRange(), text: formatted }];
    },
  });
  languages.registerDocumentSymbolProvider(TOML_LANGUAGE_ID, {
    displayName: 'TOML tables',
    async provideDocumentSymbols(model) {
      return (await languageClient().outline(model.getValue())).map(toSymbol);
    },
  });
  languages.registerFoldingRangeProvider(TOML_LANGUAGE_ID, {
    async provideFoldingRanges(model) {
      const ranges = await languageClient().folding(model.getValue());
      return ranges.map((r) => ({ start: r.start, end: r.end, kind: r.kind === 'comment' ? languages.FoldingRangeKind.Comment : undefined }));
    },
  });
}

/**
 * Validates a model as it changes (debounced) and shows the problems as markers; answers
 * that arrive after a newer edit are dropped. `refresh` re-runs it (e.g. when the catalog changed).
 */
export function watchDiagnostics(model: monaco.editor.ITextModel, onDiagnostics: (diagnostics: Diagnostic[]) => void): { refresh(): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const run = async () => {
    const version = model.getVersionId();
    let diagnostics: Diagnostic[];
    try {
      diagnostics = await languageClient().diagnose(model.getValue());
    } catch (error) {
      console.warn('TOML diagnostics failed', error);
      return;
    }
    if (disposed || model.isDisposed() || version !== model.getVersionId()) return;
    latest.set(model, diagnostics);
    monaco.editor.setModelMarkers(model, MARKER_OWNER, diagnostics.map(toMarker));
    onDiagnostics(diagnostics);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DIAGNOSTICS_DEBOUNCE_MS);
  };
  const subscription = model.onDidChangeContent(schedule);
  void run();
  return {
    refresh: schedule,
    dispose() {
      disposed = true;
      clearTimeout(timer);
      subscription.dispose();
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    },
  };
}

const COMPLETION_KINDS: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  section: monaco.languages.CompletionItemKind.Folder,
  module: monaco.languages.CompletionItemKind.Module,
  table: monaco.languages.CompletionItemKind.Struct,
  key: monaco.languages.CompletionItemKind.Property,
  value: monaco.languages.CompletionItemKind.Value,
  snippet: monaco.languages.CompletionItemKind.Snippet,
};

const SYMBOL_KINDS: Record<OutlineSymbol['kind'], monaco.languages.SymbolKind> = {
  section: monaco.languages.SymbolKind.Namespace,
  table: monaco.languages.SymbolKind.Object,
  'array-table': monaco.languages.SymbolKind.Array,
  key: monaco.languages.SymbolKind.Property,
};

const SEVERITIES = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

function toRange(r: SourceRange): monaco.IRange {
  return { startLineNumber: r.line, startColumn: r.column, endLineNumber: r.endLine, endColumn: r.endColumn };
}

function toMarker(d: Diagnostic): monaco.editor.IMarkerData {
  return { ...toRange(d.range), severity: SEVERITIES[d.problem.severity], message: d.problem.message, code: d.problem.code, source: MARKER_OWNER };
}

function sameMarker(marker: monaco.editor.IMarkerData, d: Diagnostic): boolean {
  return marker.message === d.problem.message && marker.startLineNumber === d.range.line && marker.startColumn === d.range.column;
}

function toSymbol(s: OutlineSymbol): monaco.languages.DocumentSymbol {
  return {
    name: s.name || ' ',
    detail: s.detail,
    kind: SYMBOL_KINDS[s.kind],
    tags: [],
    range: toRange(s.range),
    selectionRange: toRange(s.selectionRange),
    children: s.children.map(toSymbol),
  };
}
