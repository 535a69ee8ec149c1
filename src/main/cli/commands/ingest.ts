// `slugline ingest PATH…`: import wire files or folders into the story database; `--watch`
// keeps watching a folder afterwards (files move to processed/ or error/).
import { resolve } from 'node:path';
import type { ImportFileResult, ImportSummary } from '../../../shared/wire/model';
import { sourcesFromPaths } from '../../ingest/fileSources';
import { watchFolder } from '../../ingest/watchFolder';
import { DB_OPTION, openForCli, parseFlags, writeJson } from '../context';
import { CliError, type CliCommand, type CliIo } from '../io';

function line(result: ImportFileResult): string {
  const mark = { imported: '+', duplicate: '=', rejected: '!' }[result.outcome];
  return `${mark} ${result.message}`;
}

function summaryLine(summary: ImportSummary): string {
  return `${summary.imported} imported (${summary.items} items), ${summary.duplicates} duplicate, ${summary.rejected} rejected${summary.cancelled ? ' — cancelled' : ''}`;
}

export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: 'Import wire files or folders (optionally keep watching a folder)',
  usage: `Usage: slugline ingest PATH… [--db PATH] [--json] [--typography] [--watch]

  Imports every file (folders are walked) and creates a story in status "wire" for each item.
  The same agency item is never imported twice; a newer version is linked to the earlier one and
  the stories made from it are flagged. Refused files are listed with the reason.
  --watch        keep watching the (single) folder given: new files are imported and moved to
                 processed/ or error/ (with a .reason.txt)
  --typography   also apply typographic normalisation (curly quotes, dashes) to imported text
  --json         print the import summary as JSON
  Exit code: 0 when nothing was rejected, 1 otherwise.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      ...DB_OPTION,
      json: { type: 'boolean' },
      typography: { type: 'boolean' },
      watch: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new CliError('give at least one file or folder to import', 2);
    if (values.watch && positionals.length !== 1) throw new CliError('--watch takes exactly one folder', 2);
    const paths = positionals.map((p) => resolve(io.cwd, p));
    const { services } = await openForCli(io, values.db);
    const ctx = { author: services.settings.get().userName };
    const typography = values.typography ?? services.settings.get().typographyOnImport;
    try {
      if (values.watch)
        return await watch(paths[0]!, io, (sources) => services.imports.run(`cli-watch-${Date.now()}`, sources, ctx, typography));
      const { sources, missing } = await sourcesFromPaths(paths);
      if (missing.length) throw new CliError(`${missing[0]}: no such file or folder`);
      const summary = await services.imports.run(`cli-${Date.now()}`, sources, ctx, typography);
      if (values.json) writeJson(io, summary);
      else {
        for (const result of summary.files) io.stdout.write(`${line(result)}\n`);
        io.stdout.write(`${summaryLine(summary)}\n`);
      }
      return summary.rejected > 0 ? 1 : 0;
    } finally {
      await services.close();
    }
  },
};

async function watch(folder: string, io: CliIo, importFiles: Parameters<typeof watchFolder>[1]['importFiles']): Promise<number> {
  const watcher = watchFolder(folder, {
    importFiles,
    onResult: (result) => io.stdout.write(`${line(result)}\n`),
    onError: (message) => io.stderr.write(`slugline ingest: ${message}\n`),
  });
  await watcher.ready;
  io.stdout.write(`Watching ${folder} (Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await watcher.close();
  return 0;
}
