// Character classes, scripts and rarity for the mojibake plausibility score. Built once, lazily,
// from the engine's Unicode property tables, so no Unicode data ships with the module.

export enum Cls {
  Other = 0,
  Upper,
  Lower,
  /** Letter without case: Thai, Hebrew, Arabic, CJK, Indic... */
  Uncased,
  ModLetter,
  Mark,
  Digit,
  /** Superscripts, fractions, other non-decimal numbers. */
  Number,
  ModSymbol,
  Math,
  Currency,
  Symbol,
  Punct,
  Space,
  Format,
  PrivateUse,
  Unassigned,
  Control,
  C1,
  Surrogate,
  Replacement,
  OpenQuote,
  CloseQuote,
  Apostrophe,
  NoBreakSpace,
  Box,
}

export enum Script {
  None = 0,
  Latin,
  Greek,
  Cyrillic,
  Armenian,
  Hebrew,
  Arabic,
  Thai,
  /** Han, kana, hangul and fullwidth forms: mixed freely in East Asian text. */
  Cjk,
  Georgian,
  /** Any other script: told apart by block. */
  OtherBase = 16,
}

let CLASS: Uint8Array | null = null;
let SCRIPT: Uint8Array | null = null;
/** 0 common letter, 1 uncommon, 2 rare (IPA, archaic, compatibility). */
let RARITY: Uint8Array | null = null;

// Unicode properties, one expression per class, matched in runs over a string of the whole Basic
// Multilingual Plane: a few hundred matches build the tables, where testing each of the 65,536
// characters on its own took a noticeable part of a command's start-up.
const CATEGORY_RUNS: [RegExp, Cls][] = [
  [/[\p{Lu}\p{Lt}]+/gu, Cls.Upper],
  [/\p{Ll}+/gu, Cls.Lower],
  [/\p{Lo}+/gu, Cls.Uncased],
  [/\p{Lm}+/gu, Cls.ModLetter],
  [/\p{M}+/gu, Cls.Mark],
  [/\p{Nd}+/gu, Cls.Digit],
  [/[\p{No}\p{Nl}]+/gu, Cls.Number],
  [/\p{Sk}+/gu, Cls.ModSymbol],
  [/\p{Sm}+/gu, Cls.Math],
  [/\p{Sc}+/gu, Cls.Currency],
  [/\p{So}+/gu, Cls.Symbol],
  [/\p{P}+/gu, Cls.Punct],
  [/\p{Zs}+/gu, Cls.Space],
  [/\p{Cf}+/gu, Cls.Format],
  [/\p{Co}+/gu, Cls.PrivateUse],
  [/\p{Cn}+/gu, Cls.Unassigned],
];
const SCRIPT_RUNS: [RegExp, number][] = [
  [/\p{sc=Latin}+/gu, Script.Latin],
  [/\p{sc=Greek}+/gu, Script.Greek],
  [/\p{sc=Cyrillic}+/gu, Script.Cyrillic],
  [/\p{sc=Armenian}+/gu, Script.Armenian],
  [/\p{sc=Hebrew}+/gu, Script.Hebrew],
  [/\p{sc=Arabic}+/gu, Script.Arabic],
  [/\p{sc=Thai}+/gu, Script.Thai],
  [/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}]+/gu, Script.Cjk],
  [/\p{sc=Georgian}+/gu, Script.Georgian],
];

/** The BMP as one string, a surrogate standing in for each surrogate (U+FFFF, unassigned). */
function planeText(): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    chunk.push(c >= 0xd800 && c < 0xe000 ? 0xffff : c);
    if (chunk.length === 4096) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  return parts.join('');
}

function markRuns(plane: string, re: RegExp, table: Uint8Array, value: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(plane); m; m = re.exec(plane)) table.fill(value, m.index, m.index + m[0].length);
}

function build(): void {
  const cls = new Uint8Array(0x10000).fill(Cls.Other);
  const script = new Uint8Array(0x10000);
  const rarity = new Uint8Array(0x10000);
  const plane = planeText();
  for (const [re, k] of CATEGORY_RUNS) markRuns(plane, re, cls, k);
  for (const [re, sc] of SCRIPT_RUNS) markRuns(plane, re, script, sc);
  for (let c = 0; c < 0xa0; c++) if (c < 0x20 || c >= 0x7f) cls[c] = c < 0x20 || c === 0x7f ? Cls.Control : Cls.C1;
  for (let c = 0xd800; c < 0xe000; c++) {
    cls[c] = Cls.Surrogate;
    script[c] = 0;
  }
  for (let c = 0; c < 0x10000; c++) {
    const k = cls[c];
    if (script[c] === 0 && (k === Cls.Upper || k === Cls.Lower || k === Cls.Uncased || k === Cls.Mark)) {
      script[c] = Script.OtherBase + ((c >> 7) % 200);
    }
  }
  for (let c = 0; c < 0x20; c++) cls[c] = Cls.Control;
  cls[0x7f] = Cls.Control;
  for (let c = 0x80; c < 0xa0; c++) cls[c] = Cls.C1;
  cls[0x09] = cls[0x0a] = cls[0x0d] = Cls.Space;
  cls[0xfffd] = Cls.Replacement;
  for (const c of [0xa0, 0x202f, 0x2007]) cls[c] = Cls.NoBreakSpace;
  for (const c of '“‘„‚«‹「『') cls[c.charCodeAt(0)] = Cls.OpenQuote;
  for (const c of '”»›」』') cls[c.charCodeAt(0)] = Cls.CloseQuote;
  cls[0x2019] = Cls.Apostrophe;
  for (let c = 0x2500; c < 0x25a0; c++) cls[c] = Cls.Box;
  // Fullwidth forms belong with East Asian text, whatever their category.
  for (let c = 0xff01; c < 0xff61; c++) script[c] = Script.Cjk;
  for (let c = 0x3000; c < 0x3040; c++) script[c] = Script.Cjk;

  const rare = (from: number, to: number, level: number) => {
    for (let c = from; c <= to; c++) rarity[c] = level;
  };
  rare(0x0180, 0x024f, 2); // Latin Extended-B: mostly African, historic, phonetic
  rare(0x01a0, 0x01a1, 0); // Vietnamese horned o
  rare(0x01af, 0x01b0, 0); // Vietnamese horned u
  rare(0x0218, 0x021b, 0); // Romanian comma-below s and t
  rare(0x01cd, 0x01dc, 1); // pinyin tone vowels
  rare(0x018f, 0x018f, 1); // Azerbaijani schwa
  rare(0x0250, 0x02af, 2); // IPA
  rare(0x0259, 0x0259, 1);
  rare(0x0138, 0x0138, 2); // kra
  rare(0x0149, 0x0149, 2); // n preceded by apostrophe (deprecated)
  rare(0x017f, 0x017f, 2); // long s
  rare(0x03d0, 0x03ff, 2); // archaic and symbol Greek
  rare(0x1f00, 0x1fff, 1); // polytonic Greek
  rare(0x0460, 0x048f, 2); // historic Cyrillic
  rare(0x0490, 0x04ff, 1); // Cyrillic for Ukrainian, Kazakh, Tatar...
  rare(0x0500, 0x052f, 2);
  rare(0x1e00, 0x1e9f, 1); // Latin Extended Additional (non-Vietnamese part)
  rare(0x3400, 0x4dbf, 2); // CJK Extension A
  rare(0xa000, 0xabff, 2); // Yi, Lisu, Vai, ... and rarer blocks
  rare(0x0800, 0x08ff, 2); // Samaritan, Mandaic, Arabic Extended-A
  rare(0x0700, 0x07bf, 1); // Syriac, Thaana
  rare(0x1800, 0x18af, 2); // Mongolian
  rare(0x1680, 0x16ff, 2); // Ogham, Runic
  rare(0x2c00, 0x2c5f, 2); // Glagolitic
  rare(0xfb00, 0xfb4f, 1); // presentation forms (ligatures)
  rare(0x02b0, 0x02ff, 1); // spacing modifier letters
  rare(0x1d00, 0x1dbf, 2); // phonetic extensions (small capitals, modifier letters)
  rare(0x2801, 0x28ff, 2); // braille dots (the blank pattern U+2800 pads social-media posts)
  rare(0x3300, 0x33ff, 2); // CJK compatibility squares
  rare(0x3200, 0x32ff, 1); // enclosed CJK
  CLASS = cls;
  SCRIPT = script;
  RARITY = rarity;
}

export function classTable(): Uint8Array {
  if (!CLASS) build();
  return CLASS as Uint8Array;
}
export function scriptTable(): Uint8Array {
  if (!SCRIPT) build();
  return SCRIPT as Uint8Array;
}
export function rarityTable(): Uint8Array {
  if (!RARITY) build();
  return RARITY as Uint8Array;
}

/** Class of a full code point (astral ones by range: emoji, historic scripts, CJK extensions). */
export function classOf(cp: number): Cls {
  if (cp < 0x10000) return classTable()[cp] as Cls;
  if ((cp >= 0x1f000 && cp < 0x1fb00) || (cp >= 0xe0020 && cp < 0xe0080)) return Cls.Symbol;
  if (cp >= 0x20000 && cp < 0x32000) return Cls.Uncased;
  if (cp >= 0xf0000) return Cls.PrivateUse;
  // Historic scripts and rarely assigned planes: as good as unassigned in news copy.
  return Cls.Unassigned;
}
