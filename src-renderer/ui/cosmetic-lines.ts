import { diffLines } from 'diff';

export interface CosmeticLine {
  change: 'added' | 'removed' | 'moved' | 'reformatted';
  text: string;
}

/** A line's meaning for TOML: its content without the comment and without whitespace. */
function meaning(line: string): string {
  let inString: string | null = null;
  let out = '';
  for (const ch of line) {
    if (inString) {
      if (ch === inString) inString = null;
    } else if (ch === '"' || ch === "'") inString = ch;
    else if (ch === '#') break;
    out += ch;
  }
  return inString ? line.replace(/\s+/g, '') : out.replace(/\s+/g, '');
}

/**
 * The edited lines that do not change meaning, to list apart from the semantic changes:
 * comment and blank lines added or removed, lines moved (key order), and lines whose content
 * is the same but spacing or trailing comment differs. Line-level, so a comment appended to
 * a line whose value also changed counts as a real change, not as cosmetic.
 */
export function cosmeticLines(oldText: string, newText: string): CosmeticLine[] {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(oldText, newText)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.removed) removed.push(...lines);
    else if (part.added) added.push(...lines);
  }
  const out: CosmeticLine[] = [];
  const unmatchedAdded = [...added];
  for (const line of removed) {
    const m = meaning(line);
    if (m === '') {
      out.push({ change: 'removed', text: line });
      continue;
    }
    const i = unmatchedAdded.findIndex((a) => meaning(a) === m);
    if (i >= 0) {
      const [twin] = unmatchedAdded.splice(i, 1);
      out.push({ change: twin === line ? 'moved' : 'reformatted', text: twin ?? line });
    }
  }
  for (const line of unmatchedAdded) if (meaning(line) === '') out.push({ change: 'added', text: line });
  return out;
}
