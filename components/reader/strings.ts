import { browserLanguage, withFallback } from '../../lib/i18n';

/**
 * The reader's user-facing strings with English fallbacks. Keys that public/_locales already has
 * come from there (English or Vietnamese); the reader's own keys fall back to this English text
 * until they are added to the locale files.
 */
const FALLBACK = {
  loading: 'Reading the page…',
  readingTime: '$VALUE$ min read',
  factsHeading: 'Key facts',
  factsNone: 'No key facts found in this article.',
  factsUnsupported: 'Lede reads names and titles in English and Vietnamese only; dates and figures are shown.',
  groupDates: 'Dates',
  groupOfficials: 'Officials',
  groupAwards: 'Awards',
  groupOrganizations: 'Organisations',
  groupPlaces: 'Places',
  groupFigures: 'Figures',
  groupSummary: 'Summary',
  awardTo: 'to $VALUE$',
  save: 'Save to library',
  saving: 'Saving…',
  savedOn: 'Saved on $VALUE$',
  saveFailed: 'Could not save: $VALUE$',
  clipSaved: 'Saved to your library.',
  errRestricted: 'Lede cannot read this page: browser pages and extension stores are closed to every extension.',
  errPdf: 'This is a PDF. Lede reads web articles only.',
  errNoAccess: 'Lede has no access to this page. Open Lede from the page itself.',
  errTabClosed: 'The tab was closed before Lede could read it.',
  errNavigated: 'The page changed while Lede was reading it. Open Lede again.',
  errNoTab: 'There is no tab for Lede to read.',
  errEmpty: 'This page has no readable text.',
  errTooLarge: 'This page is too large for Lede to read.',
  notArticle: 'This page does not look like an article.',
  errOther: 'Something went wrong: $VALUE$',
  readerTitle: 'Lede reader',
  readerSkip: 'Skip to the article',
  readerSettings: 'Reading settings',
  readerText: 'Text',
  readerTextSettings: 'Typeface, line width and spacing',
  readerSmaller: 'Smaller text',
  readerLarger: 'Larger text',
  readerTypeface: 'Typeface',
  readerSerif: 'Serif',
  readerSans: 'Sans-serif',
  readerWidth: 'Line width',
  readerNarrow: 'Narrow',
  readerMedium: 'Medium',
  readerWide: 'Wide',
  readerSpacing: 'Line spacing',
  readerCompact: 'Tight',
  readerNormal: 'Normal',
  readerLoose: 'Loose',
  readerTheme: 'Theme',
  readerThemeSystem: 'System theme',
  readerThemeLight: 'Light',
  readerThemeSepia: 'Sepia',
  readerThemeDark: 'Dark',
  readerPrint: 'Print',
  readerCite: 'Copy citation',
  readerCopied: 'Citation copied.',
  readerCopyFailed: 'Could not copy the citation.',
  readerClose: 'Close',
  readerShortcuts: 'Keys: + and − text size, T theme, Esc close',
  readerContents: 'Contents',
  readerOriginal: 'Original page',
  readerFromSentence: 'Facts from this sentence: $VALUE$',
  readerSentenceMissing: 'That sentence could not be found in the text.',
  readerAccessed: 'Accessed',
  readerBadAddress: 'Open the reader from the Lede button on an article, or from your library.',
  readerNotFound: 'This article is no longer in your library.',
} as const;

export type ReaderString = keyof typeof FALLBACK;

/** The string for `key` in the UI language, `value` filling its placeholder; English when the locale lacks it. */
export const rt = withFallback(FALLBACK);

/** The UI language for dates and numbers; "en" when the browser does not say. */
export const uiLocale = browserLanguage;
