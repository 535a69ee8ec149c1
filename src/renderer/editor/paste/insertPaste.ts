// Turning cleaned paste into body nodes: Lexical's importer builds nodes from the cleaned DOM,
// then an allowlist walk keeps only the story's node types (bold/italic only, h2/h3, safe links)
// so nothing a converter might produce slips into a stored document.
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  $isTabNode,
  $isTextNode,
  IS_BOLD,
  IS_ITALIC,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { repairText } from '../../../shared/ingest/repair';
import { isAllowedLinkUrl } from '../linkUrl';
import { cleanPastedHtml } from './cleanHtml';

const FORMATS = IS_BOLD | IS_ITALIC;

/** Keep a generated node if the story may hold it; unwrap or drop it otherwise. Returns replacements. */
export function $allowlist(node: LexicalNode): LexicalNode[] {
  if ($isTextNode(node) && !$isTabNode(node)) {
    if ((node.getFormat() & ~FORMATS) !== 0) node.setFormat(node.getFormat() & FORMATS);
    if (node.getStyle()) node.setStyle('');
    if (node.getMode() !== 'normal') node.setMode('normal');
    return [node];
  }
  if ($isLineBreakNode(node) || $isTabNode(node)) return [node];
  if ($isDecoratorNode(node)) return [];
  if (!$isElementNode(node)) return [];
  const children = node.getChildren().flatMap($allowlist);
  const keep = (element: typeof node) => {
    element.clear();
    element.append(...children);
    return [element];
  };
  if ($isLinkNode(node)) {
    if (!isAllowedLinkUrl(node.getURL())) return children;
    node.setTarget(null);
    node.setRel(null);
    return keep(node);
  }
  if ($isHeadingNode(node)) {
    const tag = node.getTag();
    if (tag === 'h2' || tag === 'h3') return keep(node);
    const heading = $createHeadingNode(tag === 'h1' ? 'h2' : 'h3');
    heading.append(...children);
    return [heading];
  }
  if ($isQuoteNode(node)) {
    // A stored quote holds inline content only: paragraphs inside one become lines.
    const inline: LexicalNode[] = [];
    for (const child of children) {
      if ($isElementNode(child) && !child.isInline()) {
        if (inline.length) inline.push($createLineBreakNode());
        inline.push(...child.getChildren());
      } else inline.push(child);
    }
    node.clear();
    node.setFormat('');
    node.setIndent(0);
    node.append(...inline);
    return [node];
  }
  if ($isParagraphNode(node) || $isListNode(node) || $isListItemNode(node)) {
    if ($isElementNode(node)) node.setFormat('');
    node.setIndent(0);
    return keep(node);
  }
  // Anything else (tables, code blocks a converter made…): its content as a paragraph.
  const paragraph = $createParagraphNode();
  paragraph.append(...children);
  return [paragraph];
}

/** Paste cleaned HTML at the selection; returns how many pictures were left out. */
export function $insertCleanHtml(editor: LexicalEditor, html: string, selection: BaseSelection): number {
  const { body, droppedImages } = cleanPastedHtml(html);
  const nodes = $generateNodesFromDOM(editor, body).flatMap($allowlist);
  if (nodes.length) $insertGeneratedNodes(editor, nodes, selection);
  return droppedImages;
}

/** Plain text: paragraphs at blank lines, single line breaks kept, text repaired. */
export function $insertPlainText(editor: LexicalEditor, text: string, selection: BaseSelection): void {
  const repaired = repairText(text.replace(/\r\n?/g, '\n')).text;
  const paragraphs = repaired.split(/\n[ \t]*\n+/).filter((p) => p.trim() !== '');
  if (paragraphs.length <= 1) {
    selection.insertRawText((paragraphs[0] ?? '').replace(/^\n+|\n+$/g, ''));
    return;
  }
  const nodes = paragraphs.map((p) => $createParagraphNode().append($createTextNode(p.replace(/^\n+|\n+$/g, '').replace(/\n/g, ' '))));
  $insertGeneratedNodes(editor, nodes, selection);
}
