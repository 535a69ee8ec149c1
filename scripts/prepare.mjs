// Runs after `npm ci`/`npm install`: build the app so `npx slugline serve` works right away.
// Skipped when installed as a dependency or when SLUGLINE_SKIP_BUILD=1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.SLUGLINE_SKIP_BUILD === '1' || !existsSync('src/main/index.ts')) process.exit(0);
const result = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (result.status !== 0) {
  console.error('slugline: build after install failed; run `npm run build` to see why');
  process.exit(result.status ?? 1);
}
