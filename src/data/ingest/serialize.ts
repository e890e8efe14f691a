/** One observation per line keeps the committed file reviewable in a diff. */
export function serializeDataset(dataset: object): string {
  const d = dataset as Record<string, unknown[]>;
  const block = (key: string) =>
    `  "${key}": [\n${(d[key] ?? []).map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  return `{\n${['publications', 'series', 'observations', 'rankings'].map(block).join(',\n')}\n}\n`;
}
