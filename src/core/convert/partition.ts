/** Splits items, in order, into at most `groups` runs of similar total size (each item goes where its middle falls). */
export function partitionBySize<T>(items: readonly T[], groups: number, sizeOf: (item: T) => number): T[][] {
  const sizes = items.map((item) => Math.max(1, sizeOf(item)));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const runs: T[][] = [];
  let before = 0;
  items.forEach((item, index) => {
    // The middle lies at least half a unit before the total, so the run is at most `groups - 1`.
    const run = Math.floor(((before + sizes[index] / 2) / total) * groups);
    before += sizes[index];
    if (runs.length - 1 < run) runs.push([item]);
    else runs[runs.length - 1].push(item);
  });
  return runs;
}
