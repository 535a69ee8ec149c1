// The workflow: status changes under the rules of shared/workflow/transitions.ts, the ready gate
// on the way into Ready and Published, a note required when a story goes back, every change in
// the story's history; and the desk's bulk actions, each story through the same rules.
import { AppError } from '../../shared/contract/result';
import { STATUS_LABELS, type Story, type StoryStatus } from '../../shared/story/model';
import type { BulkStatusResult, BulkTagResult, GateVerdict, Refusal } from '../../shared/workflow/schemas';
import { checkMove, STATUS_PHRASES } from '../../shared/workflow/transitions';
import type { StoryRepository, WriteContext } from '../db/storyRepository';
import type { ReadyGate } from './readyGate';

export interface Workflow {
  setStatus(id: number, to: StoryStatus, note: string, ctx: WriteContext): Promise<Story>;
  /**
   * Take a story off the spike. It goes back to where it was — except that Ready and Published
   * must pass the ready gate again; if they do not, the story returns to the Copy desk instead.
   */
  unspike(id: number, note: string, ctx: WriteContext): Promise<Story>;
  bulkStatus(ids: readonly number[], to: StoryStatus, note: string, ctx: WriteContext): Promise<BulkStatusResult>;
  bulkTag(
    ids: readonly number[],
    change: { add: string[]; remove: string[] },
    ctx: WriteContext,
    heldElsewhere: (id: number) => Promise<string | null>,
  ): Promise<BulkTagResult>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 error findings not waived (Placeholder left in copy: “TK”; …) and an unacknowledged kill flag." */
export function gateMessage(story: Story, to: StoryStatus, verdict: GateVerdict): string {
  const parts: string[] = [];
  if (verdict.findings.length) {
    // The same message in several fields reads once, with how many times.
    const counted = new Map<string, number>();
    for (const f of verdict.findings) counted.set(f.message, (counted.get(f.message) ?? 0) + 1);
    const listed = [...counted].slice(0, 3).map(([message, n]) => (n > 1 ? `${message} ×${n}` : message));
    parts.push(`${plural(verdict.findings.length, 'error finding')} not waived (${listed.join('; ')}${counted.size > 3 ? '; …' : ''})`);
  }
  if (verdict.flags.length)
    parts.push(`${plural(verdict.flags.length, 'unacknowledged wire flag')} (${verdict.flags.map((f) => f.kind).join(', ')})`);
  const name = story.headline ? `“${story.headline.slice(0, 80)}”` : `Story ${story.id}`;
  return `${name} cannot move to ${STATUS_LABELS[to]}: ${parts.join(' and ')}.`;
}

function refusalOf(id: number, headline: string, err: unknown): Refusal {
  if (err instanceof AppError) {
    const details = (err.details ?? {}) as Partial<GateVerdict>;
    return {
      id,
      headline,
      code: err.code,
      message: err.message,
      ...(details.findings ? { findings: details.findings } : {}),
      ...(details.flags ? { flags: details.flags } : {}),
    };
  }
  return { id, headline, code: 'internal', message: err instanceof Error ? err.message : String(err) };
}

export function createWorkflow(deps: { repo: StoryRepository; gate: ReadyGate }): Workflow {
  const { repo, gate } = deps;

  async function setStatus(id: number, to: StoryStatus, note: string, ctx: WriteContext): Promise<Story> {
    const story = await repo.get(id);
    if (!story) throw new AppError('not-found', `Story ${id} does not exist.`);
    const move = checkMove(story.status, to);
    if (!move.allowed) throw new AppError('refused', move.reason);
    const why = note.trim();
    if (move.needsNote && !why) {
      throw new AppError(
        'refused',
        `Moving a story back from ${STATUS_LABELS[story.status]} to ${STATUS_LABELS[to]} needs a note saying why.`,
      );
    }
    if (move.gated) {
      const verdict = await gate(story);
      if (!verdict.ok) throw new AppError('refused', gateMessage(story, to, verdict), { findings: verdict.findings, flags: verdict.flags });
    }
    return move.kind === 'spike' ? repo.spike(id, ctx, why) : repo.setStatus(id, to, ctx, why);
  }

  async function unspike(id: number, note: string, ctx: WriteContext): Promise<Story> {
    const story = await repo.get(id);
    if (!story) throw new AppError('not-found', `Story ${id} does not exist.`);
    const back = await repo.statusBeforeSpike(id);
    if (back === null) throw new AppError('refused', `Story ${id} is not spiked.`);
    if (back === 'ready' || back === 'published') {
      const verdict = await gate(story);
      if (!verdict.ok) {
        const why = `${gateMessage(story, back, verdict)} Restored to ${STATUS_LABELS.copy} instead.`;
        return repo.unspike(id, ctx, [note.trim(), why].filter(Boolean).join(' — '), 'copy');
      }
    }
    return repo.unspike(id, ctx, note.trim());
  }

  return {
    setStatus,
    unspike,

    async bulkStatus(ids, to, note, ctx) {
      const result: BulkStatusResult = { moved: [], refused: [] };
      for (const id of new Set(ids)) {
        const before = await repo.get(id);
        try {
          if (before?.status === to) throw new AppError('refused', `Already ${STATUS_PHRASES[to]}.`);
          const after = await setStatus(id, to, note, ctx);
          result.moved.push({ id, from: before!.status, to: after.status });
        } catch (err) {
          result.refused.push(refusalOf(id, before?.headline ?? '', err));
        }
      }
      return result;
    },

    async bulkTag(ids, change, ctx, heldElsewhere) {
      const result: BulkTagResult = { changed: [], unchanged: [], refused: [] };
      const removing = new Set(change.remove.map((t) => t.trim().toLowerCase()));
      for (const id of new Set(ids)) {
        const story = await repo.get(id);
        if (!story) {
          result.refused.push({ id, headline: '', code: 'not-found', message: `Story ${id} does not exist.` });
          continue;
        }
        // Tags are content (they bump the version): writing them under an open editor would make
        // its next save conflict, so a story someone is editing is left for them.
        const holder = await heldElsewhere(id);
        if (holder) {
          result.refused.push({ id, headline: story.headline, code: 'refused', message: `Being edited by ${holder}; tag it there.` });
          continue;
        }
        const kept = story.tags.filter((t) => !removing.has(t.toLowerCase()));
        const have = new Set(kept.map((t) => t.toLowerCase()));
        const tags = [...kept, ...change.add.filter((t) => !have.has(t.trim().toLowerCase()) && have.add(t.trim().toLowerCase()))];
        if (tags.length === story.tags.length && tags.every((t, i) => t === story.tags[i])) {
          result.unchanged.push(id);
          continue;
        }
        try {
          const what = [...change.add.map((t) => `+${t}`), ...change.remove.map((t) => `−${t}`)].join(' ');
          await repo.update(id, story.version, { tags }, { mode: 'save', note: `Tags: ${what}` }, ctx);
          result.changed.push(id);
        } catch (err) {
          result.refused.push(refusalOf(id, story.headline, err));
        }
      }
      return result;
    },
  };
}
