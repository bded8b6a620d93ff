/**
 * Reads the few JSON-LD fields we use. Page JSON-LD is untrusted: parse errors are ignored,
 * only own string properties are read (never written), and size and depth are bounded.
 */

export interface JsonLdInfo {
  /** Every datePublished found, article objects first (the first may be a placeholder like 0001-01-01). */
  datesPublished: string[];
  publisherName: string | null;
  headline: string | null;
}

const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_DEPTH = 12;
const MAX_NODES = 5_000;
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting/;

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function own(obj: Record<string, Json>, key: string): Json {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function str(v: Json): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function nameOf(v: Json): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  return isObject(v) ? str(own(v, 'name')) : null;
}

function isArticle(obj: Record<string, Json>): boolean {
  const type = own(obj, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** Collects every object in the JSON-LD trees (any depth, @graph arrays included). */
function collectObjects(roots: Json[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const stack: { v: Json; depth: number }[] = roots.map((v) => ({ v, depth: 0 }));
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
    } else if (isObject(v)) {
      out.push(v);
      for (const key of Object.keys(v)) {
        const child = v[key];
        if (typeof child === 'object' && child !== null) stack.push({ v: child, depth: depth + 1 });
      }
    }
  }
  return out;
}

/** Reads datePublished values, publisher name and headline from the page's JSON-LD, article objects first. */
export function readJsonLd(doc: Document): JsonLdInfo {
  const roots: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    try {
      // Some sites wrap JSON-LD in CDATA or HTML comments.
      roots.push(JSON.parse(raw.replace(/^\s*(<!--|\/\*<!\[CDATA\[\*\/)|(-->|\/\*\]\]>\*\/)\s*$/g, '')));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  const objects = collectObjects(roots);
  const ordered = [...objects.filter(isArticle), ...objects.filter((o) => !isArticle(o))];
  const first = (read: (o: Record<string, Json>) => string | null): string | null => {
    for (const o of ordered) {
      const v = read(o);
      if (v) return v;
    }
    return null;
  };
  return {
    datesPublished: ordered.map((o) => str(own(o, 'datePublished'))).filter((d): d is string => d !== null),
    publisherName: first((o) => (isArticle(o) ? nameOf(own(o, 'publisher')) : null)),
    headline: first((o) => (isArticle(o) ? str(own(o, 'headline')) : null)),
  };
}
