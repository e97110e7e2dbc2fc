import { run } from '../jobs/verify-report.js';

await run();
