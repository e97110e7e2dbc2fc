import { run } from '../jobs/save-cache.js';

await run();
