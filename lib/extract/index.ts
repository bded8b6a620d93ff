export { extractArticle, extractArticleTimed, type ExtractTimings } from './extract';
export { detectLang } from './lang';
export { sanitizeHtml } from './sanitize';
export { htmlToText } from './text';
export * from './types';
