/** `npm run train [filter...]`: rebuilds every model in models/ from ../shared/data, then the manifest. */
import { runTasks } from './run-tasks.js';

runTasks(['src'], '.train.ts', process.argv.slice(2));
await import('./write-model-manifest.js');
