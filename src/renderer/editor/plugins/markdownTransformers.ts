// Markdown shortcuts the body understands as you type: "## " and "### " subheads, "> " quote,
// "- " / "* " bullets, "1. " numbers, **bold** and *italic*. Nothing else (no h1, code, tables).
import { $createHeadingNode, $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import {
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';

/** Only the story's two subhead levels: "## " → h2, "### " → h3 ("# " is not a story subhead). */
export const SUBHEAD: ElementTransformer = {
  dependencies: [HeadingNode],
  export: (node, exportChildren) => {
    if (!$isHeadingNode(node)) return null;
    return `${node.getTag() === 'h2' ? '##' : '###'} ${exportChildren(node)}`;
  },
  regExp: /^(#{2,3})\s/,
  replace: (parentNode, children, match) => {
    const node = $createHeadingNode(match[1]!.length === 2 ? 'h2' : 'h3');
    node.append(...children);
    parentNode.replace(node);
    node.select(0, 0);
  },
  type: 'element',
};

export const BODY_TRANSFORMERS: Transformer[] = [
  SUBHEAD,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
];
