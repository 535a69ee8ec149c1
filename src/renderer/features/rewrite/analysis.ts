// What the Wire tab asks of the rewrite module in one go, so it can run in a worker: the share,
// and when asked the wire-vs-story diff and the three-way view against a newer wire version.
// Straight from the modules, not the index: the worker bundle stays free of zod and the schemas.
import { rewriteShare, type RewriteShare } from '../../../shared/rewrite/share';
import { threeWay, type WireChange } from '../../../shared/rewrite/threeWay';
import { diffWords, type DiffSegment } from '../../../shared/rewrite/wordDiff';

export interface AnalysisRequest {
  storyText: string;
  wireText: string;
  /** The newer wire version's text, when one is waiting for review. */
  newerText: string | null;
  /** The three-way view compares against this (the version the rewrite began from). */
  baseText: string;
  wantDiff: boolean;
}

export interface AnalysisResult {
  request: AnalysisRequest;
  share: RewriteShare;
  diff: DiffSegment[] | null;
  changes: WireChange[] | null;
  /** How long it took (ms), for the curious and for the bench. */
  took: number;
}

export function analyse(request: AnalysisRequest): AnalysisResult {
  const started = performance.now();
  const share = rewriteShare(request.storyText, request.wireText);
  const diff = request.wantDiff ? diffWords(request.wireText, request.storyText) : null;
  const changes = request.newerText !== null ? threeWay(request.baseText, request.newerText, request.storyText) : null;
  return { request, share, diff, changes, took: performance.now() - started };
}
