import { run } from '../jobs/setup.js';
import { actionsWheelStore } from '../jobs/wheel-store.js';

await run({ wheelStore: actionsWheelStore() });
