// Every file of ../shared/corpus/wire against an expectations table written from the manifest's
// field conventions (headline, slug, by-line, dateline, first paragraph as sent, credit, photo
// credit, copyright, categories, priority, date, item count). Agency copy is read from the shared
// corpus, never copied here; the suite is skipped with a notice when the corpus is absent.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../src/shared/ingest';
import type { ParsedItem, WireFormat } from '../../../../src/shared/ingest/types';
import { corpusNotice, corpusPath } from '../../../support/corpus';
import { expectCleanWire, parseFile, parsedOk, plain } from './support';
import { readFileSync } from 'node:fs';

/** undefined = not checked; null = must be null. */
interface Expect {
  headline?: string;
  deck?: string | null;
  slug?: string | null;
  byline?: string | null;
  byline_title?: string | null;
  dateline?: string | null;
  first?: string;
  credit?: string | null;
  photo_credit?: string | null;
  copyright?: string | null;
  copyrightStarts?: string;
  copyright_holder?: string | null;
  categories?: string[];
  priority?: string | null;
  date?: string | null;
  language?: string | null;
  take_key?: string | null;
  version?: string | null;
  advisory?: ParsedItem['advisory'];
  ednoteIncludes?: string[];
  bodyExcludes?: string[];
  blockKinds?: string[];
  paragraphs?: number;
}

interface FileExpect {
  format: WireFormat;
  encoding?: string;
  items?: number;
  /** Files another module owns (web pages): only detection and invariants are checked here. */
  foreign?: boolean;
  item?: Expect;
  more?: Expect[];
}

const TABLE: Record<string, FileExpect> = {
  'anpa-1312/anpa-1.tst': {
    format: 'anpa-1312',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: 'For Argentine chemo patients, mirrors can hurt',
      slug: 'BC-LT--Argentina-Cancer Beauty',
      byline: 'By PAUL BYRNE and ALMUDENA CALATRAVA',
      byline_title: 'Associated Press',
      dateline: 'BUENOS AIRES, Argentina',
      first: 'BUENOS AIRES, Argentina (AP) _ For cancer patients dealing with the physical',
      credit: 'AP',
      photo_credit: null,
      copyright: null,
      categories: ['l'],
      priority: 'f',
      date: '2013-11-13T15:09:00Z',
      ednoteIncludes: ['Eds: With AP Photos.', 'AP Photo XNP101'],
      bodyExcludes: ['Eds:', 'AP Photo XNP'],
    },
  },
  'anpa-1312/anpa-3.tst': {
    format: 'anpa-1312',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: 'Global Weather-Fahrenheit',
      slug: 'BC-WEA--Global Weather-Fahrenheit',
      byline: null,
      dateline: 'NEW YORK',
      first: 'NEW YORK (AP) _ Minimum and maximum temperatures in Fahrenheit',
      credit: 'AP',
      copyright: null,
      categories: ['i'],
      priority: 'u',
      date: '2013-11-13T07:13:00Z',
      blockKinds: ['p', 'table', 'pre'],
      bodyExcludes: ['^END', 'END<'],
    },
  },
  'anpa-1312/ap_anpa-4.tst': {
    format: 'anpa-1312',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: "AP Exclusive: China lawyer's family says US helped them flee",
      slug: 'BC-AS--China-Daring Escape-ABRIDGED',
      take_key: '3rd Ld-Writethru',
      version: '3',
      byline: 'By GERRY SHIH',
      byline_title: 'Associated Press',
      dateline: 'BEIJING',
      first: 'BEIJING (AP) _ Stuck in a Bangkok jail with a deportation order against her',
      credit: 'AP',
      copyright: null,
      categories: ['i'],
      priority: 'r',
      date: '2017-05-09T00:56:00Z',
      advisory: 'substitute',
      ednoteIncludes: ['Minor edits. A longer version of this story is available.'],
      bodyExcludes: ['Eds:'],
    },
  },
  'anpa-1312/kyodo.txt': {
    format: 'anpa-1312',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: "Soccer: Urawa Reds claim 7th Emperor's Cup by beating Vegalta Sendai",
      slug: "BC-Soccer-Emperor's-Cup",
      byline: null,
      dateline: 'SAITAMA, Japan',
      first: "SAITAMA, Japan, Dec. 9 Kyodo - Urawa Reds claimed their seventh Emperor's Cup on Sunday after",
      credit: 'Kyodo',
      copyright: null,
      categories: ['s'],
      priority: 'u',
      date: '2018-12-09T21:37:00',
      ednoteIncludes: ['==Kyodo'],
      bodyExcludes: ['==Kyodo'],
      paragraphs: 11,
    },
  },
  'ap-media-json/ap-text.json': {
    format: 'ap-media-json',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Review: Documentary about electric racing holds little spark',
      slug: 'BC-US--Film Review-And We Go Green',
      byline: 'By MARK KENNEDY',
      byline_title: 'AP Entertainment Writer',
      dateline: null,
      first: "For proof that Leonardo DiCaprio can't save every film he touches",
      credit: 'AP',
      copyrightStarts: 'Copyright 2020 The Associated Press. All rights reserved.',
      categories: ['e', 'Movies'],
      priority: 'r',
      date: '2020-06-02T19:13:57Z',
      language: 'en',
      version: '3',
      ednoteIncludes: ['Eds: UPDATES: With AP Photos.'],
    },
  },
  'ap-media-json/ap_media_text_item.json': {
    format: 'ap-media-json',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'BC-BBN--Top Ten',
      slug: 'BC-BBN--Top Ten',
      byline: null,
      credit: 'AP',
      paragraphs: 0,
      copyrightStarts: 'Copyright 2019 The Associated Press.',
      categories: ['s', 'MLB baseball'],
      priority: 'r',
      date: '2019-07-03T04:05:12Z',
    },
  },
  'html/ntbttsanitised.html': { format: 'html-page', foreign: true },
  'iptc-7901/IPTC7901.txt': {
    format: 'iptc-7901',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: 'Germany Social Democrats: Coalition talks with Merkel could fail',
      slug: 'Germany-politics',
      byline: null,
      dateline: 'Berlin',
      first: 'Berlin (dpa) - Negotiations between German conservatives headed by Chancellor',
      credit: 'dpa',
      copyright: null,
      categories: ['i'],
      priority: '4',
      date: '2013-11-13T11:37:00Z',
      ednoteIncludes: ['The following information is not for publication', 'Reporting by: Wolfgang Schmidt', 'dpa wsz jln npr'],
      bodyExcludes: ['NOTEBOOK', 'Wolfgang Schmidt', '* * *'],
      paragraphs: 5,
    },
  },
  'iptc-7901/ats.txt': {
    format: 'iptc-7901',
    encoding: 'iso-8859-1',
    items: 1,
    item: {
      headline: 'Gilets jaunes: une «catastrophe pour notre économie» (Le Maire)',
      slug: 'France',
      byline: null,
      dateline: 'Paris',
      first: 'Paris (ats afp) Les violences liées aux manifestations des «gilets jaunes» sont une «catastrophe»',
      credit: 'ats afp',
      copyright: null,
      categories: ['ec'],
      priority: '3',
      date: '2018-12-09T12:23:00',
      ednoteIncludes: ['(SDA\\/sj)'],
      bodyExcludes: ['SDA\\/sj'],
      paragraphs: 3,
    },
  },
  'iptc-7901/dpa_two_by_line.txt': {
    format: 'iptc-7901',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: "Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it",
      slug: 'American Football/NFL',
      byline: 'By Tom Krasovic, The San Diego Union-Tribune',
      dateline: 'San Diego',
      first: "San Diego (tca/dpa) - History says this wasn't a Super Bowl preview that played out Monday night",
      credit: 'tca/dpa',
      copyright: '(c)2018 The San Diego Union-Tribune',
      categories: ['s'],
      priority: '4',
      date: '2018-11-21T12:59:00',
      ednoteIncludes: ['Editing by: John Bagratuni'],
      bodyExcludes: ['Notebook', 'Bagratuni', 'Tribune Content Agency'],
    },
  },
  'nitf/ap-nitf.xml': {
    format: 'nitf',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Can trading pollution like stocks help fight climate change?',
      deck: null,
      slug: null,
      byline: 'By BERNARD CONDON',
      byline_title: 'AP Business Writer',
      dateline: 'NEW YORK',
      first: 'NEW YORK (AP) — The gas produced by hog manure at farms',
      credit: 'The Associated Press',
      copyright: null,
      copyright_holder: 'AP',
      date: '2015-12-10T19:10:44Z',
      priority: null,
      paragraphs: 28,
    },
  },
  'nitf/NTB_nitf_sample.xml': {
    format: 'nitf',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Pandemien herjer på den legeløse indiske landsbygda',
      slug: 'india-korona-bygd',
      byline: 'NTB-AFP-DPA',
      dateline: 'Unnao',
      first: 'Koronapandemien herjer også i landsbyer rundt omkring i India.',
      credit: 'NTB',
      photo_credit: 'Amit Sharma / AP / NTB',
      copyright: '(©NTB)',
      categories: ['07001000', 'Sykdom'],
      priority: '5',
      date: '2021-05-16T09:00:04',
      language: 'nb-NO',
      bodyExcludes: ['©NTB', 'Foto:'],
      blockKinds: ['p', 'h2'],
    },
  },
  'nitf/pa5.xml': {
    format: 'nitf',
    encoding: 'iso-8859-1',
    items: 1,
    item: {
      headline: 'HARD BREXIT TO COST UK UP TO £66BN A YEAR, SAYS TREASURY',
      slug: 'PA-HHH-POLITICS-Brexit',
      byline: 'By Sam Lister, Press Association Political Correspondent',
      dateline: null,
      first: 'Treasury coffers will take a £66 billion annual hit if Britain goes for a so-called hard Brexit',
      credit: 'PA',
      copyright: null,
      copyright_holder: 'Press Association',
      categories: ['HHH'],
      priority: '4',
      date: '2016-10-11T00:13:27+01:00',
      paragraphs: 18,
    },
  },
  'nitf/ansa_belga.xml': {
    format: 'nitf',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Gazprom cuts Italy gas supplies by a third',
      deck: 'Situation serious, ready for all scenarios says EC',
      byline: null,
      dateline: 'ROME',
      first: '(ANSA) - ROME, JUL 11 - Russian energy giant Gazprom on Monday cut its gas supplies',
      credit: 'ANSA',
      copyright: null,
      categories: ['04000000'],
      priority: 'R',
      date: '2022-07-11T18:33:00',
      paragraphs: 1,
    },
  },
  'nitf/ap_media_text_nitf.xml': {
    format: 'nitf',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'BC-BBN--Top Ten',
      slug: 'BC-BBN--Top Ten',
      byline: null,
      first: "BASEBALL'S TOP TEN",
      credit: 'The Associated Press',
      copyright: null,
      copyright_holder: 'AP',
      date: '2019-07-03T04:05:12Z',
      blockKinds: ['table', 'p'],
    },
  },
  'newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml': {
    format: 'newsml-g2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Fed to halt QE to avert "bubble"',
      slug: 'US-Finance-Fed',
      byline: 'By Meredith Jameson',
      byline_title: 'Staff Reporter',
      dateline: 'New York, NY',
      first: '(New York, NY - October 21) Et, sent luptat luptat, commy Nim',
      copyright: 'Copyright 2017-18 Acme News and Media LLC',
      copyright_holder: 'Acme News and Media LLC',
      categories: ['medtop:04000000'],
      date: '2018-11-21T16:25:32-05:00',
      version: '11',
      language: 'en-US',
      paragraphs: 2,
    },
  },
  'newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml': {
    format: 'newsml-g2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Variety Of Recessionary Forces Leave Las Vegas Economy Scarred',
      byline: 'Spencer Platt',
      credit: 'Getty Images',
      photo_credit: 'Spencer Platt/Getty Images',
      copyright: 'Copyright 2010 Getty Images. -- http://www.gettyimages.com/Corporate/LicenseInfo.aspx',
      copyright_holder: 'Getty Images North America',
      categories: ['medtop:20000523', 'unemployment'],
      date: '2018-10-12T06:42:04Z',
      paragraphs: 0,
    },
  },
  'newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5': {
    format: 'newsml-g2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Confident Assad launches new term in stronger position',
      slug: 'US-SYRIA-CRISIS-ASSAD',
      byline: 'By Marwan Makdisi',
      dateline: 'DAMASCUS',
      first: "DAMASCUS (Reuters) - Bashar al-Assad was sworn in for a new term as Syria's president",
      credit: 'Reuters',
      copyrightStarts: '(c) Copyright Thomson Reuters 2014.',
      copyright_holder: 'Thomson Reuters',
      categories: ['N2:SYR', 'subj:11003000'],
      priority: '4',
      date: '2014-07-16T15:53:10Z',
      version: '5',
      ednoteIncludes: ['This is editorial note.'],
      bodyExcludes: ['Bangalore', 'This is editorial note'],
      blockKinds: ['p'],
    },
  },
  'newsml-g2/dpa.xml': {
    format: 'newsml-g2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Eintracht in London: Hintereggers Tränen und Attacke auf Reporter',
      byline: null,
      dateline: 'London',
      first: 'London (dpa) - 2019 gab es bittere Tränen in der Kurve',
      credit: 'dpa',
      copyright: 'Copyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten',
      categories: ['medtop:20001065', 'Fußball'],
      priority: '4',
      date: '2022-10-11T11:14:42+02:00',
      language: 'de',
      ednoteIncludes: ['Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt', 'Patrick Reichardt'],
      bodyExcludes: ['Hintereggers Tränen und Attacke', 'Reichardt', 'Notizblock'],
      paragraphs: 3,
    },
  },
  'newsml-g2/ap.xml': {
    format: 'newsml-g2',
    encoding: 'utf-8',
    items: 3,
    item: {
      headline: 'Nutrisystem beats 4Q earnings and revenue expectations',
      slug: 'BC-US--Earns-Nutrisystem, 1st Ld-Writethru',
      byline: null,
      dateline: 'FORT WASHINGTON, Pa.',
      first: 'FORT WASHINGTON, Pa. (AP) _ Nutrisystem Inc. (NTRI) on Monday reported',
      credit: 'AP',
      copyright: 'Automated Insights',
      categories: ['apcategorycode:f'],
      priority: '4',
      date: '2018-02-26T21:20:34Z',
      version: '2',
      take_key: '1st Ld-Writethru',
      ednoteIncludes: ['Eds: Adds full-year results.'],
      language: 'en',
    },
    more: [
      {
        headline: 'DiamondRock Hospitality posts 4Q FFO of $50.7 million, results top expectations',
        dateline: 'BETHESDA, Md.',
        first: 'BETHESDA, Md. (AP) _ DiamondRock',
        date: '2018-02-26T21:22:17Z',
      },
      {
        headline: 'Scripps Networks tops 4Q profit and revenue expectations',
        slug: 'BC-US--Earns-Scripps Networks',
        dateline: 'KNOXVILLE, Tenn.',
        first: 'KNOXVILLE, Tenn. (AP) _ Scripps Networks',
        date: '2018-02-26T21:27:09Z',
        version: '1',
        advisory: null,
      },
    ],
  },
  'newsml-1.2/afp.xml': {
    format: 'newsml-1.2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Sweden court accepts receivership for Saab carmaker',
      slug: 'Sweden-SAAB',
      byline: null,
      dateline: 'STOCKHOLM',
      first: "A Chinese-owned company set up to take over Saab's assets",
      credit: 'AFP',
      categories: ['04011002', '04000000'],
      priority: '4',
      date: '2014-08-29T13:49:51+00:00',
      language: 'en',
      ednoteIncludes: ['hh/ph/ts/hd'],
      bodyExcludes: ['hh/ph/ts/hd'],
      paragraphs: 9,
    },
  },
  'newsml-1.2/efe_belga.xml': {
    format: 'newsml-1.2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Leones matan a un joven que se coló en un zoológico de la India',
      slug: 'INDIA SUCESOS',
      byline: 'daa/mt/msr',
      dateline: 'Nueva Delhi',
      first: 'Nueva Delhi, 21 ene (EFE).- Una pareja de leones asiáticos',
      credit: 'Agencia EFE',
      copyrightStarts: '© EFE 2019.',
      categories: ['02001000'],
      priority: '5',
      date: '2019-01-21T10:36:00+00:00',
      language: 'es-ES',
      paragraphs: 9,
    },
  },
  'newsml-1.2/kyodo_newsml_1_2_belga.xml': {
    format: 'newsml-1.2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Ex-Chinese Premier Li Peng dies aged 90: Xinhua',
      slug: 'Obit-Li Peng',
      byline: null,
      dateline: 'BEIJING',
      first: 'Former Chinese Premier Li Peng, who led a military crackdown',
      credit: 'Kyodo',
      categories: ['14023000'],
      priority: '9',
      date: '2019-07-23T20:21:19+09:00',
      ednoteIncludes: ['==Kyodo'],
      bodyExcludes: ['==Kyodo', 'Paris'],
      paragraphs: 6,
    },
  },
  'newsml-1.2/ana1.xml': {
    format: 'newsml-1.2',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Wage employment balance positive in Jan-March',
      byline: null,
      dateline: null,
      first: 'Wage employment in the private sector grew in March, recording the best performance since 2001',
      credit: 'ΑΠΕ-ΜΠΕ',
      copyrightStarts: '© 2018 ΑΘΗΝΑΪΚΟ ΠΡΑΚΤΟΡΕΙΟ ΕΙΔΗΣΕΩΝ',
      categories: ['09003000', '04008004'],
      priority: '5',
      date: '2018-04-04T17:58:59+03:00',
      bodyExcludes: ['©'],
      paragraphs: 3,
    },
  },
  'ninjs/ninjsExSimpleText1.json': {
    format: 'ninjs',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      byline: "Paulo Santalucia and Frances d'Emilio",
      dateline: 'GROSSETO, Italy',
      first: 'GROSSETO, Italy (AP) -- The trial of the captain of the shipwrecked Costa Concordia',
      credit: 'AP',
      date: '2013-07-09T10:37:00Z',
      paragraphs: 4,
    },
  },
  'ninjs/dpa_text.json': {
    format: 'ninjs',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?',
      byline: 'Von Christian Hollmann, dpa',
      dateline: null,
      first: 'Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».',
      credit: 'dpa',
      copyright: 'Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten',
      copyright_holder: 'dpa',
      priority: '4',
      date: '2019-05-10T16:02:28+02:00',
      language: 'de',
      version: '2',
      paragraphs: 9,
    },
  },
  'ninjs/ninjsExSimpleText_3.json': {
    format: 'ninjs',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      byline: "Paulo Santalucia and Frances d'Emilio",
      dateline: 'GROSSETO, Italy',
      first: 'GROSSETO, Italy (AP) -- The trial of the captain',
      credit: 'AP',
      date: '2013-07-09T10:37:00Z',
      paragraphs: 4,
    },
  },
  'ninjs/ntbttninjs.json': {
    format: 'ninjs',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Krisen allt djupare – Mellberg sämst någonsin',
      slug: 'allsv-helsingborgUV',
      byline: 'Martin Hardenberger/TT',
      first: 'Bottenmötet mellan HIF och Mjällby skulle bli ex-Helsingborgarnas match.',
      credit: 'TT',
      photo_credit: 'Anders Bjurö/TT',
      copyright_holder: 'TT',
      categories: ['15000000', 'fotboll'],
      priority: '4',
      date: '2020-07-02T22:04:47+02:00',
      language: 'sv',
      bodyExcludes: ['Fotboll', 'Azerbajdzjan'],
      blockKinds: ['p', 'quote', 'h2'],
    },
  },
  'plain-text/dpa.txt': {
    format: 'iptc-7901',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Top EU court: Britain can unilaterally reverse Brexit decision',
      slug: 'politics/Britain/EU/Brexit/justice',
      byline: 'By Helen Maguire, dpa',
      take_key: '2ND LEAD / 3RD NET',
      dateline: 'Luxembourg',
      first: 'Luxembourg (dpa) - Britain could unilaterally decide not to leave the European Union',
      credit: 'dpa',
      categories: ['i', 'Brexit'],
      priority: '3',
      date: '2018-12-10T11:37:00Z',
      ednoteIncludes: ['Adds reaction from British minister', 'Editing by: Bill Heaney'],
      bodyExcludes: ['Notebook', 'dpaq.de', '101137'],
    },
  },
  'plain-text/asianet_1.tst': {
    format: 'plain-text',
    encoding: 'utf-8',
    items: 1,
    item: {
      headline: 'Digital Turbine Partners with Axiata Digital On Carrier Billing Platform Integration',
      dateline: 'AUSTIN, Texas',
      first: 'AUSTIN, Texas, Feb. 1, 2017 /PRNewswire-AsiaNet/ --',
      credit: 'PRNewswire-AsiaNet',
      byline: null,
      bodyExcludes: ['MEDIA RELEASE PR67276'],
    },
  },
  'plain-text/asianet_10.tst': {
    format: 'plain-text',
    encoding: 'windows-1252',
    items: 1,
    item: {
      headline: 'IndiGrid Delivers Another Strong Quarter',
      dateline: 'MUMBAI, India',
      first: 'MUMBAI, India, July 25, 2018/PRNewswire-AsiaNet/',
      credit: 'PRNewswire-AsiaNet',
      blockKinds: ['p', 'bullet'],
    },
  },
  'zczc/1487e8f1-f7f5-40f5-8c0f-0eba3c2e162d.tst': {
    format: 'zczc',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: 'Legionella found in Qld hospital',
      slug: 'Legionella_BC1',
      byline: null,
      dateline: 'BRISBANE',
      first: 'Legionella bacteria has been found in a regional southwest Queensland hospital.',
      credit: 'AAP',
      categories: ['A', '07000000'],
      ednoteIncludes: ['AAP RTV'],
      bodyExcludes: ['AAP RTV', 'Huttonc', 'NNNN'],
      paragraphs: 3,
    },
  },
  'zczc/bob_am_headlines.tst': {
    format: 'zczc',
    encoding: 'us-ascii',
    items: 1,
    item: {
      headline: 'Sydney headlines round-up Nov 06, 1200',
      slug: 'AM Sydney headlines',
      dateline: null,
      first: "Here are this morning's latest headlines...",
      credit: 'AAP',
      categories: ['07000000'],
      blockKinds: ['p', 'bullet'],
    },
  },
};

function listCorpus(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listCorpus(p));
    else if (name !== 'MANIFEST.md') out.push(p);
  }
  return out.sort();
}

function checkItem(item: ParsedItem, e: Expect, label: string): void {
  const simple = [
    'headline',
    'deck',
    'slug',
    'byline',
    'byline_title',
    'dateline',
    'credit',
    'copyright',
    'copyright_holder',
    'priority',
    'date',
    'language',
    'take_key',
    'version',
    'advisory',
  ] as const;
  for (const key of simple) if (e[key] !== undefined) expect(item[key], `${label}: ${key}`).toBe(e[key]);
  const body = item.body.map(plain);
  if (e.first !== undefined)
    expect(body[0] ?? '', `${label}: first paragraph`).toMatch(new RegExp(`^${e.first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (e.photo_credit !== undefined) expect(item.captions[0]?.credit ?? null, `${label}: photo credit`).toBe(e.photo_credit);
  if (e.copyrightStarts !== undefined)
    expect(item.copyright ?? '', `${label}: copyright`).toMatch(new RegExp(`^${e.copyrightStarts.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (e.categories) expect(item.categories, `${label}: categories`).toEqual(expect.arrayContaining(e.categories));
  for (const note of e.ednoteIncludes ?? []) expect(item.ednote ?? '', `${label}: ednote`).toContain(note);
  for (const text of e.bodyExcludes ?? []) expect(body.join('\n'), `${label}: body must not contain ${text}`).not.toContain(text);
  if (e.blockKinds) expect(new Set((item.blocks ?? []).map((b) => b.kind)), `${label}: blocks`).toEqual(new Set(e.blockKinds));
  if (e.paragraphs !== undefined) expect(body.length, `${label}: paragraphs`).toBe(e.paragraphs);
}

const root = corpusPath('wire');
const present = corpusNotice('ingest/formats corpus') && root !== null;

describe.skipIf(!present)('wire corpus', () => {
  const files = present ? listCorpus(root) : [];

  it('has an expectation for every corpus file (and no stale ones)', () => {
    expect(files.map((f) => relative(root!, f)).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(files.map((f) => [relative(root!, f), f]))('%s', (name, path) => {
    const e = TABLE[name];
    expect(e, `no expectation for ${name}`).toBeDefined();
    expect(detectFormat(new Uint8Array(readFileSync(path)))).toBe(e!.format);
    const result = parseFile(path);
    if (e!.foreign && !result.ok) return; // the web-page extractor's own tests cover its refusals
    const wire = parsedOk(result);
    expect(wire.format).toBe(e!.format);
    expectCleanWire(wire);
    if (e!.foreign) return;
    if (e!.encoding) expect(wire.encoding).toBe(e!.encoding);
    if (e!.items !== undefined) expect(wire.items.length).toBe(e!.items);
    if (e!.item) checkItem(wire.items[0]!, e!.item, name);
    e!.more?.forEach((m, i) => checkItem(wire.items[i + 1]!, m, `${name} item ${i + 2}`));
  });

  it('keeps AP typography as sent by default and converts it, reported, with typography on', () => {
    const path = join(root!, 'anpa-1312', 'anpa-1.tst');
    const asSent = parsedOk(parseFile(path)).items[0]!;
    expect(asSent.body[1]).toContain('``Look Good Feel Better');
    const typeset = parsedOk(parseFile(path, { typography: true })).items[0]!;
    // the dateline lead-in stays exactly as sent; the rest uses real quotes and dashes
    expect(plain(typeset.body[0]!)).toMatch(/^BUENOS AIRES, Argentina \(AP\) _ For cancer/);
    expect(plain(typeset.body[1]!)).toMatch(/^\u201cLook Good Feel Better\u201d/);
    expect(typeset.repairs.some((r) => r.rule === 'typography:ap-quotes' && r.field === 'body' && r.index === 1)).toBe(true);
  });

  it('never reads the Reuters editing hub as the dateline', () => {
    const wire = parsedOk(parseFile(join(root!, 'newsml-g2', 'tag_reuters.com_2014_newsml_KBN0FL0NN_version_5')));
    expect(wire.items[0]!.dateline).toBe('DAMASCUS');
    expect(wire.items[0]!.dateline_raw).not.toMatch(/2014|Bangalore/);
  });
});
