// Results as you type: the word being typed is searched as a prefix ("harb" finds "harbour"),
// until a space, a closing quote or an explicit * says the word is finished.
export function asYouType(text: string): string {
  const m = /(^|[\s:(-])([\p{L}\p{N}]+)$/u.exec(text);
  if (!m || m[2] === 'OR') return text;
  // Inside an unclosed phrase the words are the user's exact phrase: leave it.
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return text;
  return `${text}*`;
}
