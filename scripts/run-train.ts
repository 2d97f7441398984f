/** `npm run train [filter...]`: rebuilds every model in models/ from ../shared/data. */
import { runTasks } from './run-tasks.js';

runTasks(['src'], '.train.ts', process.argv.slice(2));
