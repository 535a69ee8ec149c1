// Captions and credits calls: every figure across stories (figureList), editing one in its
// story body (figureUpdate, with the version check), and credit normalisation with a preview of
// every change (creditsPreview) applied only where the figure still reads as previewed (creditsApply).
import { AppError } from '../../shared/contract/result';
import { creditParts, figureAt, figureProblems, planCreditChanges, withFigureChange, type CreditDictionary } from '../../shared/credits';
import type { CreditsApplyResult, FigureRow } from '../../shared/credits/schemas';
import { documentText } from '../../shared/story/text';
import type { FigureIndexRow } from '../db/deskRepository';
import type { Handlers } from '../ipc/registry';
import { copyDesk } from '../services/copyDesk';
import { writer, type HandlerDeps } from './deps';

type CaptionHandlers = Pick<Handlers, 'figureList' | 'figureUpdate' | 'creditsPreview' | 'creditsApply'>;

export function captionHandlers(deps: HandlerDeps): CaptionHandlers {
  const { desk, claims } = copyDesk(deps);
  // The paper's own name (staff photos: "Lena Sorvik/The Daily Slug") is a house form too.
  // Built once per settings read (the credit lookup is cached per dictionary array).
  let cached: { from: unknown; dictionary: CreditDictionary } | null = null;
  const dictionary = (): CreditDictionary => {
    const prefs = deps.settings.get();
    const key = JSON.stringify([prefs.creditDictionary, prefs.site.masthead]);
    if (cached?.from !== key)
      cached = { from: key, dictionary: [...prefs.creditDictionary, { variant: prefs.site.masthead, house: prefs.site.masthead }] };
    return cached.dictionary;
  };
  const withProblems = (row: FigureIndexRow, dict = dictionary()): FigureRow => ({
    ...row,
    problems: figureProblems(row, row.headline, dict),
  });
  const refuseIfHeld = async (storyId: number) => {
    const holder = await claims.heldElsewhere(storyId);
    // Writing the body under an open editor would make its next save conflict: leave it to them.
    if (holder) throw new AppError('refused', `${holder} has this story open for editing; change the figure there, or when they close it.`);
  };

  return {
    async figureList({ problem, limit, offset, ...filter }) {
      const dict = dictionary();
      const rows = (await desk.figures(filter))
        .map((row) => withProblems(row, dict))
        .filter((r) => !problem || r.problems.includes(problem));
      const start = offset ?? 0;
      return { figures: rows.slice(start, start + (limit ?? 200)), total: rows.length };
    },

    async figureUpdate({ storyId, version, index, caption, credit, alt }) {
      const story = await deps.repo.get(storyId);
      if (!story) throw new AppError('not-found', `Story ${storyId} does not exist.`);
      if (story.version !== version) {
        throw new AppError(
          'conflict',
          `“${story.headline || `Story ${storyId}`}” was changed elsewhere since this table was loaded. Your text is kept here; reload the row to see theirs.`,
          {
            current: { version: story.version, figure: figureAt(story.body, index) },
          },
        );
      }
      await refuseIfHeld(storyId);
      const body = withFigureChange(story.body, index, {
        ...(caption !== undefined ? { caption } : {}),
        ...(credit !== undefined ? { credit } : {}),
        ...(alt !== undefined ? { alt } : {}),
      });
      if (!body) throw new AppError('not-found', `Story ${storyId} has no figure ${index + 1}.`);
      const what = [caption !== undefined && 'caption', credit !== undefined && 'credit', alt !== undefined && 'alt text']
        .filter(Boolean)
        .join(', ');
      const saved = await deps.repo.update(
        storyId,
        version,
        { body },
        { mode: 'save', note: `Captions desk: figure ${index + 1} ${what}` },
        writer(deps),
      );
      const figure = figureAt(saved.body, index)!;
      if (credit !== undefined && figure.mediaId) await desk.setMediaCredit(figure.mediaId, creditParts(figure.credit, dictionary()));
      deps.events.emit({ type: 'story-changed', id: saved.id, version: saved.version, status: saved.status, by: writer(deps).author });
      return withProblems({
        storyId,
        storyVersion: saved.version,
        index,
        mediaId: figure.mediaId,
        caption: documentText(figure.caption),
        credit: figure.credit,
        alt: figure.alt,
        headline: saved.headline,
        status: saved.status,
        agency: saved.agency,
      });
    },

    async creditsPreview({ figures, all, filter }) {
      if (!all && !figures?.length) throw new AppError('bad-input', 'Choose figures to normalise, or all of them.');
      const rows = await desk.figures(filter ?? {});
      const wanted = all ? null : new Set(figures!.map((f) => `${f.storyId}:${f.index}`));
      const chosen = wanted ? rows.filter((r) => wanted.has(`${r.storyId}:${r.index}`)) : rows;
      const changes = planCreditChanges(
        chosen.map((r) => ({ storyId: r.storyId, version: r.storyVersion, index: r.index, headline: r.headline, credit: r.credit })),
        dictionary(),
      );
      return { changes };
    },

    async creditsApply({ changes }) {
      const result: CreditsApplyResult = { applied: [], refused: [] };
      const byStory = new Map<number, typeof changes>();
      for (const c of changes) byStory.set(c.storyId, [...(byStory.get(c.storyId) ?? []), c]);
      for (const [storyId, list] of byStory) {
        const refuseAll = (message: string) => list.forEach((c) => result.refused.push({ storyId, index: c.index, message }));
        const story = await deps.repo.get(storyId);
        if (!story) {
          refuseAll('The story no longer exists.');
          continue;
        }
        if (list.some((c) => c.version !== story.version)) {
          refuseAll('The story changed after the preview; preview again.');
          continue;
        }
        const holder = await claims.heldElsewhere(storyId);
        if (holder) {
          refuseAll(`${holder} has the story open for editing.`);
          continue;
        }
        let body = story.body;
        const done: typeof list = [];
        for (const c of list) {
          if (figureAt(body, c.index)?.credit !== c.before) {
            result.refused.push({ storyId, index: c.index, message: 'The credit no longer reads as previewed.' });
            continue;
          }
          body = withFigureChange(body, c.index, { credit: c.after })!;
          done.push(c);
        }
        if (!done.length) continue;
        try {
          const note = `Credits in house form: ${done.map((c) => `${c.before} → ${c.after}`).join('; ')}`.slice(0, 2000);
          await deps.repo.update(storyId, story.version, { body }, { mode: 'save', note }, writer(deps));
          for (const c of done) {
            const mediaId = figureAt(body, c.index)?.mediaId;
            if (mediaId) await desk.setMediaCredit(mediaId, creditParts(c.after, dictionary()));
            result.applied.push({ storyId, index: c.index });
          }
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          done.forEach((c) => result.refused.push({ storyId, index: c.index, message }));
        }
      }
      if (result.applied.length) deps.events.emit({ type: 'stories-changed', reason: 'credits' });
      return result;
    },
  };
}
