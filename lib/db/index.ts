/** The library's storage: the only module that writes to the database. */
export { openDb, getDb, onLibraryChanged, requestPersistence, DEFAULT_DB_NAME, type LedeDb, type OpenOptions } from './db';
export {
  saveArticle, findSavedArticle, updateArticle, deleteArticle, restoreArticle, getArticle, articlesWithFact, summarize,
} from './articles';
export { saveClipping, updateClipping, deleteClipping, restoreClipping } from './clippings';
export { listItems, parseQuery } from './search';
export { readAll, importLibrary } from './transfer';
export { listSites, listTags } from './facets';
export { contentHash, fold, factKey, tokenize } from './fold';
export { StorageError, type StorageErrorCode } from './errors';
export { SCHEMA, LATEST_VERSION, declareVersions, type SchemaVersion } from './schema';
export { ID_PATTERN } from './derive';
export * from './types';
