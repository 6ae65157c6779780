/** Keys in the extension's local storage; the content script watches them without reading them. */
export const STORAGE_KEYS = {
  settings: 'settings',
  drafts: 'drafts',
  importedProfiles: 'importedProfiles',
  chatKinds: 'chatKinds',
  panelCollapsed: 'panelCollapsed',
  teamChangedAt: 'teamChangedAt',
  learnedSelectors: 'learnedSelectors',
  regulationDraft: 'regulationDraft',
  /** The team this browser is in (invite, member, online): written by the background, read into an identity backup. */
  team: 'team',
  /** The team's signed settings a tab uses (allowlist, shared selectors), copied by the background. */
  teamShared: 'teamShared',
  /** A long sync under way ({ done, total, at }), written by the background as the sync host tells it. */
  teamSyncProgress: 'teamSyncProgress',
} as const;

/** What a messenger tab shows depends on these; a change to any means reading the tab's state again. */
export const TAB_STATE_KEYS: string[] = [STORAGE_KEYS.settings, STORAGE_KEYS.drafts, STORAGE_KEYS.importedProfiles, STORAGE_KEYS.chatKinds, STORAGE_KEYS.learnedSelectors, STORAGE_KEYS.teamShared];
