// CLI: serve the built app for the browser tests.
//   npx tsx tests/servers/serve-app.ts [--port 4173] [--prefix /switchboard/] [--https] [--host 127.0.0.1] [--root dist]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    prefix: { type: 'string', default: '/switchboard/' },
    https: { type: 'boolean', default: false },
    host: { type: 'string' },
    root: { type: 'string' },
  },
});

try {
  const server = await startStaticServer({
    port: Number(values.port),
    prefix: values.prefix,
    https: values.https,
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values.root !== undefined ? { root: resolve(values.root) } : {}),
  });
  console.log(`serving the app at ${server.url}`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
