import { run } from '../jobs/health.js';

await run();
