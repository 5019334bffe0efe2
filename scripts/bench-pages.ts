// npm run bench:pages — only the page timings (a 2,000-claim article and 100,000 claims in the
// database); writes bench/results-pages.json and bench/results-pages.md.
import { log, runBench } from './bench-lib/run';

runBench('pages').catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
});
