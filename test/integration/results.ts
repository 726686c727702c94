/** The line the hosts' harness reads to add this suite's tallies to `npm test`'s summary. */
export function reportResults(passed: number, failed: number): void {
  console.log(`THREADWRIGHT_RESULT ${JSON.stringify({ passed, failed })}`);
}
