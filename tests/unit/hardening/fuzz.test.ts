// Property tests with fixed seeds: mutated real pages and random markup through the core, random
// markup through the sanitizer, random text through computeFacts. Whatever the input, the core
// returns a valid article or throws a coded ExtractError, and the facts point into their text.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../lib/extract';
import { computeFacts } from '../../../lib/facts';
import { validateArticle, validateFacts, validateSafeHtml } from '../../../lib/contract';
import { describeOutcome, extractOutcome, type Outcome } from './attempt';
import { HOSTILE_DIR, canonical, freshWindow, pageDocument } from './pages';

const SEED = 20_241_127;
const PAGES_DIR = new URL('../../fixtures/pages/', import.meta.url);
const win = freshWindow();

// Real pages to mutate: the project's own fixture pages and a few hostile ones.
const bases = [
  ...readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).map((f) => readFileSync(new URL(f, PAGES_DIR), 'utf8')),
  ...['01-script-inline.html', '28-mxss-math-mglyph.html', '40-attrs-everywhere.html', '49-jsonld-proto.html'].map((f) =>
    readFileSync(HOSTILE_DIR + f, 'utf8').replaceAll('__CANARY__', '9'),
  ),
];

const STRANGE = [
  '\u200f', '\u202e', '\u202c', '\u200d', '\ufeff', '\u0000', '\ud800', '\udfff', '\ud83d\ude00', 'e\u0301', 'o\u0323\u0302',
  '\u00a0', '\u2028', '\r\n', '&#0;', '&nbsp', '&#x110000;', '&amp', '<', '>', '"', "'", '`',
];
const TAGS = [
  '<div>', '</div>', '<p>', '</p>', '<table>', '<td>', '<svg>', '</svg>', '<math>', '<mglyph>', '<select>', '<noscript>',
  '<style>', '</style>', '<template>', '<script>', '</script>', '<!--', '-->', '<![CDATA[', '</body>', '<html>', '<frameset>',
  '<textarea>', '<title>', '<plaintext>', '<iframe>', '<a href="javascript:alert(1)">', '<img src=x onerror=alert(1)>', '<br>',
];

type Mutation = (html: string) => string;
const at = (html: string, r: number): number => Math.floor(r * (html.length + 1));
// A mutation that prints what it does, so a counterexample can be replayed by hand.
const named = (name: string, fn: Mutation): Mutation => Object.assign(fn, { [fc.toStringMethod]: () => name });
const where = fc.double({ min: 0, max: 1, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  where.map((r) => named(`truncate at ${r}`, (h) => h.slice(0, at(h, r)))),
  fc.tuple(where, fc.oneof(fc.constantFrom(...TAGS, ...STRANGE), fc.string({ unit: 'binary', maxLength: 20 }))).map(([r, s]) =>
    named(`insert ${JSON.stringify(s)} at ${r}`, (h) => h.slice(0, at(h, r)) + s + h.slice(at(h, r))),
  ),
  fc.tuple(fc.nat(), fc.boolean()).map(([n, dup]) =>
    named(`${dup ? 'duplicate' : 'delete'} tag #${n}`, (h) => {
      const tags = Array.from(h.matchAll(/<[^>]{0,200}>/g));
      const m = tags.length ? tags[n % tags.length]! : undefined;
      if (!m || m.index === undefined) return h;
      return h.slice(0, m.index) + (dup ? m[0] + m[0] : '') + h.slice(m.index + m[0].length);
    }),
  ),
  fc.constant(named('NFD', (h) => h.normalize('NFD'))),
);

function checkPage(html: string): void {
  const doc = pageDocument(html, 'https://news.example/a/1');
  try {
    checkOutcome(extractOutcome(doc, 'https://news.example/a/1'));
  } finally {
    // Hundreds of runs: without closing, every jsdom window stays in memory. jsdom itself
    // sometimes fails to close a window with frames; only memory is lost then.
    try {
      doc.defaultView?.close();
    } catch {}
  }
}

function checkOutcome(o: Outcome): void {
  expect(o.kind, describeOutcome(o)).not.toBe('crash');
  if (o.kind !== 'article') return;
  const a = o.article;
  expect(validateArticle(a)).toEqual([]);
  expect(validateSafeHtml(a.html, win.document)).toEqual([]);
  const facts = computeFacts({ text: a.text, lang: a.lang, publishedTime: a.publishedTime, title: a.title });
  expect(validateFacts(facts, a.text, { title: a.title.normalize('NFC') })).toEqual([]);
}

// Random markup: a small tree of risky and plain tags, attributes and texts.
const ATTRS = ['href', 'src', 'style', 'onclick', 'id', 'name', 'srcset', 'xlink:href', 'formaction', 'rel', 'class', 'is', 'ping', 'action'];
const VALUES = ['javascript:alert(1)', ' data:text/html,x', 'https://e.com/x', 'x', '#a', 'u\\72l(http://e.com)', 'cloneNode', '</style><img src=x onerror=alert(1)>', '&#106;avascript:1'];
const ELEMENTS = ['p', 'div', 'a', 'img', 'svg', 'math', 'style', 'table', 'td', 'select', 'noscript', 'template', 'form', 'iframe', 'mglyph', 'mtext', 'foreignObject', 'title', 'textarea', 'span'];
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...STRANGE, 'Plain sentence of article text. ')),
    fc
      .tuple(
        fc.constantFrom(...ELEMENTS),
        fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)), { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, attrs, kids]) => `<${tag}${attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>${kids.join('')}</${tag}>`),
  ),
}));

const FACT_WORDS = [
  'Sáng 24/11/2023, ', 'ngày 2 tháng 9 năm 1945 ', 'Chủ tịch Ủy ban nhân dân TP. Hà Nội Trần Sỹ Thanh ', 'Huân chương Lao động hạng Nhất ',
  'gần 11,5 nghìn đảng viên ', 'On March 5, 2024, ', 'Mayor Jane Smith ', '$2.3 billion ', '12 km ', 'last Tuesday ', 'the Ministry of Finance ',
  'in Hanoi. ', '. ', '\n\n', '2024-02-30 ', '31/2 ', 'năm 0 ', '9999999999999999999 ', 'Mr. ', 'TP. ', '(', ')', '"', '…',
];
const factText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...FACT_WORDS), fc.constantFrom(...STRANGE), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((p) => p.join('')),
);

describe('fuzzing', () => {
  it('mutated pages: a valid article or a coded error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 }), (base, ms) => checkPage(ms.reduce((h, m) => m(h), base))),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('random markup through the core', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (nodes) => {
        const filler = '<p>Plain sentence of article text that is long enough to count as a real paragraph of prose. '.repeat(4);
        checkPage(`<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>T</h1>${filler}</p>${nodes.join('')}${filler}</p></article></body></html>`);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('random markup through the sanitizer: safe and stable', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (nodes) => {
        const once = sanitizeHtml(nodes.join(''), win);
        // Raw markup keeps relative links; the core absolutises them before sanitizing.
        expect(validateSafeHtml(once, win.document).filter((p) => !p.includes('relative URL'))).toEqual([]);
        expect(canonical(sanitizeHtml(once, win))).toBe(canonical(once));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('random text through computeFacts: spans inside the text, dates ISO', () => {
    fc.assert(
      fc.property(
        factText,
        fc.constantFrom('vi', 'en', 'und', 'fr', 'vi-VN'),
        fc.constantFrom(null, '2024-03-05', '2023-11-24T08:30:00+07:00', '0001-01-01'),
        fc.option(factText, { nil: undefined }),
        (text, lang, publishedTime, title) => {
          const facts = computeFacts({ text, lang, publishedTime, title });
          expect(validateFacts(facts, text.normalize('NFC'), { title: title?.normalize('NFC') })).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
