import { run } from '../jobs/setup/index.js';
import { actionsWheelStore } from '../jobs/wheel-store.js';

await run({ wheelStore: actionsWheelStore() });
