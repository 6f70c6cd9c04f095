// Starts the dev server (as `npm start` does, without opening a browser) with its pre-bundle cache in `cacheDir`,
// so a test can watch the very first load of a fresh clone: `node test/e2e/dev-server.mjs <port> <cacheDir>`.
import { createServer } from 'vite';

const [port, cacheDir] = process.argv.slice(2);
const server = await createServer({
  configFile: 'vite.config.ts', cacheDir, clearScreen: false, logLevel: 'info',
  server: { port: Number(port), strictPort: true, host: '127.0.0.1', open: false },
});
await server.listen();
server.printUrls();
