// placeholder, replaced below
import type { ParsedWire } from '../types';
export function parsePageText(_text: string, _fileName: string, encoding: string): ParsedWire {
  return { format: 'page-text', encoding, items: [], warnings: [] };
}
export function looksLikePageText(_text: string): boolean {
  return false;
}
