// One check run as a pure function, the same in the worker and (where there is no worker) in the
// page: the story's fields in, findings out, with the text of each place a finding is in (what its
// offsets count in) and the engine's time. The rewrite share comes from the Wire tab's measure.
import { checkInputFromStory, checkStory, type CheckPreferences, type Finding, type RulePack } from '../../../shared/checks';
import { rewriteShare } from '../../../shared/rewrite/share';
import type { StoryFields } from '../../../shared/story/model';
import { countWords, documentText } from '../../../shared/story/text';
import { placeKey, placeText } from './places';

export interface RunRequest {
  id: number;
  fields: StoryFields;
  agency: string | null;
  preferences: CheckPreferences;
  /** The wire copy the story was rewritten from (as the Wire tab compares it), or null. */
  wireText: string | null;
}

export interface RunResult {
  id: number;
  findings: Finding[];
  /** Each place's text (by placeKey) for the places that have findings. */
  texts: Record<string, string>;
  engineMs: number;
  /** The body's length in words (for the timing the panel shows). */
  words: number;
}

// The share is a word diff (tens of milliseconds, more on a very long story): edits to the other
// fields leave the body as it was, so the last answer is kept for the same two texts.
let lastShare: { body: string; wire: string; share: number } | null = null;
function shareOf(body: string, wire: string): number {
  if (lastShare?.body !== body || lastShare.wire !== wire) lastShare = { body, wire, share: rewriteShare(body, wire).share };
  return lastShare.share;
}

export function runChecks(request: RunRequest, pack: RulePack): RunResult {
  const started = performance.now();
  const { fields, agency, preferences, wireText } = request;
  const bodyText = documentText(fields.body);
  const share = wireText ? shareOf(bodyText, wireText) : null;
  const findings = checkStory(checkInputFromStory({ ...fields, agency }), pack, { preferences, rewriteShare: share });
  const texts: Record<string, string> = {};
  for (const finding of findings) {
    const key = placeKey(finding);
    if (finding.notice || key in texts) continue;
    texts[key] = placeText(fields, finding) ?? '';
  }
  return { id: request.id, findings, texts, engineMs: performance.now() - started, words: countWords(bodyText) };
}
