import { monaco } from './monaco';

export const TOML_LANGUAGE_ID = 'toml';

/** Monaco's own themes plus a colour for TOML dates, which would otherwise look like numbers. */
export const TOML_THEMES = { light: 'planner-light', dark: 'planner-dark' } as const;

let registered = false;

// A key segment: bare, "basic" (with escapes) or 'literal'; a dotted key joins them with dots.
const SEGMENT = /(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')/.source;
const DOTTED_KEY = new RegExp(`${SEGMENT}(?:\\s*\\.\\s*${SEGMENT})*(?=\\s*=)`);
const DATE = /\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?/;
const TIME = /\d{2}:\d{2}:\d{2}(?:\.\d+)?/;

/**
 * Registers the TOML language once per page: tokens (tables, array tables, keys, the four string
 * kinds with escapes, numbers, dates, booleans, comments), brackets, auto-closing pairs and the
 * `#` comment for Ctrl+/. Folding by table comes from the language service (TOML has no indentation).
 */
export function registerTomlLanguage(): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: TOML_LANGUAGE_ID, extensions: ['.toml'], aliases: ['TOML', 'toml'] });
  monaco.editor.defineTheme(TOML_THEMES.light, { base: 'vs', inherit: true, rules: [{ token: 'number.date', foreground: 'AF00DB' }], colors: {} });
  monaco.editor.defineTheme(TOML_THEMES.dark, { base: 'vs-dark', inherit: true, rules: [{ token: 'number.date', foreground: 'C586C0' }], colors: {} });
  monaco.languages.setLanguageConfiguration(TOML_LANGUAGE_ID, {
    comments: { lineComment: '#' },
    brackets: [
      ['[', ']'],
      ['{', '}'],
    ],
    autoClosingPairs: [
      { open: '[', close: ']' },
      { open: '{', close: '}' },
      { open: '"', close: '"', notIn: ['string', 'comment'] },
      { open: "'", close: "'", notIn: ['string', 'comment'] },
    ],
    surroundingPairs: [
      { open: '[', close: ']' },
      { open: '{', close: '}' },
      { open: '"', close: '"' },
      { open: "'", close: "'" },
    ],
    // Keys contain `_` and `-`; numbers may be negative.
    wordPattern: /(-?\d*\.\d\w*)|([A-Za-z0-9_-]+)/g,
  });
  monaco.languages.setMonarchTokensProvider(TOML_LANGUAGE_ID, {
    defaultToken: '',
    tokenPostfix: '.toml',
    // Lines end in "\n" so an unclosed one-line string or header ends at its line instead of
    // colouring the rest of the file (`$` rules never fire on non-empty lines in Monarch).
    includeLF: true,
    tokenizer: {
      root: [
        [/\s+/, ''],
        [/#.*/, 'comment'],
        [/^\s*\[\[/, { token: 'delimiter.bracket', next: '@arrayTableHeader' }],
        [/^\s*\[/, { token: 'delimiter.bracket', next: '@tableHeader' }],
        [DOTTED_KEY, 'key'],
        { include: '@values' },
        [/=/, 'delimiter'],
      ],
      values: [
        [/"""/, { token: 'string.quote', next: '@mlBasic' }],
        [/'''/, { token: 'string.quote', next: '@mlLiteral' }],
        [/"/, { token: 'string.quote', next: '@basic' }],
        [/'/, { token: 'string.quote', next: '@literal' }],
        [/\b(?:true|false)\b/, 'keyword'],
        [DATE, 'number.date'],
        [TIME, 'number.date'],
        [/[+-]?(?:inf|nan)\b/, 'number.float'],
        [/0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*/, 'number.hex'],
        [/[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?/, 'number'],
        [/[{}[\]]/, '@brackets'],
        [/,/, 'delimiter'],
        [/#.*/, 'comment'],
        [/[^\s,\]}#=]+/, 'identifier'],
      ],
      tableHeader: [
        [/\]/, { token: 'delimiter.bracket', next: '@pop' }],
        [/"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+/, 'type'],
        [/\./, 'delimiter'],
        [/\n/, { token: '', next: '@pop' }],
        [/\s+/, ''],
        [/[^\]\n]/, 'invalid'],
      ],
      arrayTableHeader: [
        [/\]\]/, { token: 'delimiter.bracket', next: '@pop' }],
        [/"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+/, 'type'],
        [/\./, 'delimiter'],
        [/\n/, { token: '', next: '@pop' }],
        [/\s+/, ''],
        [/[^\]\n]/, 'invalid'],
      ],
      basic: [
        [/[^"\\\n]+/, 'string'],
        [/\\(?:[btnfr"\\]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, 'string.escape'],
        [/\\./, 'string.escape.invalid'],
        [/"/, { token: 'string.quote', next: '@pop' }],
        [/\n/, { token: '', next: '@pop' }],
      ],
      literal: [
        [/[^'\n]+/, 'string'],
        [/'/, { token: 'string.quote', next: '@pop' }],
        [/\n/, { token: '', next: '@pop' }],
      ],
      mlBasic: [
        [/"""(?!")/, { token: 'string.quote', next: '@pop' }],
        [/[^"\\]+/, 'string'],
        [/\\(?:[btnfr"\\]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\s*$)/, 'string.escape'],
        [/\\./, 'string.escape.invalid'],
        [/"/, 'string'],
      ],
      mlLiteral: [
        [/'''(?!')/, { token: 'string.quote', next: '@pop' }],
        [/[^']+/, 'string'],
        [/'/, 'string'],
      ],
    },
  });
}
