/** Where one side of an A/B comparison comes from. */
export type ConfigSource = { kind: 'buffer' } | { kind: 'version'; id: number } | { kind: 'preset'; id: number };

/** As the value of a `<select>` option: `buffer`, `version:12`, `preset:3`. */
export function encodeSource(source: ConfigSource): string {
  return source.kind === 'buffer' ? 'buffer' : `${source.kind}:${source.id}`;
}

export function decodeSource(value: string): ConfigSource | null {
  if (value === 'buffer') return { kind: 'buffer' };
  const m = /^(version|preset):(\d+)$/.exec(value);
  if (!m) return null;
  const id = Number(m[2]);
  return id > 0 ? { kind: m[1] as 'version' | 'preset', id } : null;
}

/** A seed for a new comparison: same for both arms, recorded, so the run can be repeated. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 2_147_483_647);
}
