// Loaded with `node --import` by bench/check: prints the process's peak resident set size and its CPU
// time (user + system, all threads) on exit, so the bench reports memory and work per package without
// any change to the CLI. CPU time, unlike wall time, does not depend on what else the machine runs.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nlockstep-bench-usage ${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
});
