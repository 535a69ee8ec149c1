// wire* calls: import files or pasted copy, follow and cancel imports, read a wire item, and the
// flags the wire raised on a story.
import { AppError } from '../../shared/contract/result';
import type { Handlers } from '../ipc/registry';
import { bytesSource } from '../ingest/importer';
import { writer, type HandlerDeps } from './deps';

type WireHandlers = Pick<
  Handlers,
  'wireImport' | 'wireImportText' | 'wireImportCancel' | 'wireGet' | 'storyFlags' | 'storyFlagAck' | 'watchStatus'
>;

/** A display name for a file: no folders, no control characters. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'file';
}

export function wireHandlers(deps: HandlerDeps): WireHandlers {
  const typography = () => deps.settings.get().typographyOnImport;
  return {
    async wireImport({ jobId, files }) {
      const sources = files.map((f) => bytesSource(safeName(f.name), new Uint8Array(Buffer.from(f.dataBase64, 'base64'))));
      return deps.imports.run(jobId, sources, writer(deps), typography());
    },
    async wireImportText({ jobId, text, name }) {
      const bytes = new TextEncoder().encode(text);
      const fileName = safeName(name ?? `pasted-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
      return deps.imports.run(jobId, [bytesSource(fileName, bytes)], writer(deps), typography());
    },
    wireImportCancel: ({ jobId }) => ({ cancelled: deps.imports.cancel(jobId) }),
    async wireGet({ id }) {
      const item = await deps.wire.get(id);
      if (!item) throw new AppError('not-found', `Wire item ${id} does not exist.`);
      return item;
    },
    async storyFlags({ storyId }) {
      if (!(await deps.repo.get(storyId))) throw new AppError('not-found', `Story ${storyId} does not exist.`);
      return { flags: await deps.wire.flags(storyId) };
    },
    async storyFlagAck({ flagId, note }) {
      const flag = await deps.wire.acknowledgeFlag(flagId, writer(deps), note);
      deps.events.emit({ type: 'story-flagged', storyIds: [flag.storyId] });
      return flag;
    },
    watchStatus: () => deps.watch.status(),
  };
}
