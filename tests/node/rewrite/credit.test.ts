import { describe, expect, it } from 'vitest';
import { creditContradiction, creditSuggestion } from '../../../src/shared/rewrite';
import { defaultPreferences } from '../../../src/shared/settings/preferences';

const rules = defaultPreferences().creditRules;
const wireByline = 'By Ines Okafor';

describe('creditSuggestion (house defaults)', () => {
  it('picks the band at the rule boundaries', () => {
    expect(creditSuggestion(0.19, 'STW', rules).band).toBe('agency');
    expect(creditSuggestion(0.2, 'STW', rules).band).toBe('mixed');
    expect(creditSuggestion(0.8, 'STW', rules).band).toBe('mixed');
    expect(creditSuggestion(0.81, 'STW', rules).band).toBe('staff');
  });

  it('suggests the agency byline, "Staff and wire reports", or a staff byline with the agency credited', () => {
    expect(creditSuggestion(0.05, 'STW', rules, { wireByline })).toEqual({ band: 'agency', byline: wireByline, credit: 'STW' });
    expect(creditSuggestion(0.05, 'STW', rules)).toEqual({ band: 'agency', byline: 'STW', credit: 'STW' });
    expect(creditSuggestion(0.5, 'STW', rules)).toEqual({ band: 'mixed', byline: 'Staff and wire reports', credit: 'STW' });
    expect(creditSuggestion(0.9, 'STW', rules, { staffByline: 'By Test Editor' })).toEqual({
      band: 'staff',
      byline: 'By Test Editor',
      credit: 'STW',
    });
    expect(creditSuggestion(0.9, 'STW', { ...rules, staffByline: 'By Desk Staff' }, { staffByline: 'x' }).byline).toBe('By Desk Staff');
  });
});

describe('creditContradiction', () => {
  const check = (byline: string, credit: string, share: number) =>
    creditContradiction({ byline, credit }, share, 'STW', rules, { wireByline });

  it('accepts what the rule asks for', () => {
    expect(check(wireByline, 'STW', 0.1)).toBeNull();
    expect(check('STW', 'STW', 0.1)).toBeNull();
    expect(check('Staff and wire reports', 'STW', 0.5)).toBeNull();
    expect(check('by staff and wire reports', 'STW', 0.5)).toBeNull();
    expect(check('By Test Editor', 'STW', 0.9)).toBeNull();
    expect(check('By Test Editor', 'Additional reporting: STW', 0.9)).toBeNull();
  });

  it('flags a staff byline on copy run almost as sent', () => {
    expect(check('By Test Editor', 'STW', 0.1)).toBe(
      "Only 10% of the body is rewritten: the byline should be the agency's (“By Ines Okafor”), not “By Test Editor”.",
    );
  });

  it('flags a mixed story that keeps the agency byline', () => {
    expect(check(wireByline, 'STW', 0.45)).toBe(
      '45% of the body is rewritten: the byline should be “Staff and wire reports”, not “By Ines Okafor”.',
    );
  });

  it('flags a rewrite that keeps the agency byline, or drops the agency from the credit line', () => {
    expect(check(wireByline, 'STW', 0.9)).toMatch(/should carry a staff byline, not “By Ines Okafor”/);
    expect(check('Staff and wire reports', 'STW', 0.9)).toMatch(/staff byline/);
    expect(check('By Test Editor', '', 0.9)).toBe('90% of the body is rewritten: the credit line should still name the agency (STW).');
  });

  it('lets the checks engine say which names stand for the agency', () => {
    const isAgency = (name: string) => /slugline test wire/i.test(name);
    expect(creditContradiction({ byline: 'Slugline Test Wire', credit: '' }, 0.1, 'STW', rules, { isAgency })).toBeNull();
  });
});
