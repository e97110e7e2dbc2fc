import { run } from '../jobs/verify.js';

await run();
