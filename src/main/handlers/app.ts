// appInfo, settings and tags: the small calls every window needs.
import type { Handlers } from '../ipc/registry';
import type { HandlerDeps } from './deps';

export function appHandlers(deps: HandlerDeps): Pick<Handlers, 'appInfo' | 'settingsGet' | 'settingsUpdate' | 'tagList'> {
  return {
    appInfo: () => ({ ...deps.info, userName: deps.settings.get().userName }),
    settingsGet: () => deps.settings.get(),
    async settingsUpdate({ patch }) {
      const next = deps.settings.update(patch);
      // A new watch folder takes effect at once.
      if (patch.watchFolder !== undefined) await deps.watch.configure(next.watchFolder);
      return next;
    },
    async tagList({ prefix, limit }) {
      return { tags: await deps.repo.tags(prefix, limit ?? 50) };
    },
  };
}
