import { run } from '../jobs/bump.js';

await run();
