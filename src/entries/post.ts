import { run } from '../jobs/post.js';

await run();
