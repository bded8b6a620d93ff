import { getDb } from './db';
import { newId, normalizeTags, siteOf } from './derive';
import { guard, StorageError } from './errors';
import { ALL_TABLES, indexClippings, pruneTags, registerTags, unindex } from './indexing';
import type { Clipping, SaveClippingInput } from './types';

/** Saves a quote with its text-quote anchor; links it to the saved article of the same URL unless articleId is given. Saving the same quote from the same URL again updates it. */
export async function saveClipping(input: SaveClippingInput): Promise<{ id: string; status: 'created' | 'updated' }> {
  const db = getDb();
  const quote = input.quote.normalize('NFC').trim();
  if (!quote) throw new StorageError('invalid', 'A clipping needs some quoted text.');
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      const now = Date.now();
      const old = await db.clippings.where('url').equals(input.url).and((c) => c.quote === quote).first();
      const articleId =
        input.articleId !== undefined ? input.articleId : ((await db.articles.get({ url: input.url }))?.id ?? null);
      const tags = await registerTags(db, normalizeTags([...(old?.tags ?? []), ...(input.tags ?? [])]), now);
      const record: Clipping = {
        id: old?.id ?? newId(now),
        articleId,
        url: input.url,
        title: input.title,
        siteName: input.siteName ?? null,
        site: siteOf(input.siteName, input.url),
        publishedTime: input.publishedTime ?? null,
        quote,
        prefix: input.prefix ?? '',
        suffix: input.suffix ?? '',
        facts: input.facts ?? null,
        note: input.note?.trim() || old?.note || '',
        tags,
        savedAt: old?.savedAt ?? now,
        updatedAt: now,
      };
      await db.clippings.put(record);
      await indexClippings(db, [record]);
      return { id: record.id, status: old ? ('updated' as const) : ('created' as const) };
    }),
  );
}

/** Replaces a clipping's tags and/or note; throws StorageError('not-found') for an unknown id. */
export async function updateClipping(id: string, patch: { tags?: string[]; note?: string }): Promise<Clipping> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      const old = await db.clippings.get(id);
      if (!old) throw new StorageError('not-found', 'This clipping is no longer in the library.');
      const now = Date.now();
      const tags = patch.tags ? await registerTags(db, normalizeTags(patch.tags), now) : old.tags;
      const record: Clipping = { ...old, tags, note: patch.note ?? old.note, updatedAt: now };
      await db.clippings.put(record);
      await indexClippings(db, [record]);
      await pruneTags(db, old.tags.filter((t) => !tags.includes(t)));
      return record;
    }),
  );
}

/** Deletes a clipping; returns it for restoreClipping (undo). */
export async function deleteClipping(id: string): Promise<Clipping | undefined> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      const clipping = await db.clippings.get(id);
      if (!clipping) return undefined;
      await db.clippings.delete(id);
      await unindex(db, [id]);
      await pruneTags(db, clipping.tags);
      return clipping;
    }),
  );
}

/** Puts a deleted clipping back; its article link is dropped if that article is gone. */
export async function restoreClipping(clipping: Clipping): Promise<boolean> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      if (await db.clippings.get(clipping.id)) return false;
      const articleId = clipping.articleId && (await db.articles.get(clipping.articleId)) ? clipping.articleId : null;
      const record = { ...clipping, articleId, tags: await registerTags(db, clipping.tags, Date.now()) };
      await db.clippings.add(record);
      await indexClippings(db, [record]);
      return true;
    }),
  );
}
