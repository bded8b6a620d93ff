import { browserLanguage, withFallback } from '../../lib/i18n';

/**
 * The library page's user-facing strings with English fallbacks. A key found in
 * public/_locales (English or Vietnamese) wins; until the library's keys are added there,
 * this English text shows. `$VALUE$` is the one placeholder, as in the other pages.
 */
const FALLBACK = {
  libTitle: 'Lede library',
  libSearch: 'Search the library',
  libSearchHint: 'Accents optional. Use "quotes" for an exact phrase.',
  libLoading: 'Loading…',
  libEmpty: 'Your library is empty. Save an article from the Lede button to find it here.',
  libNoMatch: 'Nothing matches these filters.',
  libTotal: '$VALUE$ items',
  libPrev: 'Newer',
  libNext: 'Older',
  libFilters: 'Filters',
  libSite: 'Site',
  libTag: 'Tag',
  libKind: 'Show',
  libAny: 'Any',
  libKindArticles: 'Articles',
  libKindClippings: 'Clippings',
  libSavedFrom: 'Saved from',
  libSavedTo: 'Saved to',
  libPublishedFrom: 'Published from',
  libPublishedTo: 'Published to',
  libClearFilters: 'Clear filters',
  libFactFilter: 'Mentions $VALUE$',
  libClearFact: 'Remove this filter',
  libClipping: 'Clipping',
  libSavedOn: 'Saved $VALUE$',
  libPublishedOn: 'Published $VALUE$',
  libBack: 'Back to the library',
  libMissing: 'This item is no longer in your library.',
  libOpenOriginal: 'Original page',
  libOpenReader: 'Open in reader',
  libOfflineCopy: 'Saved copy',
  libImageRemoved: 'Image not kept offline: $VALUE$',
  libFacts: 'Key facts',
  libNoFacts: 'No key facts were found in this article.',
  libFactHint: 'Choose a fact to list every article that mentions it.',
  libClippings: 'Clippings',
  libTags: 'Tags',
  libTagsHint: 'Separate tags with commas.',
  libNote: 'Note',
  libSave: 'Save',
  libSavedChanges: 'Saved.',
  libDelete: 'Delete',
  libDeleted: 'Deleted “$VALUE$”.',
  libUndo: 'Undo',
  libUndoFailed: 'It could not be restored: the same page was saved again meanwhile.',
  libExport: 'Export',
  libExportJson: 'Backup (JSON)',
  libExportCsv: 'Facts (CSV)',
  libExportMarkdown: 'Markdown (zip)',
  libExportCsl: 'CSL-JSON',
  libExportBibtex: 'BibTeX',
  libExportRis: 'RIS',
  libImport: 'Import a backup',
  libImportDone: 'Import finished: $VALUE$.',
  libImportAdded: '$VALUE$ added',
  libImportUpdated: '$VALUE$ updated',
  libImportSkipped: '$VALUE$ skipped',
  libImportFailed: 'Nothing was imported. $VALUE$',
  libError: 'Something went wrong: $VALUE$',
  libDismiss: 'Dismiss',
  groupDates: 'Dates',
  groupOfficials: 'Officials',
  groupAwards: 'Awards',
  groupOrganizations: 'Organisations',
  groupPlaces: 'Places',
} as const;

export type LibraryString = keyof typeof FALLBACK;

/** Every key the library needs in public/_locales/{en,vi}/messages.json. */
export const LIBRARY_STRING_KEYS = Object.keys(FALLBACK) as LibraryString[];

/** The string for `key` in the UI language, `value` filling its placeholder; English when the locale lacks it. */
export const lt = withFallback(FALLBACK);

/** The UI language for dates and numbers; "en" when the browser does not say. */
export const libLocale = browserLanguage;
