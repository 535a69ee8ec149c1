// One table per repair rule, on sentences written for these tests: what each rule must repair,
// and the look-alike correct text it must leave alone.
import { describe, expect, it } from 'vitest';
import { repairText } from '../../../../src/shared/ingest/repair';
import { damage } from './damage';

const fix = (s: string) => repairText(s).text;
/** Damage as some programs leave it: every no-break space turned into a plain space. */
const flattened = (s: string, kind: Parameters<typeof damage>[1]) => damage(s, kind).replace(/\u00a0/g, ' ');

describe('symbols spelled as three characters', () => {
  it.each([
    ['âœ” Done, all checks passed', '✔ Done, all checks passed'],
    ['Playlist â™« on repeat all night', 'Playlist ♫ on repeat all night'],
    ['Shanghaiï¼Œthe port city', 'Shanghai，the port city'],
    ['the sender wrote ï¿½ where the name was', 'the sender wrote � where the name was'],
    ['Next â†’ page two', 'Next → page two'],
    ['Critics rated it â˜…â˜…â˜… out of five', 'Critics rated it ★★★ out of five'],
  ])('%s', (input, expected) => expect(fix(input)).toBe(expected));

  it.each([
    // Thai and Ukrainian words whose letters spell a symbol in UTF-8: genuine text.
    'ศาลนัดฟังคำพิพากษาคดีที่โจทก์ยื่นฟ้องเมื่อปีที่แล้ว',
    'На віях блищали сніжинки, а вії були білі.',
  ])('leaves %s alone', (text) => expect(fix(text)).toBe(text));
});

describe('a no-break space flattened to a space', () => {
  it.each([
    ['voilÃ le rÃ©sultat final', 'voilà le résultat final'],
    ['Il est parti Ã Lyon mardi', 'Il est parti à Lyon mardi'],
    ['Ã partir de demain, tout change', 'à partir de demain, tout change'],
    ["jusqu'Ã la fin du mois", "jusqu'à la fin du mois"],
    ['chegou Ã s 10 horas', 'chegou às 10 horas'],
    ['o prÃ©mio foi entregue Ã quele atleta', 'o prémio foi entregue àquele atleta'],
    ['ClÃ\u00a0r na GÃ\u00a0idhlig', 'Clàr na Gàidhlig'],
    ['It was namedÂ â€žCrossing Stonesâ€œ by the council', 'It was named\u00a0„Crossing Stones“ by the council'],
  ])('%s', (input, expected) => expect(fix(input)).toBe(expected));

  it.each([
    ['ru', 'Ростов и Рязань получат новые трамваи.'],
    ['lt', 'Šiaulių ir Šilutės merai susitiko šiandien.'],
    ['th', 'ภาคเหนือมีฝนตก ภาคใต้มีแดด'],
    ['he', 'הרכבת לנמל תצא בשמונה.'],
    ['ar', 'سجلت المحطة ٠٫٥ ملم من الأمطار.'],
    ['fr', 'Selon l’institut, l’inflation atteint 2,1\u00a0% en mars.'],
    ['vi', 'Thành phố sẽ mở thêm tuyến xe buýt vào tháng tới.'],
    ['it', 'La città è pronta e il sindaco arriverà già domani.'],
  ])('%s, in a line damaged elsewhere', (_lang, text) => {
    for (const kind of ['cp1252', 'cp1251'] as const) {
      const input = flattened(text, kind);
      if (!input.includes(' ') || input === text) continue;
      expect(fix(input), `${kind}: ${input}`).toBe(text);
    }
  });

  it.each([
    'A ALEMÃ É FAVORITA EM WIMBLEDON',
    'C O N C L U S Ã O',
    'É A MINHA IRMÃ? PERGUNTOU ELA.',
    'Å være eller ikke være, sa han.',
    'La città è bella e pronta.',
  ])('leaves %s alone', (text) => expect(fix(text)).toBe(text));

  it('never reads a genuine letter before a space as damage when only punctuation is damaged', () => {
    expect(fix('Å være eller ikke være â€” sa han.')).toBe('Å være eller ikke være — sa han.');
    expect(fix('Passengers on the TÅkaidÅ line were stranded, the railwayâ€™s spokesman said')).toBe(
      'Passengers on the Tōkaidō line were stranded, the railway’s spokesman said',
    );
  });
});

describe('signs that decide a token', () => {
  it.each([
    ['Levels of TNF-Î± rose in the assay', 'Levels of TNF-α rose in the assay'],
    ['The IL-2RÎ³c chain was blocked', 'The IL-2Rγc chain was blocked'],
    ['RUF MICH ZURÃœCK', 'RUF MICH ZURÜCK'],
    ['ZURĂśCK IN MĂśNCHEN', 'ZURÜCK IN MÜNCHEN'],
    ['OÃ™ ET QUAND?', 'OÙ ET QUAND?'],
    ['prices $Ì¶4Ì¶0Ì¶ now $30', 'prices $̶4̶0̶ now $30'],
  ])('%s', (input, expected) => expect(fix(input)).toBe(expected));

  it.each([
    '(-1/2)! = √π',
    '∆°',
    'OK??:(   `¬´    ):',
    '├┤a┼┐a┼┐a┼┐a┼┐a',
    'Offering 5×£35 pin ups',
    'AHÅ™, the new sofa',
    'NICIODATĂ™',
    'MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW ÑÍCH SÖÄ£',
    '``nao vai pegar o trem pra lá´´',
  ])('leaves %s alone', (text) => expect(fix(text)).toBe(text));

  it('repairs a maths sign standing alone once the line is proven damaged', () => {
    expect(fix('Unemployment eased to 4.2% (¬±0.1), while wages grew ¬æ of a point.')).toBe(
      'Unemployment eased to 4.2% (±0.1), while wages grew ¾ of a point.',
    );
  });
});

describe('lost bytes written as "?"', () => {
  it('become U+FFFD in a line proven damaged', () => {
    expect(fix('Itâ€?s late and itâ€™s dark')).toBe('It�s late and it’s dark');
    expect(fix('ItÃ?Â¢â?¬â?¢s over')).toBe('It�¢��s over');
  });
  it('stay as they are elsewhere', () => {
    expect(fix('Is she your IRMÃ? Yes.')).toBe('Is she your IRMÃ? Yes.');
  });
});

describe('one line, one code page', () => {
  it('reads ISO-8859-2 damage as ISO-8859-2 when a C1 control shows Windows-1250 did not read it', () => {
    const text = 'Přijeďte zítra, máme čerstvé švestky a třešně.';
    const input = damage(text, 'iso-8859-2');
    expect(input).toMatch(/[\u0080-\u009f]/u);
    expect(fix(input)).toBe(text);
  });
  it('lets the page that reads most of the line win a contested spot', () => {
    const text = 'Общината ще ремонтира площада.';
    expect(fix(damage(text, 'mac-roman'))).toBe(text);
  });
  it('leaves a hopeless garble mostly alone instead of inventing kana', () => {
    const out = fix('ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â');
    expect(out).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
  });
});
