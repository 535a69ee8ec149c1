// `slugline serve`: the browser mode — the built renderer and the same handlers on 127.0.0.1.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHttpHost } from '../../host/httpHost';
import { mediaRoute } from '../../host/mediaRoute';
import { DB_OPTION, openForCli, parseFlags } from '../context';
import { CliError, type CliCommand } from '../io';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export function defaultRendererDir(env: NodeJS.ProcessEnv): string {
  return env['SLUGLINE_RENDERER_DIR'] ? resolve(env['SLUGLINE_RENDERER_DIR']) : join(REPO_ROOT, 'out', 'renderer');
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Run the workstation in a browser (loopback only)',
  usage: `Usage: slugline serve [--db PATH] [--port N] [--token T]

  Serves the app on http://127.0.0.1:N/ (a free port when N is not given) and prints the address
  with its session token. Every API call must carry the token and come from that page.`,
  async run(args, io) {
    const { values } = parseFlags(args, { ...DB_OPTION, port: { type: 'string' }, token: { type: 'string' } }, false);
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new CliError(`--port must be a port number from 0 to 65535 (got "${values.port}")`, 2);
    if (values.token !== undefined && !/^[A-Za-z0-9._~-]{8,200}$/.test(values.token)) {
      throw new CliError('--token must be 8 to 200 letters, digits or . _ ~ -', 2);
    }
    const rendererDir = defaultRendererDir(io.env);
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new CliError(`the app is not built (${rendererDir} has no index.html): run \`npm run build\` first`);
    }
    const { services } = await openForCli(io, values.db, { seedSamples: true });
    let host;
    try {
      host = await startHttpHost({
        registry: services.registry,
        events: services.events,
        rendererDir,
        port,
        ...(values.token ? { token: values.token } : {}),
        extraRoutes: [mediaRoute(() => services.media)],
      });
    } catch (err) {
      await services.close();
      const code = (err as { code?: string }).code;
      throw new CliError(code === 'EADDRINUSE' ? `port ${port} is already in use` : (err as Error).message);
    }
    io.stdout.write(`Slugline is serving ${services.dbPath}\n${host.url}\n`);
    await services.startBackgroundWork();
    const watching = services.watch.status();
    if (watching.active) io.stdout.write(`Watching ${watching.folder} for wire files\n`);
    else if (watching.error) io.stderr.write(`slugline serve: ${watching.error}\n`);
    await new Promise<void>((done) => {
      const stop = () => done();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await host.close();
    await services.close();
    return 0;
  },
};
