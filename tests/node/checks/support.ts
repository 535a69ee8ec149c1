// Helpers for the checks tests: build check input from plain text the way the editor stores it.
import {
  checkStory,
  type CheckContext,
  type CheckField,
  type CheckInput,
  type Finding,
  type Rule,
  type RulePack,
} from '../../../src/shared/checks';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { defaultPreferences } from '../../../src/shared/settings/preferences';
import {
  documentFromText,
  documentOf,
  figure,
  paragraph,
  textRun,
  type BlockNodeJSON,
  type InlineNodeJSON,
} from '../../../src/shared/story/document';

/** Paragraphs from "\n\n", line breaks from "\n": documentText() of the result is `text` again. */
export function paragraphsOf(text: string): BlockNodeJSON[] {
  return text.split('\n\n').map((para) => {
    const children: InlineNodeJSON[] = [];
    para.split('\n').forEach((line, i) => {
      if (i > 0) children.push({ type: 'linebreak', version: 1 });
      if (line) children.push(textRun(line));
    });
    return paragraph(children);
  });
}

export interface FigureSpec {
  caption?: string;
  credit?: string;
  alt?: string;
}

export function figureOf(spec: FigureSpec = {}): BlockNodeJSON {
  return figure({
    mediaId: null,
    width: null,
    height: null,
    alt: spec.alt ?? 'Council members seated around a table',
    credit: spec.credit ?? 'Jane Doe/AP',
    caption: documentFromText(spec.caption ?? 'Members of the council meet in the town hall.'),
  });
}

/** A clean story: every field filled in, nothing for the default pack to flag. */
export function cleanInput(): CheckInput {
  return {
    headline: 'Council approves harbour budget',
    deck: 'The vote ends a month of debate over repairs to the old quay.',
    byline: 'Staff and wire reports',
    dateline: 'PORTSMOUTH',
    body: documentOf([...paragraphsOf('The council approved the budget on Tuesday.'), figureOf()]),
    credit: 'AP',
    copyright: '© 2025 The Daily Slug',
    tags: ['harbour', 'council'],
    agency: 'AP',
  };
}

/** The input with one field set to `text` (figure fields go on a single figure). */
export function inputWith(field: CheckField, text: string, base: CheckInput = cleanInput()): CheckInput {
  switch (field) {
    case 'body':
      return { ...base, body: documentOf([...paragraphsOf(text), figureOf()]) };
    case 'caption':
      return { ...base, body: documentOf([...paragraphsOf('The council met.'), figureOf({ caption: text })]) };
    case 'photoCredit':
      return { ...base, body: documentOf([...paragraphsOf('The council met.'), figureOf({ credit: text })]) };
    case 'alt':
      return { ...base, body: documentOf([...paragraphsOf('The council met.'), figureOf({ alt: text })]) };
    case 'tags':
      return { ...base, tags: [text] };
    default:
      return { ...base, [field]: text };
  }
}

export function context(extra: Partial<CheckContext> = {}): CheckContext {
  return { preferences: defaultPreferences(), ...extra };
}

export function packOf(rules: Rule[], extra: Partial<RulePack> = {}): RulePack {
  return { name: 'test', rules, ...extra };
}

export function defaultRule(id: string): Rule {
  const rule = DEFAULT_RULE_PACK.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in the default pack`);
  return rule;
}

/** Findings of one default rule on an input. */
export function findingsOf(id: string, input: CheckInput, ctx: CheckContext = context()): Finding[] {
  return checkStory(input, packOf([defaultRule(id)]), ctx);
}
