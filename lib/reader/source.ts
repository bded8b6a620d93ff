/** What the reader shows: a live tab, read now, or an article saved in the library. */
export type ReaderSource = { kind: 'tab'; tabId: number } | { kind: 'saved'; id: string };

const TAB_ID = /^\d{1,15}$/;
// Library ids are short base-36 strings ("m3k2…-9f…"); anything else is not one of ours.
const ARTICLE_ID = /^[0-9A-Za-z_-]{1,64}$/;

/** `?id=<articleId>` or `?tab=<tabId>` -> the source (id wins when both are given); null when neither is valid. */
export function parseSource(search: string): ReaderSource | null {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  if (id !== null && ARTICLE_ID.test(id)) return { kind: 'saved', id };
  const tab = params.get('tab');
  if (tab !== null && TAB_ID.test(tab)) return { kind: 'tab', tabId: Number(tab) };
  return null;
}

/** The reader page's path for a source, e.g. "/reader.html?id=3". */
export function readerPath(source: ReaderSource): string {
  return source.kind === 'saved' ? `/reader.html?id=${encodeURIComponent(source.id)}` : `/reader.html?tab=${source.tabId}`;
}
