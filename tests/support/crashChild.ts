// A worker the crash tests start and then kill with SIGKILL at a random moment.
//   import <db> <folder>   import every file in the folder (bulk import)
//   autosave <db>          keep saving one story; print "ack <version> <counter>" after each save
// Run with: node --import tsx tests/support/crashChild.ts <mode> …
import { createAppServices } from '../../src/main/services/appServices';
import { sourcesFromPaths } from '../../src/main/ingest/fileSources';
import { memorySettings } from '../../src/main/settings/settingsStore';
import { documentOf, paragraph, textRun } from '../../src/shared/story/document';
import { writeSync } from 'node:fs';

const [mode, dbPath, folder] = process.argv.slice(2);
const services = await createAppServices({ dbPath: dbPath!, settings: memorySettings({ userName: 'Crash Test' }), mode: 'cli' });
const say = (line: string) => writeSync(1, `${line}\n`);

if (mode === 'import') {
  const { sources } = await sourcesFromPaths([folder!]);
  say('ready');
  await services.imports.run(`crash-${process.pid}`, sources, { author: 'Crash Test' }, false);
  say('done');
} else if (mode === 'autosave') {
  const existing = await services.repo.list({ limit: 1 });
  let story = existing.stories[0]
    ? (await services.repo.get(existing.stories[0].id))!
    : await services.repo.create({ fields: { headline: 'counter 0' } }, { author: 'Crash Test' });
  let counter = Number(/counter (\d+)/.exec(story.headline)?.[1] ?? 0);
  say('ready');
  for (;;) {
    counter++;
    const text = `counter ${counter}`;
    const result = await services.registry.invoke(
      'storyUpdate',
      {
        id: story.id,
        version: story.version,
        patch: { headline: text, body: documentOf([paragraph([textRun(`${text} `.repeat(200))])]) },
        mode: counter % 5 ? 'autosave' : 'save',
      },
      { transport: 'test' },
    );
    if (!result.ok) throw new Error(result.error.message);
    story = result.value as typeof story;
    // Acknowledged to "the user" only now, after the write returned.
    say(`ack ${story.version} ${counter}`);
  }
}
