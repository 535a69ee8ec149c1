// `npm start`: the Electron app when its binary is here; otherwise one clear line and the browser
// mode (same renderer, same handlers) on loopback.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electronBinary.mjs';

const node = process.execPath;
const build = spawnSync(node, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('slugline: the build failed (see above)');
  process.exit(build.status ?? 1);
}

const binary = electronBinary();
const args = process.argv.slice(2);
const child = binary
  ? spawn(binary, ['out/main/index.js', ...args], { stdio: 'inherit' })
  : (console.log('Electron binary not installed on this machine: starting the browser mode instead (open the address below).'),
    spawn(node, ['bin/slugline.mjs', 'serve', ...args], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
