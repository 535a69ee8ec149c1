// The Checks panel's list as data: severity groups, places, waived findings, the gate's line.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/checks';
import type { WaiverRecord } from '../../../src/shared/workflow/schemas';
import { gateLine, groupFindings, listOrder, shortenGroups } from '../../../src/renderer/features/checks/grouping';
import { findingKey, placeLabel } from '../../../src/renderer/features/checks/places';

const finding = (f: Partial<Finding>): Finding => ({
  rule: 'placeholder',
  severity: 'error',
  field: 'body',
  start: 0,
  end: 2,
  message: 'Placeholder left in copy: “TK”',
  fix: null,
  excerpt: 'TK',
  ...f,
});

const waiver = (w: Partial<WaiverRecord>): WaiverRecord => ({
  id: 1,
  storyId: 1,
  rule: 'placeholder',
  field: 'body',
  index: null,
  excerpt: 'TK',
  reason: 'Filled in on the page',
  by: 'Ann',
  at: '2026-05-03T10:20:00.000Z',
  ...w,
});

describe('groupFindings', () => {
  const findings = [
    finding({ rule: 'doubled-word', severity: 'warning', start: 10, end: 17, excerpt: 'the the', fix: 'the' }),
    finding({ field: 'caption', index: 1, start: 4, end: 6 }),
    finding({ start: 30, end: 32 }),
    finding({ field: 'headline' }),
    finding({ rule: 'straight-quotes', severity: 'info', start: 3, end: 4, excerpt: '"', fix: '“' }),
    finding({ rule: 'slow', severity: 'info', start: 0, end: 0, excerpt: '', message: 'Rule “slow” stopped early', notice: true }),
  ];

  it('lists errors first, then warnings, then suggestions; places in page order', () => {
    const list = groupFindings(findings, []);
    expect(list.groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['warning', 1],
      ['info', 1],
    ]);
    expect(list.groups[0]!.places.map((p) => p.label)).toEqual(['Headline', 'Body', 'Caption 2']);
    expect(list.blocking).toBe(3);
    expect(list.notices.map((n) => n.rule)).toEqual(['slow']);
  });

  it('moves a waived finding to Waived with its waiver, and it stops blocking', () => {
    const list = groupFindings(findings, [waiver({ field: 'headline' })]);
    expect(list.waived).toHaveLength(1);
    expect(list.waived[0]!.finding.field).toBe('headline');
    expect(list.waived[0]!.waiver.reason).toBe('Filled in on the page');
    expect(list.blocking).toBe(2);
    expect(list.unmatched).toEqual([]);
  });

  it('keeps waivers that cover nothing now apart', () => {
    const stale = waiver({ id: 9, excerpt: 'XX' });
    expect(groupFindings(findings, [stale]).unmatched).toEqual([stale]);
  });

  it('orders the rows as shown, waived last', () => {
    const list = groupFindings(findings, [waiver({ field: 'headline' })]);
    const order = listOrder(list).map((f) => `${f.severity}:${f.field}`);
    expect(order).toEqual(['error:body', 'error:caption', 'warning:body', 'info:body', 'error:headline']);
  });
});

describe('gateLine', () => {
  it('says what blocks Ready, or that the story is ready', () => {
    expect(gateLine(0)).toBe('Ready to publish');
    expect(gateLine(1)).toBe('1 error blocks Ready');
    expect(gateLine(3)).toBe('3 errors block Ready');
    expect(gateLine(0, 1)).toBe('1 wire notice blocks Ready');
    expect(gateLine(2, 1)).toBe('2 errors and 1 wire notice block Ready');
  });
});

describe('places', () => {
  it('labels places as the editor shows them, counting from 1', () => {
    expect(placeLabel({ field: 'photoCredit', index: 0 })).toBe('Photo credit 1');
    expect(placeLabel({ field: 'tags', index: 2 })).toBe('Tag 3');
    expect(placeLabel({ field: 'body' })).toBe('Body');
  });

  it('keys findings by rule, place and range', () => {
    expect(findingKey(finding({ field: 'caption', index: 1 }))).toBe('placeholder|caption:1|0|2|');
  });
});

describe('shortenGroups', () => {
  const many = Array.from({ length: 7 }, (_, i) =>
    finding({
      rule: 'straight-quotes',
      severity: 'info',
      field: i < 4 ? 'body' : 'caption',
      index: i < 4 ? undefined : 0,
      start: i,
      end: i + 1,
    }),
  );
  const list = groupFindings([finding({}), ...many], []);

  it('lists the first findings of a long group and counts the rest', () => {
    const short = shortenGroups(list, 5, new Set());
    const info = short.groups.find((g) => g.severity === 'info')!;
    expect(info.places.map((p) => [p.label, p.findings.length])).toEqual([
      ['Body', 4],
      ['Caption 1', 1],
    ]);
    expect(info.hidden).toBe(2);
    expect(short.groups.find((g) => g.severity === 'error')!.hidden).toBe(0);
    expect(listOrder(short)).toHaveLength(6);
  });

  it('lists everything in a group that was expanded', () => {
    const all = shortenGroups(list, 5, new Set(['info']));
    expect(all.groups.find((g) => g.severity === 'info')!.hidden).toBe(0);
    expect(listOrder(all)).toHaveLength(8);
  });
});
