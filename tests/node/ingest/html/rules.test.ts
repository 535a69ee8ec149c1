// The small rules the extractor is built from, as tables: dates, bylines, captions and credits,
// dateline lead-ins, wire credit and copyright lines, titles, furniture, languages.
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../../src/shared/ingest/html/byline';
import {
  cleanCredit,
  creditFromAlt,
  harvestScriptCredits,
  lookupScriptCredit,
  splitCaptionCredit,
} from '../../../../src/shared/ingest/html/captions';
import { toIsoDate } from '../../../../src/shared/ingest/html/dates';
import { prepareHtml } from '../../../../src/shared/ingest/html/prepare';
import { isDateFurniture, isFurniturePhrase, isNavigationLine, isTagList } from '../../../../src/shared/ingest/html/furniture';
import { pickHeadline, stripTitleSuffix } from '../../../../src/shared/ingest/html/headline';
import { inferLanguageFromText, inferLatinLanguage, normaliseLangTag } from '../../../../src/shared/ingest/html/language';
import { resolveHref } from '../../../../src/shared/ingest/html/urls';
import {
  copyrightHolderOf,
  matchCopyrightLine,
  matchDatelineLeadIn,
  matchWireCreditLine,
} from '../../../../src/shared/ingest/html/wireLines';

describe('dates', () => {
  it.each([
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2015-05-04T13:36:31+02:00', '2015-05-04T13:36:31+02:00'],
    ['2017-03-10', '2017-03-10'],
    ['20190221', '2019-02-21'],
    ['2025-03-14T09:30-04', '2025-03-14T09:30:00-04:00'],
    ['3/9(木) 18:45', null],
    ['April 28, 2019', null],
    ['2019-13-01', null],
    ['', null],
  ])('%s → %s', (raw, iso) => expect(toIsoDate(raw)).toBe(iso));
});

describe('bylines', () => {
  const ctx = { organisations: ['BBC News', 'The Seattle Times'] };
  it.each([
    ['By Corey Kilgannon', 'Corey Kilgannon'],
    ['Par Camille Arnaud', 'Camille Arnaud'],
    ['Von Anna Lindqvist', 'Anna Lindqvist'],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)'],
    ['By Alex Heath, a deputy editor and author of the Command Line newsletter. He covers tech.', 'Alex Heath'],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', null],
    ['Published 10:05 AM EDT', null],
    ['před 2 hodinami', null],
    ['BBC News', null],
    ['Reuters Staff', null],
    ['個人', null],
    ['https://www.theguardian.com/profile/someone', null],
    ['Staff', null],
    ['肖春芳', '肖春芳'],
    ['', null],
  ])('%s → %s', (raw, want) => expect(cleanByline(raw, ctx)).toBe(want));
});

describe('captions and photo credits', () => {
  it.each([
    ['Water covers Route 9. (Lena Brooks / The Millbrook Ledger)', 'Water covers Route 9.', 'Lena Brooks / The Millbrook Ledger'],
    ['Volunteers at the station. Photograph: Sam Lee/Reuters', 'Volunteers at the station.', 'Sam Lee/Reuters'],
    ['Une rame du tramway. Photo : Jeanne Morel / AFP', 'Une rame du tramway.', 'Jeanne Morel / AFP'],
    ['Pandemien herjer. Foto: Amit Sharma / AP / NTB', 'Pandemien herjer.', 'Amit Sharma / AP / NTB'],
    ['Lula recebe réplica da taça - Heinrich Aikawa/Instituto Lula', 'Lula recebe réplica da taça', 'Heinrich Aikawa/Instituto Lula'],
    ['The new bridge on opening day. (Foto: Jonas Keller/dpa)', 'The new bridge on opening day.', 'Jonas Keller/dpa'],
    ['Mr Obama spoke to the BBC (left) in the Roosevelt Room', 'Mr Obama spoke to the BBC (left) in the Roosevelt Room', null],
    ['Hours after the vote (video), crowds gathered.', 'Hours after the vote (video), crowds gathered.', null],
    ['A mayor - and a father - at the ribbon cutting', 'A mayor - and a father - at the ribbon cutting', null],
  ])('%s', (raw, text, credit) => expect(splitCaptionCredit(raw)).toEqual({ text, credit }));

  it('cleans credit labels and reads credits in alt text', () => {
    expect(cleanCredit('Photograph: Adrian Malloch for the Guardian')).toBe('Adrian Malloch for the Guardian');
    expect(cleanCredit('Image: Vjeran Pavic / The Verge')).toBe('Vjeran Pavic / The Verge');
    expect(cleanCredit('Credit')).toBeNull();
    expect(creditFromAlt('(Credit: Nasa)')).toBe('Nasa');
    expect(creditFromAlt('A worker on the barrier')).toBeNull();
  });

  it('reads caption credits from page JSON, also when the caption was edited later', () => {
    const json =
      '{"caption":"Buck Cullen with his daughter in his backyard, where he stores jawbones.","credit":"Photograph: A Photographer"},' +
      '{"caption":{"html":"<em>A demo room.</em>","plaintext":"A demo room."},"credit":{"html":"Apple"}}';
    const credits = harvestScriptCredits(json);
    expect(lookupScriptCredit(credits, 'A demo room')).toBe('Apple');
    expect(lookupScriptCredit(credits, 'Buck Cullen with his daughter in his backyard, where he is storing jawbones')).toBe(
      'A Photographer',
    );
    expect(lookupScriptCredit(credits, 'Something else entirely')).toBeNull();
  });

  it('reads caption credits from JSON in a data-* attribute, every character reference decoded', () => {
    const attr = [
      '{&quot;caption&quot;:&quot;Crowds at the pier&#039;s end on Saturday.&quot;,',
      '&quot;credit&quot;:&quot;&lt;b&gt;Jane O&#x27;Neil&lt;/b&gt; / AP&quot;}',
    ].join('');
    const { scriptText } = prepareHtml(`<figure data-media="${attr}"><img src="a.jpg"></figure>`);
    expect(lookupScriptCredit(harvestScriptCredits(scriptText), "Crowds at the pier's end on Saturday.")).toBe("Jane O'Neil / AP");
  });
});

describe('wire marks', () => {
  it.each([
    ['(CNN) — A senior figure said', '(CNN) —', null, 'CNN'],
    ['WASHINGTON (AP) — The Senate voted', 'WASHINGTON (AP) —', 'WASHINGTON', 'AP'],
    ['ROSCOE, South Dakota (AP) _ The wind', 'ROSCOE, South Dakota (AP) _', 'ROSCOE, South Dakota', 'AP'],
    ['Berlin (dpa) - Coalition talks', 'Berlin (dpa) -', 'Berlin', 'dpa'],
    ['DAMASCUS (Reuters) - President', 'DAMASCUS (Reuters) -', 'DAMASCUS', 'Reuters'],
    ['VALOMBRE (AFP) - La ligne', 'VALOMBRE (AFP) -', 'VALOMBRE', 'AFP'],
  ])('dateline lead-in of %s', (text, raw, place, source) => expect(matchDatelineLeadIn(text)).toEqual({ raw, place, source }));

  it.each(['Mr Obama (left) - and his wife', 'The council (which met Tuesday) — voted', 'Plain sentence with no dateline.'])(
    'no dateline in %s',
    (text) => expect(matchDatelineLeadIn(text)).toBeNull(),
  );

  it.each([
    ['The-CNN-Wire', 'CNN Wire'],
    ['CNN Wire', 'CNN Wire'],
    ['— Reuters', 'Reuters'],
    ['(AP)', 'AP'],
    ['Associated Press', 'Associated Press'],
    ['Read more from the wire', null],
    ['Share This', null],
    ['Reporting by Martin Okonkwo; Editing by Clara Fenwick', null],
  ])('credit line %s → %s', (line, credit) => expect(matchWireCreditLine(line)).toBe(credit));

  it('copyright lines and holders', () => {
    expect(matchCopyrightLine('™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.')).toBe(true);
    expect(matchCopyrightLine('Copyright 2025 The Associated Press. All rights reserved.')).toBe(true);
    expect(matchCopyrightLine('(c) 2018 The San Diego Union-Tribune')).toBe(true);
    expect(matchCopyrightLine('Tous droits réservés')).toBe(true);
    expect(matchCopyrightLine('The copyright office opened a review of the case.')).toBe(false);
    expect(copyrightHolderOf('™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.')).toBe(
      'Cable News Network, Inc.',
    );
    expect(copyrightHolderOf('© 2025 Thomson Reuters. All rights reserved.')).toBe('Thomson Reuters');
  });
});

describe('titles', () => {
  it('removes site and author suffixes', () => {
    expect(stripTitleSuffix('Obama admits US gun laws are his biggest frustration - BBC News', ['BBC News'])).toBe(
      'Obama admits US gun laws are his biggest frustration',
    );
    expect(stripTitleSuffix('West Ham hrozí gigantům | Aktuálně.cz', ['Aktuálně.cz'])).toBe('West Ham hrozí gigantům');
    expect(stripTitleSuffix('Floods - what we know so far', [])).toBe('Floods - what we know so far');
    expect(
      pickHeadline({
        jsonLd: null,
        ogTitle: 'Whale strandings worry tribes | Eleanor Ainge Roy',
        twitterTitle: null,
        documentTitle: null,
        h1s: ['Whale strandings worry tribes'],
        names: [],
      }),
    ).toBe('Whale strandings worry tribes');
    expect(
      pickHeadline({
        jsonLd: null,
        ogTitle: null,
        twitterTitle: null,
        documentTitle: '宇航员在太空中喝酒会怎么样 _探索者 _光明网',
        h1s: ['宇航员在太空中喝酒会怎么样'],
        names: [],
      }),
    ).toBe('宇航员在太空中喝酒会怎么样');
  });
});

describe('furniture', () => {
  it.each([
    'Share This',
    'Popular',
    'Most read',
    'Access this article for free.',
    'Already have an account? Sign In',
    'Teilen',
    'Meistgelesen',
    'Déjà abonné ? Se connecter',
    'Publicité',
    '関連記事',
    'Advertisement',
  ])('furniture phrase: %s', (t) => expect(isFurniturePhrase(t)).toBe(true));
  it.each(['Share prices fell sharply on Monday.', 'Popular support for the plan is growing.', 'He said he would sign in the morning.'])(
    'story text: %s',
    (t) => expect(isFurniturePhrase(t)).toBe(false),
  );
  it('tag lists, date lines and navigation lines', () => {
    expect(isTagList('Crime|Health|MidEast|Political|World')).toBe(true);
    expect(isTagList('Lokales|Verkehr')).toBe(true);
    expect(isTagList('He said: yes | no, it was not clear.')).toBe(false);
    expect(isDateFurniture('Today: April 01, 2025')).toBe(true);
    expect(isDateFurniture('Heute: 3. Mai 2025')).toBe(true);
    expect(isDateFurniture('Today the council met.')).toBe(false);
    expect(isNavigationLine('U.S. World Business Lifestyle')).toBe(true);
    expect(isNavigationLine('The council met on Tuesday.')).toBe(false);
  });
});

describe('language and links', () => {
  it('normalises declared tags and infers only what a script or clear function words tell', () => {
    expect(normaliseLangTag('en_GB')).toBe('en-GB');
    expect(normaliseLangTag('pt-br')).toBe('pt-BR');
    expect(normaliseLangTag('und')).toBeNull();
    expect(inferLanguageFromText('宇航员在太空中喝酒会怎么样？后果很严重。翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域。')).toBe(
      'zh',
    );
    expect(inferLanguageFromText('トレンドマイクロは3月9日、セキュリティアプリの発売を開始すると発表した。')).toBe('ja');
    expect(inferLanguageFromText('Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor.')).toBeNull();
    const fr =
      'Le conseil de la métropole a voté lundi le prolongement de la ligne de tramway. Les travaux commenceront à l’automne et dureront deux ans selon la présidente, qui promet une mise en service pour les habitants du nord de la ville et des communes voisines.';
    expect(inferLatinLanguage(fr)).toBe('fr');
    expect(inferLatinLanguage('Too short to tell.')).toBeNull();
  });
  it('resolves relative links against the page address and keeps only safe ones', () => {
    const base = 'https://news.example.com/2025/03/story.html';
    expect(resolveHref('/about', base)).toBe('https://news.example.com/about');
    expect(resolveHref('next.html', base)).toBe('https://news.example.com/2025/03/next.html');
    expect(resolveHref('//cdn.example.com/a', base)).toBe('https://cdn.example.com/a');
    expect(resolveHref('#img-2', base)).toBeNull();
    expect(resolveHref('javascript:alert(1)', base)).toBeNull();
    expect(resolveHref('/about', null)).toBeNull();
  });
});
