// Part of `npm test`: the page test drives Debian's Chromium. Installs it (as root, with apt) when it is
// missing; elsewhere says why the page test will be skipped. Never fails the run by itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.DABIR_CHROMIUM ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  process.stderr.write(`ensure-chromium: ${CHROMIUM} not found and apt-get cannot run here; the Chromium page test will be skipped\n`);
  process.exit(0);
}
process.stderr.write('ensure-chromium: installing Debian chromium for the page test\n');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
} catch (error) {
  process.stderr.write(`ensure-chromium: apt-get failed (${error.message}); the Chromium page test will be skipped\n`);
}
