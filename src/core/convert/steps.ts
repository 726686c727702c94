/** Work done in slices: a generator that pauses (yields) between steps and returns its result. */
export type Steps<T> = Generator<void, T>;

/** Runs every step at once, for callers with nothing else to do meanwhile (the CLI, tests). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
