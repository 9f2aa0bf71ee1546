import { monaco } from './monaco';

export const TOML_LANGUAGE_ID = 'toml';

let registered = false;

/** Registers the TOML language (tokens, brackets, comments) once per page. */
export function registerTomlLanguage(): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: TOML_LANGUAGE_ID, extensions: ['.toml'], aliases: ['TOML'] });
  monaco.languages.setLanguageConfiguration(TOML_LANGUAGE_ID, {
    comments: { lineComment: '#' },
    brackets: [
      ['[', ']'],
      ['{', '}'],
    ],
    autoClosingPairs: [
      { open: '[', close: ']' },
      { open: '{', close: '}' },
      { open: '"', close: '"', notIn: ['string'] },
      { open: "'", close: "'", notIn: ['string'] },
    ],
  });
  monaco.languages.setMonarchTokensProvider(TOML_LANGUAGE_ID, {
    tokenizer: {
      root: [
        [/#.*$/, 'comment'],
        [/^\s*\[\[[^\]]*\]\]/, 'type'],
        [/^\s*\[[^\]]*\]/, 'type'],
        [/[A-Za-z0-9_.-]+(?=\s*=)/, 'key'],
        [/"""/, 'string', '@mlbasic'],
        [/'''/, 'string', '@mlliteral'],
        [/"([^"\\]|\\.)*"/, 'string'],
        [/'[^']*'/, 'string'],
        [/\b(true|false)\b/, 'keyword'],
        [/\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?/, 'number.date'],
        [/[+-]?(inf|nan)\b/, 'number'],
        [/[+-]?(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|\d[\d_]*(\.[\d_]+)?([eE][+-]?\d+)?)/, 'number'],
        [/[[\]{}]/, '@brackets'],
      ],
      mlbasic: [
        [/"""/, 'string', '@pop'],
        [/./, 'string'],
      ],
      mlliteral: [
        [/'''/, 'string', '@pop'],
        [/./, 'string'],
      ],
    },
  });
}
