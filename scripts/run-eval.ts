/** `npm run eval [filter...]`: prints each stage's accuracy on the internal dev split. */
import { runTasks } from './run-tasks.js';

runTasks(['src'], '.eval.ts', process.argv.slice(2));
