// media* calls: images into the media library. The library checks what the bytes really are;
// this module only decodes the transport form and hands back what the figure node stores.
import { AppError } from '../../shared/contract/result';
import type { Handlers } from '../ipc/registry';
import type { HandlerDeps } from './deps';

export function mediaHandlers(deps: HandlerDeps): Pick<Handlers, 'mediaImport'> {
  return {
    async mediaImport({ fileName, dataBase64 }) {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length === 0) throw new AppError('bad-input', `${fileName}: the file is empty.`);
      const imported = await deps.media.importImage(fileName, bytes);
      return { id: imported.id, width: imported.width, height: imported.height, mime: imported.mime };
    },
  };
}
