/** Runtime checks of the core's output contract, shared by unit tests, the CLI tests and fuzzing. */
export { ERROR_CODES, validateArticle, validateError } from './article';
export { validateCliLine } from './cli';
export { validateFacts } from './facts';
export { cssProblems, isSafeUrl, normalizeUrl, parseInert, validateSafeHtml } from './html';
export { isIsoDate } from './shape';
