// Rewrite from wire, pure: how much of a story is rewritten, the credit that share calls for, word
// diffs for people to read, a newer wire version placed against the rewrite, and body edits by
// text offset. No DOM and no Node: the renderer, main and the checks engine all use it.
export { rewriteShare, MIN_KEPT_RUN, MIN_MOVED_RUN, type RewriteShare } from './share';
export { diffWords, sidesOf, type DiffSegment } from './wordDiff';
export {
  creditBand,
  creditSuggestion,
  creditContradiction,
  type CreditBand,
  type CreditOptions,
  type CreditRules,
  type CreditSuggestion,
} from './credit';
export { threeWay, type Placement, type WireChange } from './threeWay';
export { bodyProjection, blockAt, replaceTextRange, sliceInline, type BodyProjection, type BlockSpan } from './bodyEdit';
export { applyWireChange } from './applyChange';
export {
  wireFields,
  segmentsOf,
  fieldText,
  wireBodyText,
  plainOfHtml,
  findRepairInStory,
  type PlacedRepair,
  type WireField,
  type WireFieldKey,
  type WireSegment,
} from './wireText';
export { diffStoryFields, type FieldDiff } from './fieldDiff';
export { tokenize, normWord, type WordToken } from './tokens';
export { storyEditForRepair, type RepairStoryEdit } from './repairOffer';
