import { run } from '../jobs/review.js';

await run();
