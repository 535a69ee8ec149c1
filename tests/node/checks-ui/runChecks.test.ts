// One check run as the worker does it: findings, the text each finding's offsets count in, and
// the rewrite share measured as the Wire tab measures it (so the credit rule agrees with it).
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { defaultPreferences } from '../../../src/shared/settings/preferences';
import { documentFromText, documentOf, figure, paragraph, textRun } from '../../../src/shared/story/document';
import type { StoryFields } from '../../../src/shared/story/model';
import { runChecks } from '../../../src/renderer/features/checks/runChecks';

const prefs = defaultPreferences();
const fields = (patch: Partial<StoryFields>): StoryFields => ({
  slug: '',
  headline: 'Harbour wall repairs begin',
  headlineDoc: null,
  deck: '',
  deckDoc: null,
  byline: '',
  dateline: '',
  body: documentFromText('Crews began work on Monday.'),
  credit: '',
  copyright: '',
  language: 'en',
  tags: [],
  ...patch,
});

describe('runChecks', () => {
  it('returns findings with the text of each place they are in', () => {
    const body = documentOf([
      paragraph([textRun('Crews will spend TK on the the wall.')]),
      figure({ mediaId: null, width: null, height: null, alt: 'The wall', credit: '', caption: documentFromText('The wall at TK.') }),
    ]);
    const result = runChecks({ id: 7, fields: fields({ body }), agency: null, preferences: prefs, wireText: null }, DEFAULT_RULE_PACK);
    expect(result.id).toBe(7);
    expect(result.findings.map((f) => `${f.rule}@${f.field}${f.index ?? ''}`)).toEqual(
      expect.arrayContaining(['placeholder@body', 'doubled-word@body', 'placeholder@caption0', 'caption-without-credit@photoCredit0']),
    );
    expect(result.texts['body']).toBe('Crews will spend TK on the the wall.');
    expect(result.texts['caption:0']).toBe('The wall at TK.');
    expect(result.texts['photoCredit:0']).toBe('');
    expect(result.words).toBe(8);
  });

  it('measures the rewrite share against the wire copy for the credit rule', () => {
    const wire = 'Crews began work on the harbour wall on Monday, the port authority said in a statement.';
    const copied = fields({ body: documentFromText(wire), byline: 'Jane Doe' });
    const result = runChecks({ id: 1, fields: copied, agency: 'AP', preferences: prefs, wireText: wire }, DEFAULT_RULE_PACK);
    const credit = result.findings.find((f) => f.rule === 'rewrite-credit');
    expect(credit?.message).toContain('0%');
    expect(credit?.fix).toBe('AP');
    const unknown = runChecks({ id: 2, fields: copied, agency: 'AP', preferences: prefs, wireText: null }, DEFAULT_RULE_PACK);
    expect(unknown.findings.some((f) => f.rule === 'rewrite-credit')).toBe(false);
  });
});
