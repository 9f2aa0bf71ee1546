/** A TOML value (as the semantic diff carries it) the way it would be written in TOML. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k} = ${formatValue(v)}`)
      .join(', ')} }`;
  }
  return String(value);
}
