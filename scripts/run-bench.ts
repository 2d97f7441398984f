/** `npm run bench [filter...]`: speed of each stage beside the peers that run here. */
import { runTasks } from './run-tasks.js';

runTasks(['bench'], '.bench.ts', process.argv.slice(2));
