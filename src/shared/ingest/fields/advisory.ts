// Advisories: items that are notices about other items (kill, hold, correction, substitute /
// write-thru, canceled or withheld status, "Eds:" notes that correct an earlier item). Read from
// the status, slug, take key, headline and editorial notes.
import type { WireAdvisory } from '../types';

export interface AdvisorySource {
  status: string | null;
  slug: string | null;
  take_key: string | null;
  headline: string | null;
  ednote: string | null;
}

const KILL = /\b(?:KILL(?:ED)?|MANDATORY KILL|WITHDRAWN?|WITHDRAWAL|ELIMINATE|ELIMINATION|ANNULATION|STORNO|LÖSCHUNG|ANULADA)\b/;
const KILL_NOTE = /\b(?:kill(?:ed)?|withdraw(?:n|s)?|withdrawal|eliminates?|eliminated|do not use|must not be used|please delete)\b/i;
const HOLD = /\b(?:HOLD|HOLD FOR RELEASE|SPERRFRIST|EMBARGOED)\b/;
const HOLD_NOTE = /\b(?:hold for release|please hold|hold until)\b/i;
const CORRECTION = /\b(?:CORRECTION|CORRECTED|CORRECTS|CORRECTIVE|BERICHTIGUNG|KORREKTUR|RECTIFICATIF|CORRECCIÓN|CORREZIONE)\b/;
const SUBSTITUTE = /\b(?:SUB(?:STITUTE|S)?|REFILE|REPEAT|(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld-)?Write-?thru|WRITETHRU|NEUFASSUNG|NEU)\b/i;
const EDS_FIX =
  /\b(?:correct(?:s|ed|ion)?|fix(?:es|ed)?|clarif(?:y|ies|ied)|changes?\s+(?:\d|the|to|spelling|name|figure|graf|byline)|updates? (?:to correct|with correct))\b/i;

function statusAdvisory(status: string | null): WireAdvisory | null {
  const s = (status ?? '').toLowerCase().replace(/^.*:/, '');
  if (/^(?:canceled|cancelled|killed|deleted)$/.test(s)) return 'canceled';
  if (/^(?:withheld|embargoed)$/.test(s)) return 'withheld';
  return null;
}

export function detectAdvisory(src: AdvisorySource): WireAdvisory | null {
  const byStatus = statusAdvisory(src.status);
  if (byStatus) return byStatus;
  const keys = [src.slug, src.take_key].filter((s): s is string => !!s).join(' | ');
  // Headlines are only read at their start ("KILL: …", "CORRECTION: …"): all-caps headlines
  // such as "MAN KILLED IN CRASH" are news, not notices.
  const head = /^\s*([A-ZÄÖÜÉ]{3,20}(?: [A-ZÄÖÜÉ]{2,12})?)\s*[:/-]/.exec(src.headline ?? '')?.[1] ?? '';
  const note = src.ednote ?? '';
  if (
    KILL.test(keys) ||
    KILL.test(head) ||
    /^\s*(?:eds?|editors?)\s*:.*\b(?:eliminate|kill|withdraw)/i.test(note) ||
    (KILL_NOTE.test(note) && /\b(?:story|item|report|dispatch)\b/i.test(note))
  )
    return 'kill';
  if (HOLD.test(src.take_key ?? '') || HOLD.test(src.slug ?? '') || HOLD_NOTE.test(note)) return 'hold';
  if (CORRECTION.test(keys) || CORRECTION.test(head)) return 'correction';
  // An "Eds:" note that corrects an earlier version says more than the write-thru it rides on.
  if (/(?:^|\n)\s*\(?\s*eds?\s*:/i.test(note) && EDS_FIX.test(note)) return 'eds-note';
  if (SUBSTITUTE.test(src.take_key ?? '') || /\bWrite-?thru\b|\bREFILE\b|\bSUB(?:STITUTE)?\b/i.test(src.slug ?? '')) return 'substitute';
  return null;
}

/** "3rd Ld-Writethru" → "3"; null when the take key carries no version. */
export function versionFromTakeKey(takeKey: string | null): string | null {
  const m = /\b(\d{1,3})(?:st|nd|rd|th)\s*(?:Ld-?)?\s*Write-?thru\b/i.exec(takeKey ?? '');
  return m ? m[1]! : null;
}
