// Completeness and fit: fields over their length targets, required fields left empty (a caption
// without a photo credit, a figure without alt text), and a caption that only repeats the headline.
import { z } from 'zod';
import { captionRepeatsHeadline as repeatsHeadline } from '../../credits/figureProblems';
import { countGraphemes } from '../../story/text';
import { defineCheck, type Hit } from './types';

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** UTF-16 offset where the grapheme after the first `n` begins (text.length when there are ≤ n). */
function offsetAfterGraphemes(text: string, n: number): number {
  if (!segmenter) return Array.from(text).slice(0, n).join('').length;
  let k = 0;
  for (const seg of segmenter.segment(text)) if (k++ === n) return seg.index;
  return text.length;
}

export const maxLength = defineCheck({
  name: 'maxLength',
  summary: 'A field longer than its target, in user-perceived characters (targets from preferences or a fixed maximum)',
  params: z
    .object({
      target: z.enum(['headlineChars', 'deckChars', 'captionChars']).optional(),
      max: z.number().int().min(1).max(100_000).optional(),
    })
    .strict()
    .refine((p) => (p.target === undefined) !== (p.max === undefined), 'give either "target" (a preference) or "max" (a number)'),
  fixers: [],
  vars: ['count', 'target', 'over'],
  run(text, { params, context }) {
    const limit = params.max ?? context.preferences.targets[params.target!];
    const count = countGraphemes(text);
    if (count <= limit) return [];
    return [{ start: offsetAfterGraphemes(text, limit), end: text.length, vars: { count, target: limit, over: count - limit } }];
  },
});

export const required = defineCheck({
  name: 'required',
  summary: 'A field that must not be empty (for a photo credit: only when the figure has a caption, if asked)',
  params: z
    .object({ ifCaption: z.boolean().default(false) })
    .strict()
    .prefault({}),
  fixers: [],
  vars: ['figure'],
  run(text, { params, subject, index, field }) {
    if (text.trim() !== '') return [];
    if (params.ifCaption && index !== undefined) {
      const caption = subject.texts('caption')[index]?.text ?? '';
      if (caption.trim() === '') return [];
    }
    const figure = field === 'caption' || field === 'photoCredit' || field === 'alt' ? String((index ?? 0) + 1) : '';
    return [{ start: 0, end: text.length, vars: { figure } }];
  },
});

export const captionRepeatsHeadline = defineCheck({
  name: 'captionRepeatsHeadline',
  summary: 'A caption that repeats the headline instead of describing the picture',
  params: z
    .object({ minWords: z.number().int().min(1).max(50).default(4) })
    .strict()
    .prefault({}),
  fixers: [],
  run(text, { params, subject }) {
    const same = repeatsHeadline(text, subject.text('headline'), params.minWords);
    return same ? [{ start: 0, end: text.length } satisfies Hit] : [];
  },
});
