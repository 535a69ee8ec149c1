// Opening another side tab from a refusal ("Open Checks", "Open Wire"): the side panel's tabs are
// buttons with stable ids (side-tab-<id>), so this presses the tab as a person would and moves focus
// there. Returns false when the tab is not on screen (no story open).
export function openSideTab(id: string): boolean {
  const tab = document.getElementById(`side-tab-${id}`);
  if (!(tab instanceof HTMLButtonElement)) return false;
  tab.click();
  tab.focus();
  return true;
}

/** Whether the side panel has a tab with this id right now. */
export function hasSideTab(id: string): boolean {
  return document.getElementById(`side-tab-${id}`) instanceof HTMLButtonElement;
}
