// `npm start`: serves the production build (dist/) on http://localhost:4173 and says where.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFeedRoute } from './feed-proxy';
import { createStaticServer } from './static-server';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(`${root}index.html`)) {
  console.error('Earshot: there is no build in dist/. Run `npm run build` first (`npm start` does it for you).');
  process.exit(1);
}

// EARSHOT_ALLOW_LOOPBACK_FEEDS=1 lets the feed proxy reach this machine: for tests only.
const server = createStaticServer({ root, routes: [createFeedRoute({ allowLoopback: process.env.EARSHOT_ALLOW_LOOPBACK_FEEDS === '1' })] });
server.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EADDRINUSE') console.error(`Earshot: port ${port} is already in use. Stop the other server or run with PORT=<another port>.`);
  else console.error('Earshot: the server failed to start:', e.message);
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`Earshot is running at http://${shown}:${port}/  (Ctrl+C to stop)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
