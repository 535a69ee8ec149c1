// A tag in the Tags field: an atomic token (typed text becomes one on comma or Enter, Backspace
// turns the last one back into text). Tags are saved as a list of strings, not as this node.
import { $applyNodeReplacement, TextNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedTextNode } from 'lexical';

export type SerializedTagNode = SerializedTextNode;

export class TagNode extends TextNode {
  static override getType(): string {
    return 'tag';
  }

  static override clone(node: TagNode): TagNode {
    return new TagNode(node.__text, node.__key);
  }

  static override importJSON(json: SerializedTagNode): TagNode {
    return $createTagNode(json.text);
  }

  constructor(text: string, key?: NodeKey) {
    super(text, key);
  }

  override exportJSON(): SerializedTagNode {
    return { ...super.exportJSON(), type: 'tag' };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.className = 'tag-token';
    return dom;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  override isTextEntity(): true {
    return true;
  }
}

export function $createTagNode(text: string): TagNode {
  return $applyNodeReplacement(new TagNode(text).setMode('token'));
}

export function $isTagNode(node: LexicalNode | null | undefined): node is TagNode {
  return node instanceof TagNode;
}

/** Tags as main stores them: trimmed, inner spaces collapsed, no case-insensitive repeats. */
export function canonicalTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ').slice(0, 80);
    if (clean && !seen.has(clean.toLowerCase())) {
      seen.add(clean.toLowerCase());
      out.push(clean);
    }
  }
  return out;
}
