/** Binds the app to a port on Node (`dabir serve`), with the package's font and version. */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

export interface ServerOptions extends Pick<AppOptions, 'maxBodyBytes'> {
  readonly port?: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

function readPackageFile(path: string): Uint8Array | undefined {
  try {
    return readFileSync(new URL(`../../${path}`, import.meta.url));
  } catch {
    return undefined;
  }
}

/** Starts the server and resolves once it listens: `await startServer({ port: 8080 })` → { url: 'http://127.0.0.1:8080' }. */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const pkg = readPackageFile('package.json');
  const version = pkg ? (JSON.parse(new TextDecoder().decode(pkg)) as { version: string }).version : '0.0.0';
  const app = createApp({ maxBodyBytes: options.maxBodyBytes, version, fontBytes: readPackageFile('assets/fonts/vazirmatn-variable.woff2') });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise((done, fail) => server.close((err) => (err ? fail(err) : done()))),
      });
    });
    server.once('error', reject);
  });
}
