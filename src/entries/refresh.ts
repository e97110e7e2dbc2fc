import { run } from '../jobs/refresh.js';

await run();
