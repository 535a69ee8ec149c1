// Lists and tables in a markup body. A list item keeps its own text and its nested lists follow it
// (in document order); a table's rows come from its own <tr>s (directly or in thead/tbody/tfoot,
// never from a table nested in a cell), each cell as inline runs so links and emphasis survive.
import { runsText } from '../draft';
import type { InlineRun } from '../inline';
import { collectInline, type InlineContext } from './inlineRuns';
import { collapseSpace, elementChildren, findAllDescendants, findDescendant, textContent, type MarkupTree } from './tree';

export interface ListItem<N> {
  li: N;
  runs: InlineRun[];
}

const isList = (name: string): boolean => name === 'ul' || name === 'ol';

/** The items of a list, nested lists' items after their parent's, blank items left out. */
export function listItems<N>(inline: InlineContext<N>, list: N): ListItem<N>[] {
  const { tree } = inline;
  const items: ListItem<N>[] = [];
  const collect = (el: N, depth: number): void => {
    if (depth > 32) return; // lists nested deeper than this are not lists a story prints
    for (const li of elementChildren(tree, el)) {
      if (tree.name(li) !== 'li') {
        collect(li, depth + 1); // a list inside a stray wrapper (broken markup) is still read
        continue;
      }
      const nested = findAllDescendants(tree, li, (name) => isList(name));
      const [runs] = collectInline({ ...inline, exclude: new Set([...(inline.exclude ?? []), ...nested]) }, li, false);
      if (runs) items.push({ li, runs });
      for (const n of nested) collect(n, depth + 1);
    }
  };
  collect(list, 0);
  return items;
}

/** Related-links lists: every item is nothing but one link. */
export function isLinkList(items: ListItem<unknown>[]): boolean {
  if (items.length < 2) return false;
  return items.every(({ runs }) => {
    const words = runs.filter((r) => /\S/.test(r.text));
    const href = words[0]?.href;
    return !!href && words.every((r) => r.href === href && !r.em && !r.strong);
  });
}

/** Date/metadata lists (a news site's header): every item is only a <time>. */
export function isDateList<N>(tree: MarkupTree<N>, items: ListItem<N>[]): boolean {
  return items.every(({ li }) => {
    const time = findDescendant(tree, li, (name) => name === 'time');
    return time !== null && collapseSpace(textContent(tree, li)) === collapseSpace(textContent(tree, time));
  });
}

export interface TableRows {
  rows: InlineRun[][][];
  /** The first row is all <th> (and not every row is): a header row. */
  header: boolean;
}

/** Rows of a table; rows without text are left out. */
export function tableRows<N>(inline: InlineContext<N>, table: N): TableRows {
  const { tree } = inline;
  const rows: InlineRun[][][] = [];
  let first = true;
  let header = false;
  let allHeader = true;
  const visit = (node: N): void => {
    for (const c of elementChildren(tree, node)) {
      const name = tree.name(c);
      if (name === 'thead' || name === 'tbody' || name === 'tfoot') visit(c);
      if (name !== 'tr') continue;
      const cells = elementChildren(tree, c).filter((x) => tree.name(x) === 'td' || tree.name(x) === 'th');
      if (!cells.length) continue;
      const isHead = cells.every((x) => tree.name(x) === 'th');
      if (first) header = isHead;
      allHeader &&= isHead;
      first = false;
      const row = cells.map((x) => collectInline(inline, x, false)[0] ?? []);
      if (row.some((cell) => collapseSpace(runsText(cell)))) rows.push(row);
    }
  };
  visit(table);
  return { rows, header: header && !allHeader };
}
