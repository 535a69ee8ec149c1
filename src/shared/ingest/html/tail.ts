// The end of a story on a web page: wire credit and copyright lines become fields; the editor's
// sign-off becomes an ednote; an "Author: X" line and the author's bio, print-edition notes and
// "found a mistake?" prompts are not body text. Works on draft paragraphs from the end backwards.
import type { ParsedItem } from '../types';
import { removeDraft, tagRepairs } from './item';
import type { BuiltBlock, PlacedCaption } from './built';
import { copyrightHolderOf, matchCopyrightLine, matchWireCreditLine } from './wireLines';

/** Sentences that open site furniture at the end of an article, in the languages we meet. */
const TAIL_FURNITURE =
  /^(a version of this article appears in print|this article appeared in print|if you (have )?(found|spotted|noticed?) (an? )?(error|mistake|typo)|found an? (error|mistake|typo)|pokud jste v článku zaznamenali chybu|vous avez (repéré|signalé) une erreur|haben sie einen fehler gefunden|follow (us|[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)*) on (twitter|x|facebook|instagram|threads|bluesky)\b|download (our|the) app|sign up (for|to)|subscribe (to|for)|read more:?$|more (on|about) this story)/iu;

const EDITOR_LINE =
  /^\[?\s*(责任编辑|責任編輯|编辑|編輯|出品|原标题|原標題|editor|edited by|original (?:title|headline)|redakce|redaktion|rédaction|edición|a cura di)\s*[:：︱|]\s*([^\]]{1,80})\]?$/iu;
const AUTHOR_LINE = /^(作者|撰文|文|記者|author|autor|auteur|text|texto|testo|written by)\s*[:：︱|]\s*(.{1,60})$/iu;

export interface TailFindings {
  /** Name from an "Author: X" line at the end (may be the real byline when the page's is the editor). */
  authorLine: string | null;
  /** Names from "Editor: X" sign-offs. */
  editors: string[];
}

export function trimTail(item: ParsedItem, drafts: BuiltBlock[], captions: PlacedCaption[], byline: string | null): TailFindings {
  const found: TailFindings = { authorLine: null, editors: [] };
  for (let guard = 0; guard < 8 && drafts.length; guard++) {
    const last = drafts[drafts.length - 1]!;
    const text = last.kind === 'p' ? (last.units[0]?.text ?? '') : '';
    if (!text) break;
    let field: string | null = null;
    const credit = matchWireCreditLine(text);
    const editor = EDITOR_LINE.exec(text);
    const author = AUTHOR_LINE.exec(text);
    if (matchCopyrightLine(text) && !item.copyright) {
      item.copyright = text;
      item.copyright_holder = copyrightHolderOf(text);
      field = 'copyright';
    } else if (credit && !item.credit) {
      item.credit = credit;
      if (credit !== text) item.warnings.push(`credit line "${text}" read as "${credit}"`);
      field = 'credit';
    } else if (editor) {
      found.editors.push(editor[2]!.trim());
      item.ednote = item.ednote ? `${text}\n${item.ednote}` : text;
      field = 'ednote';
    } else if (author) {
      found.authorLine = author[2]!.trim();
      field = 'byline';
    } else if (TAIL_FURNITURE.test(text) || (byline && isAuthorBio(text, byline))) {
      item.warnings.push(`left out of the body (site furniture at the end): "${text.slice(0, 80)}"`);
    } else break;
    const removed = removeDraft(drafts, captions, drafts.length - 1);
    if (field) item.repairs.push(...tagRepairs(field, removed[0]?.repairs ?? []));
  }
  return found;
}

/** "Corey Kilgannon is a Metro reporter covering …" */
function isAuthorBio(text: string, byline: string): boolean {
  const name = byline.split(/,| and | und | et | y /)[0]!.trim();
  return name.length >= 4 && text.startsWith(name) && /^\s+(is|was|covers|writes|reports|has been)\b/.test(text.slice(name.length));
}
