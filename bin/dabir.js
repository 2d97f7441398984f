#!/usr/bin/env node
// The `dabir` command: runs the compiled CLI in dist/ (built by `npm run build`, which `npm ci` and
// `npm install` run through the `prepare` script).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('dabir: the compiled CLI (dist/cli/main.js) is missing; run `npm run build` first\n');
    process.exit(1);
  }
  throw error;
}
await cli.main();
