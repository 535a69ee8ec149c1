// Choosing the character a lossy decoder destroyed: when a byte of a UTF-8 sequence was dropped,
// several characters fit; pick the one its neighbours make most likely (script, case, the
// vowel/consonant rhythm of the language, and how common the letter is).
import { Cls, Script, classOf } from './charclass';
import { isLetter, rarityOf, scriptOf } from './plausibility';
// Local copies: an imported enum is a getter call per access under a CJS transform (tsx, vitest).
const K = { ...Cls };
const S = { ...Script };

// Letters by rough frequency in running news text (most common first), lower case.
const FREQUENT: Record<number, string> = {
  [S.Cyrillic]: 'оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъёіїєґ',
  [S.Greek]: 'αοετινσρκπμυλςηωγδχθφβξζψάέίόύήώϊϋΐΰ',
  [S.Latin]: 'eaoinsrtlcdumpéáóíüöäàèúñçãõâêôšžčřęąłśćńźżőűåøæëïîûìòùýþðœāēīōūğışşțđ',
  [S.Thai]: 'านรอกเมงยวลทดสคบหะไปจพตชขแใโศถผซฉฟฝญฮธฤฆฏฐฑฒณภษฬ',
};

const VOWELS = new Set(
  ['aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēėęěīįıōőœūůűų', 'аеёиоуыэюяіїє', 'αεηιουωάέήίόύώϊϋΐΰ']
    .join('')
    .split('')
    .map((c) => c.charCodeAt(0)),
);

const IOTATED = new Set([...'яюеёєї'].map((c) => c.charCodeAt(0)));

// Per-character answers, computed on first use: these run for every guess, and the string
// functions behind them (toLowerCase, normalize) are far too slow for that.
const LOWER = new Int32Array(0x10000);
const VOWEL = new Int8Array(0x10000);

function lower(cp: number): number {
  if (cp >= 0x10000 || cp < 0) return cp;
  const known = LOWER[cp] ?? 0;
  if (known !== 0) return known - 1;
  const s = String.fromCharCode(cp).toLowerCase();
  const l = s.length === 1 ? s.charCodeAt(0) : cp;
  LOWER[cp] = l + 1;
  return l;
}

function isVowel(cp: number): boolean {
  const l = lower(cp);
  if (l < 0 || l >= 0x10000) return false;
  const known = VOWEL[l] ?? 0;
  if (known !== 0) return known > 0;
  let v: boolean;
  // The soft and hard signs break consonant runs the way vowels do ("сь", "ъя").
  if (l === 0x44c || l === 0x44a || VOWELS.has(l)) v = true;
  // Vietnamese vowels with tone marks: decompose and test the base letter.
  else v = VOWELS.has(String.fromCharCode(l).normalize('NFD').charCodeAt(0));
  VOWEL[l] = v ? 1 : -1;
  return v;
}

const RANKS = new Map<number, Map<number, number>>();

function frequencyBonus(cp: number, script: number): number {
  const list = FREQUENT[script];
  if (!list) return 0;
  let ranks = RANKS.get(script);
  if (!ranks) {
    ranks = new Map();
    for (let i = list.length - 1; i >= 0; i--) ranks.set(list.charCodeAt(i), i);
    RANKS.set(script, ranks);
  }
  const idx = ranks.get(lower(cp)) ?? -1;
  if (idx < 0) return -0.5;
  return 2 - (2 * idx) / list.length;
}

/** Context around the damaged spot: up to two characters each side (code points, -1 = none). */
export interface FillContext {
  prev2: number;
  prev: number;
  next: number;
  next2: number;
  /** Languages (bit per LETTER_GROUPS entry) the line's other accented letters point to. */
  groups?: number;
}

// Accented letters by language family: a guess that fits the letters around it in the line
// ("Đà Nẵng" among Vietnamese letters, "Łódź" among Polish ones) is the likelier one.
const LETTER_GROUPS = [
  'ăâđêôơư',
  'ąćęłńóśźż',
  'áčďéěíňóřšťúůýžĺľô',
  'áéíóöőúüű',
  'ăâîșțşţ',
  'çğıöşüâî',
  'åæøäöéþðáíóúý',
  'äöüß',
  'àâæçéèêëîïôœùûüÿ',
  'áéíóúñüàèìòùâêôãõç',
  'āčēģīķļņšūžąęėįų',
].map((g) => new Set([...g].map((c) => c.charCodeAt(0))));

/** The group of Vietnamese letters, first in LETTER_GROUPS. */
export const VIETNAMESE_GROUP = 1;

const GROUPS = new Int32Array(0x10000).fill(-1);

function groupsOfLetter(cp: number): number {
  const l = lower(cp);
  if (l < 0 || l >= 0x10000) return 0;
  const known = GROUPS[l] ?? -1;
  if (known >= 0) return known;
  let mask = 0;
  // Vietnamese letters with tone marks belong to the first group.
  if (l >= 0x1ea0 && l <= 0x1ef9) mask |= 1;
  for (let i = 0; i < LETTER_GROUPS.length; i++) if (LETTER_GROUPS[i]?.has(l)) mask |= 1 << i;
  GROUPS[l] = mask;
  return mask;
}

/** Language groups with at least two distinct letters in `letters`. */
const SEEN = new Int32Array(0x10000);
let seenStamp = 0;
const counts = new Int32Array(LETTER_GROUPS.length);

/** Language groups with at least two distinct letters among the first `n` of `letters`. */
export function lineGroups(letters: ArrayLike<number>, n: number = letters.length): number {
  counts.fill(0);
  seenStamp++;
  for (let k = 0; k < n; k++) {
    const l = lower(letters[k] ?? 0);
    if (l < 0xc0) continue;
    if (l < 0x10000) {
      if (SEEN[l] === seenStamp) continue;
      SEEN[l] = seenStamp;
    }
    const m = groupsOfLetter(l);
    for (let i = 0; i < counts.length; i++) if ((m >> i) & 1) counts[i] = (counts[i] ?? 0) + 1;
  }
  let mask = 0;
  for (let i = 0; i < counts.length; i++) if ((counts[i] ?? 0) >= 2) mask |= 1 << i;
  return mask;
}

/** True when `cp` fits none of the language groups the line points to (and some exist). */
export function foreignToLine(cp: number, groups: number): boolean {
  return groups !== 0 && (groupsOfLetter(cp) & groups) === 0;
}

/** Score of `cp` as the lost character in `ctx`; higher is more likely. */
export function fillScore(cp: number, ctx: FillContext): number {
  const k = classOf(cp);
  if (k === K.Format || k === K.Unassigned || k === K.Control || k === K.Surrogate) return -10;
  if (k === K.Space) return -6;
  if (k === K.C1) return -3;
  let score = -2 * rarityOf(cp);
  const pk = ctx.prev >= 0 ? classOf(ctx.prev) : K.Space;
  const nk = ctx.next >= 0 ? classOf(ctx.next) : K.Space;
  if (k === K.CloseQuote) {
    // A closing quote ends a word: after a letter or punctuation, before a space or punctuation.
    if (!isLetter(nk)) score += 2;
    return score;
  }
  if (k === K.Punct) return score + (isLetter(pk) && isLetter(nk) ? 1 : -1);
  // Vowel signs of Indic and other scripts are marks too: fine after a letter of their script.
  if (k === K.Mark) return score + (isLetter(pk) && scriptOf(ctx.prev) === scriptOf(cp) ? 0.5 : -4);
  if (!isLetter(k)) return score - 1;
  const script = scriptOf(cp);
  score += frequencyBonus(cp, script);
  if (ctx.groups && cp >= 0xc0 && script === S.Latin) score += (groupsOfLetter(cp) & ctx.groups) !== 0 ? 1.5 : -0.5;
  if (ctx.prev >= 0 && isLetter(pk)) score += scriptOf(ctx.prev) === script ? 1.5 : -3;
  if (ctx.next >= 0 && isLetter(nk)) score += scriptOf(ctx.next) === script ? 1.5 : -3;
  const prevIsLetter = isLetter(pk);
  const nextIsLetter = isLetter(nk);
  if (k === K.Upper) {
    if (prevIsLetter && pk === K.Lower) score -= 3;
    else if (!prevIsLetter && nk === K.Lower) score += 0.5;
    else if (prevIsLetter && nk === K.Lower) score -= 2.5;
    else if (prevIsLetter && pk === K.Upper) score += 0.5;
  } else if (k === K.Lower) {
    if (pk === K.Upper && nk === K.Upper) score -= 2;
    if (!prevIsLetter && nk === K.Upper) score -= 1;
  }
  // Rhythm of vowels and consonants: three consonants or two vowels in a row are rarer.
  if (script === S.Latin || script === S.Cyrillic || script === S.Greek) {
    const v = isVowel(cp);
    const pv = prevIsLetter ? isVowel(ctx.prev) : null;
    const nv = nextIsLetter ? isVowel(ctx.next) : null;
    // Cyrillic iotated vowels (я ю е ё є ї) follow vowels freely: "-ая", "-ою".
    const iotated = script === S.Cyrillic && IOTATED.has(lower(cp));
    if (v) {
      if (pv === true && !iotated) score -= 1;
      if (nv === true && !(script === S.Cyrillic && IOTATED.has(lower(ctx.next)))) score -= 1;
    } else {
      let run = 1;
      if (pv === false) run += ctx.prev2 >= 0 && isLetter(classOf(ctx.prev2)) && !isVowel(ctx.prev2) ? 2 : 1;
      if (nv === false) run += ctx.next2 >= 0 && isLetter(classOf(ctx.next2)) && !isVowel(ctx.next2) ? 2 : 1;
      if (run >= 3) score -= (script === S.Cyrillic ? 0.75 : 1.5) * (run - 2);
      // Two consonants opening a word are less common than consonant-vowel (but "ст-", "св-").
      if (!prevIsLetter && nv === false && lower(cp) !== 0x441) score -= 0.75;
      // A word-final consonant after a consonant is unusual outside English.
      if (pv === false && !nextIsLetter) score -= 0.5;
    }
    if (!nextIsLetter && prevIsLetter && v) score += 0.3;
  }
  // Nothing but a consonant comes before the soft and hard signs.
  if (script === S.Cyrillic && (lower(ctx.next) === 0x44c || lower(ctx.next) === 0x44a) && isVowel(cp)) score -= 2;
  if (script === S.Cyrillic) score += cyrillicPosition(lower(cp), prevIsLetter, nextIsLetter, nextIsLetter && !isVowel(ctx.next));
  return score;
}

/** Where in a word the letters a lost Cyrillic byte can give usually stand: я ends words and
 * follows soft consonants, с opens words and consonant clusters, э is rare inside words. */
function cyrillicPosition(l: number, prevIsLetter: boolean, nextIsLetter: boolean, beforeConsonant: boolean): number {
  if (l === 0x44f || l === 0x44e) {
    if (!nextIsLetter) return prevIsLetter ? 1.5 : 0;
    if (beforeConsonant) return prevIsLetter ? -0.5 : -1.5;
    return 0;
  }
  if (l === 0x441) {
    if (!prevIsLetter) return 1.5;
    if (beforeConsonant) return 0.5;
    return nextIsLetter ? 0 : -0.5;
  }
  if (l === 0x44d) return prevIsLetter ? -1 : 0;
  return 0;
}

/** Picks the most plausible of `candidates` (code points) in `ctx`; ties go to the first. */
export function chooseFill(candidates: readonly number[], ctx: FillContext): number {
  let best = candidates[0] ?? 0xfffd;
  let bestScore = -Infinity;
  for (const cp of candidates) {
    const s = fillScore(cp, ctx);
    if (s > bestScore) {
      bestScore = s;
      best = cp;
    }
  }
  return best;
}
