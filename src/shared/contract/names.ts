// Every call's name, and nothing else: the preload bundle builds `window.slugline` from this list
// without pulling in the schemas. `calls.ts` must declare each one (checked by its type).
export const CALL_NAMES = [
  'appInfo',
  'settingsGet',
  'settingsUpdate',
  'storyList',
  'storyGet',
  'storyCreate',
  'storyUpdate',
  'storySearch',
  'storySpike',
  'storyUnspike',
  'revisionList',
  'revisionGet',
  'revisionRestore',
  'tagList',
  'wireImport',
  'wireImportText',
  'wireImportCancel',
  'wireGet',
  'storyFlags',
  'storyFlagAck',
  'watchStatus',
  'mediaImport',
  'backupList',
  'backupNow',
  'backupRestore',
  // the copy desk (src/shared/workflow/contract.ts)
  'storySetStatus',
  'storyEvents',
  'storyGate',
  'findingWaive',
  'findingWaivers',
  'findingUnwaive',
  'deskList',
  'storyCounts',
  'storyBulkStatus',
  'storyBulkTag',
  'storyClaim',
  'storyRelease',
  'storyTakeOver',
  'figureList',
  'figureUpdate',
  'creditsPreview',
  'creditsApply',
  // rewrite from wire (src/main/handlers/rewrite.ts)
  'wireRepairReverts',
  'wireRepairRevert',
  // publish: export to HTML files (src/main/handlers/export.ts)
  'exportInfo',
  'exportStory',
  'exportPage',
  'exportBatch',
  'exportCancel',
  'exportReveal',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** Electron IPC channel for a call. */
export function ipcChannel(name: CallName): string {
  return `slugline:${name}`;
}

/** Channel main uses to push events (imports, wire updates, progress) to the renderer. */
export const EVENT_CHANNEL = 'slugline:event';
