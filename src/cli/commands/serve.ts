/**
 * `dabir serve`: the HTTP API and the annotated-article page (src/server) on a local port, until
 * interrupted. The server is only a front end: every answer comes from the library API.
 */
import type { CliCommand } from '../cli-command.js';
import { CliUsageError } from '../cli-errors.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../server/app.js';
import { startServer } from '../../server/start-server.js';

interface ServeFlags {
  port: string;
  host: string;
  maxBody: string;
}

function wholeNumber(flag: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) throw new CliUsageError(`option '${flag}' must be a whole number up to ${max}, got '${value}'`);
  return Number(value);
}

async function runServe(flags: ServeFlags): Promise<void> {
  const server = await startServer({
    port: wholeNumber('--port <port>', flags.port, 65535),
    host: flags.host,
    maxBodyBytes: wholeNumber('--max-body <bytes>', flags.maxBody, 1 << 30),
  });
  process.stderr.write(`dabir: serving the page at ${server.url}/ and the API at ${server.url}/api (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void server.close().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const serveCommand: CliCommand = {
  name: 'serve',
  register(program) {
    program
      .command('serve')
      .description('serve the HTTP API (/api) and the annotated-article web page (/)')
      .option('-p, --port <port>', 'port to listen on (0 = any free port)', '8080')
      .option('--host <host>', 'address to bind (0.0.0.0 for every interface)', '127.0.0.1')
      .option('--max-body <bytes>', 'largest request body accepted', String(DEFAULT_MAX_BODY_BYTES))
      .addHelpText(
        'after',
        '\nEndpoints (JSON in, JSON out; errors are {"error": {"code", "message"}} with a 4xx status):\n' +
          '  POST /api/analyze    {"text", "until"?, "normalize"?}  the Doc, as `dabir analyze`\n' +
          '  POST /api/tokenize   {"text", "normalize"?}            sentences and tokens\n' +
          '  POST /api/normalize  {"text", "normalize"?}            {"text", "edits", "offsets"}\n' +
          '  GET  /api/health                                       {"status": "ok", "version"}\n' +
          '  GET  /                                                 the page: paste an article, see it annotated\n' +
          '\nExample:\n  dabir serve --port 8080 &\n' +
          `  curl -s localhost:8080/api/analyze -d '{"text": "به گزارش ایسنا، وزیر گفت: «…»"}'`,
      )
      .action(async (flags: ServeFlags) => {
        await runServe(flags);
      });
  },
};
