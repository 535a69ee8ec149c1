// Right-click menu for the editors: Electron's spellchecker suggestions (the words it offers for
// the word under the pointer), "Add to dictionary", then the usual edit actions. Electron only.
import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';

/** The menu for one right-click, as plain data (kept separate from Electron so it stays readable). */
export function spellMenuTemplate(contents: WebContents, params: Electron.ContextMenuParams): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 6);
    for (const word of suggestions) items.push({ label: word, click: () => contents.replaceMisspelling(word) });
    if (suggestions.length === 0) items.push({ label: 'No suggestions', enabled: false });
    items.push({
      label: `Add “${params.misspelledWord}” to dictionary`,
      click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
    });
    items.push({ type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'undo', enabled: params.editFlags.canUndo },
      { role: 'redo', enabled: params.editFlags.canRedo },
      { type: 'separator' },
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText) {
    items.push({ role: 'copy', enabled: params.editFlags.canCopy });
  }
  return items;
}

/** Show the menu on every right-click in this window's page. */
export function registerSpellMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = spellMenuTemplate(contents, params);
    if (template.length === 0) return;
    Menu.buildFromTemplate(template).popup();
  });
}
