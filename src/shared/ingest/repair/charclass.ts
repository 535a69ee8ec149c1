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

const GC =
  /^(?:(\p{Lu}|\p{Lt})|(\p{Ll})|(\p{Lo})|(\p{Lm})|(\p{M})|(\p{Nd})|(\p{No}|\p{Nl})|(\p{Sk})|(\p{Sm})|(\p{Sc})|(\p{So})|(\p{P})|(\p{Zs})|(\p{Cf})|(\p{Co})|(\p{Cn}))$/u;
const GC_CLASSES = [
  Cls.Other,
  Cls.Upper,
  Cls.Lower,
  Cls.Uncased,
  Cls.ModLetter,
  Cls.Mark,
  Cls.Digit,
  Cls.Number,
  Cls.ModSymbol,
  Cls.Math,
  Cls.Currency,
  Cls.Symbol,
  Cls.Punct,
  Cls.Space,
  Cls.Format,
  Cls.PrivateUse,
  Cls.Unassigned,
];
const SC =
  /^(?:(\p{sc=Latin})|(\p{sc=Greek})|(\p{sc=Cyrillic})|(\p{sc=Armenian})|(\p{sc=Hebrew})|(\p{sc=Arabic})|(\p{sc=Thai})|(\p{sc=Han}|\p{sc=Hiragana}|\p{sc=Katakana}|\p{sc=Hangul}|\p{sc=Bopomofo})|(\p{sc=Georgian}))$/u;

function build(): void {
  const cls = new Uint8Array(0x10000);
  const script = new Uint8Array(0x10000);
  const rarity = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) {
      cls[c] = Cls.Surrogate;
      continue;
    }
    const ch = String.fromCharCode(c);
    const m = GC.exec(ch);
    if (m) {
      for (let k = 1; k < m.length; k++) {
        if (m[k] !== undefined) {
          cls[c] = GC_CLASSES[k] ?? Cls.Other;
          break;
        }
      }
    } else cls[c] = c < 0x20 || c === 0x7f ? Cls.Control : c < 0xa0 ? Cls.C1 : Cls.Other;
    const s = SC.exec(ch);
    if (s) {
      for (let k = 1; k < s.length; k++) {
        if (s[k] !== undefined) {
          script[c] = k;
          break;
        }
      }
    } else if (cls[c] === Cls.Upper || cls[c] === Cls.Lower || cls[c] === Cls.Uncased || cls[c] === Cls.Mark) {
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

export function isLetterClass(c: Cls): boolean {
  return c === Cls.Upper || c === Cls.Lower || c === Cls.Uncased;
}
