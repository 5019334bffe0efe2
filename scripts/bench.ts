// npm run bench — every benchmark against a production build on a throwaway database; writes
// bench/results.json and bench/results.md. Not part of npm test (about 6 minutes on 2 cores).
// QD_BENCH_SECONDS=5 shortens the load phases while developing.
import { log, runBench } from './bench-lib/run';

runBench('all').catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
});
