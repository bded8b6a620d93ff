import { ID_PATTERN, type Clipping, type SavedArticle, type Tag } from '../db';
import type { Facts } from '../facts/types';
import { arr, bool, int, matching, nullable, num, obj, oneOf, optional, str, type V } from './validate';

/** The shape of a version-1 backup, field by field (derived fields are recomputed on import). */

const span = obj({ start: int(), end: int() });
const fromTitle = optional(oneOf('title'));
const mention = obj({ text: str(10_000), span, source: fromTitle });
const sentence = str(100_000);
const name = str(2_000);
const date = obj({ text: str(2_000), value: nullable(str(100)), end: optional(str(100)), sentence, span, source: fromTitle });
const official = obj({ name, titles: arr(str(2_000), 1_000), mentions: arr(mention, 10_000), sentence, span, source: fromTitle });
const award = obj({ name, recipient: nullable(name), giver: optional(nullable(name)), sentence, span, source: fromTitle });
const entity = obj({ name, mentions: arr(mention, 10_000), sentence, span });
const figure = obj({ text: str(2_000), value: num(), unit: nullable(str(200)), what: str(2_000), sentence, span });

export const factsV: V<Facts> = obj({
  lang: str(35),
  supported: bool,
  dates: arr(date, 10_000),
  officials: arr(official, 10_000),
  awards: arr(award, 10_000),
  organizations: arr(entity, 10_000),
  places: arr(entity, 10_000),
  figures: arr(figure, 10_000),
  summary: arr(str(100_000), 1_000),
});

const id = matching(ID_PATTERN, 'a Lede id', 20);
/** Pages are http(s), or file: for saved copies; anything else (javascript:, data:) is refused. */
const url = matching(/^(https?|file):\/\/\S+$/i, 'a web address', 8_000);
const time = int(0, 8.64e15);
const tags = arr(str(200), 1_000);

export const articleV: V<Omit<SavedArticle, 'contentHash' | 'site'>> = obj({
  id,
  url,
  title: str(10_000),
  byline: nullable(str(10_000)),
  siteName: nullable(str(10_000)),
  lang: str(35),
  dir: oneOf('ltr', 'rtl'),
  publishedTime: nullable(str(100)),
  excerpt: str(100_000),
  html: str(),
  text: str(),
  wordCount: int(),
  readingMinutes: num(0),
  facts: factsV,
  tags,
  note: str(1_000_000),
  savedAt: time,
  updatedAt: time,
});

export const clippingV: V<Omit<Clipping, 'site'>> = obj({
  id,
  articleId: nullable(id),
  url,
  title: str(10_000),
  siteName: nullable(str(10_000)),
  publishedTime: nullable(str(100)),
  quote: str(1_000_000),
  prefix: str(10_000),
  suffix: str(10_000),
  facts: nullable(factsV),
  note: str(1_000_000),
  tags,
  savedAt: time,
  updatedAt: time,
});

export const tagV: V<Tag> = obj({ name: str(200), createdAt: time });

export const MAX_ITEMS = 500_000;
export const itemsV = { articles: arr(articleV, MAX_ITEMS), clippings: arr(clippingV, MAX_ITEMS), tags: arr(tagV, 100_000) };
