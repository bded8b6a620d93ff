/** Library storage at 10,000 articles: save, search and fact filters, in fake-indexeddb (Node has no IndexedDB). */
import { IDBKeyRange as FakeKeyRange, indexedDB as fakeIndexedDB } from 'fake-indexeddb';
import { articlesWithFact, importLibrary, listItems, openDb, saveArticle, type ListQuery, type SavedArticle } from '../../../lib/db';
import { articleSearch, newId, siteOf } from '../../../lib/db/derive';
import { emptyFacts, type Facts } from '../../../lib/facts/types';
import { median, ms } from '../stats';
import type { BenchOptions, SectionResult, Table } from '../types';

export const name = 'db';

const ARTICLES = 10_000;
const COMMON_VI = ('của và các có được là trong cho những với người đã không này năm một về đến khi thành phố hội nghị ' +
  'phát triển kinh tế chính phủ quốc hội bộ trưởng tổng bí thư chủ tịch nước huân chương lao động hạng nhất nhì ba ' +
  'hòa bình hoà giải hoàng hôn thủy thuỷ sản xuất khẩu đầu tư doanh nghiệp ngân hàng giáo dục y tế văn hóa xã hội ' +
  'đảng viên cộng sản việt nam hà nội đà nẵng cần thơ hải phòng tỉnh huyện đồng chí nhân dân công an quân đội').split(' ');
const COMMON_EN = ('the of and to in a is that for on said minister government market prices growth bank policy election ' +
  'president ceremony award medal labour order first class city council budget rates inflation trade exports region').split(' ');
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RIMES = ['a', 'ai', 'an', 'ang', 'anh', 'ao', 'at', 'ac', 'am', 'ay', 'âm', 'ân', 'ât', 'ây', 'e', 'em', 'en', 'ê', 'ên', 'êt', 'i', 'im',
  'in', 'inh', 'ich', 'iêu', 'o', 'oa', 'oan', 'oang', 'oi', 'on', 'ong', 'ô', 'ôi', 'ông', 'ơ', 'ơi', 'u', 'ui', 'un', 'ung', 'uy', 'ư', 'ưa', 'ương'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
// A Zipf-like vocabulary: real frequent words first, then thousands of generated syllables/words,
// so articles have hundreds of distinct words as real ones do, and rare words stay rare.
const VI_VOCAB = [...new Set([...COMMON_VI, ...ONSETS.flatMap((o) => RIMES.flatMap((r) => TONES.map((t) => (o + r[0] + t + r.slice(1)).normalize('NFC'))))])];
const EN_VOCAB = [...new Set([...COMMON_EN, ...ONSETS.flatMap((o) => RIMES.map((r) => `${o}${r}s`.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd') + 'ment'))])];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Trịnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Huy', 'Minh', 'Đức', 'Thanh', 'Quốc', 'Hữu'];
const GIVEN = ['Thành', 'Hòa', 'Hoà', 'Lâm', 'An', 'Bình', 'Hùng', 'Dũng', 'Thủy', 'Phúc', 'Nam', 'Long'];
const AWARDS = ['Huân chương Lao động hạng Nhất', 'Huân chương Lao động hạng Nhì', 'Huân chương Lao động hạng Ba', 'Huân chương Độc lập hạng Nhất', 'Huân chương Hồ Chí Minh', 'Order of Labour'];
const SITES = ['Báo Điện tử Đảng Cộng sản Việt Nam', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'Reuters', 'BBC News', 'Nhân Dân', 'VietnamPlus'];

/** Deterministic PRNG (mulberry32) so every run benches the same library. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(i: number, rand: () => number, savedAt: number): SavedArticle {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * rand() * xs.length)]!;
  const word = (xs: readonly string[]) => xs[Math.floor(rand() ** 4 * xs.length)]!; // Zipf-like: a few words most of the time
  const vi = i % 2 === 0;
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const people = [person(), person()];
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(rand() * 14) }, () => word(vi ? VI_VOCAB : EN_VOCAB));
    if (rand() < 0.3) words.splice(3, 0, pick(people));
    return words.join(' ') + '.';
  };
  const paragraphs = Array.from({ length: 18 }, () => Array.from({ length: 2 }, sentence).join(' '));
  const text = paragraphs.join('\n\n');
  const title = `${people[0]} ${Array.from({ length: 8 }, () => word(vi ? VI_VOCAB : EN_VOCAB)).join(' ')} ${i}`;
  const span = { start: 0, end: 1 };
  const facts: Facts = { ...emptyFacts(vi ? 'vi' : 'en', true) };
  facts.officials = people.map((name) => ({ name, titles: ['Bộ trưởng'], mentions: [{ text: name, span }], sentence: paragraphs[0]!, span }));
  facts.awards = rand() < 0.3 ? [{ name: pick(AWARDS), recipient: people[1]!, sentence: paragraphs[1]!, span }] : [];
  facts.dates = [{ text: '2/9', value: `2024-${String(1 + (i % 12)).padStart(2, '0')}-02`, sentence: paragraphs[2]!, span }];
  const url = `https://news${i % 50}.example.vn/bai-${i}.html`;
  const siteName = SITES[i % SITES.length]!;
  return {
    id: newId(savedAt), url, contentHash: '', title, byline: people[1]!, siteName, site: siteOf(siteName, url),
    lang: vi ? 'vi' : 'en', dir: 'ltr', publishedTime: facts.dates[0]!.value, excerpt: paragraphs[0]!.slice(0, 200),
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text, wordCount: text.split(/\s+/).length, readingMinutes: 3,
    facts, tags: i % 7 === 0 ? ['đọc sau'] : [], note: i % 11 === 0 ? `ghi chú về ${people[0]}` : '', savedAt, updatedAt: savedAt,
  };
}

async function timed<T>(runs: number, fn: (i: number) => Promise<T>): Promise<{ median: number; last: T }> {
  let last = await fn(-1); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await fn(i);
    times.push(performance.now() - start);
  }
  return { median: median(times), last };
}

/** Seeds 10,000 synthetic articles (half Vietnamese with diacritics), then times the hot paths. */
export async function run(opts: BenchOptions): Promise<SectionResult> {
  openDb(`lede-bench-${Date.now()}`, { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange });
  const rand = rng(42);
  const t0 = Date.UTC(2024, 0, 1);
  const seedStart = performance.now();
  let words = 0;
  for (let i = 0; i < ARTICLES; i += 1000) {
    const batch = Array.from({ length: 1000 }, (_, k) => synthetic(i + k, rand, t0 + (i + k) * 60_000));
    if (i === 0) words = batch.reduce((n, a) => n + articleSearch(a).row.tokens.length, 0) / batch.length;
    await importLibrary({ articles: batch, clippings: [], tags: [] });
  }
  const seedMs = performance.now() - seedStart;
  const runs = Math.max(opts.runs, 10);
  const rows: Table['rows'] = [];
  const row = async (what: string, fn: (i: number) => Promise<number>) => {
    const r = await timed(runs, fn);
    rows.push([what, ms(r.median), r.last]);
  };
  const search = (q: ListQuery) => async () => (await listItems({ limit: 50, ...q })).total;

  await row('save one article (new URL)', async (i) => {
    const a = synthetic(ARTICLES + 100 + i, rand, Date.now());
    const { article } = { article: { ...a, images: [], readerable: true } };
    await saveArticle({ article, facts: a.facts });
    return 1;
  });
  await row('save again (same URL, update)', async () => (await saveArticle({ article: { ...synthetic(5, rng(1), Date.now()), url: 'https://news5.example.vn/bai-5.html', images: [], readerable: true }, facts: emptyFacts('vi') }), 1));
  await row('list newest, page 1', search({}));
  await row('list newest, page 100 (offset 4950)', search({ offset: 4950 }));
  await row('search "trinh huy thanh"', search({ query: 'trinh huy thanh' }));
  await row('search "hoa" (typing: prefix)', search({ query: 'hoa' }));
  await row('search "huân chương lao động"', search({ query: 'huân chương lao động' }));
  await row('search "\\"hoa binh\\"" (phrase)', search({ query: '"hoa binh"' }));
  await row('search "minister budget"', search({ query: 'minister budget' }));
  await row('search + site filter', search({ query: 'thanh', site: 'VnExpress' }));
  await row('filter: official (listItems)', search({ fact: { type: 'official', value: 'Trịnh Huy Thành' } }));
  await row('filter: award prefix (listItems)', search({ fact: { type: 'award', value: 'Huân chương Lao động' } }));
  await row('articlesWithFact(official)', async () => (await articlesWithFact('official', 'Nguyễn Văn An')).length);
  await row('filter: tag + published month', search({ tag: 'đọc sau', publishedFrom: '2024-03', publishedTo: '2024-03' }));

  const table: Table = {
    title: `Library storage with ${ARTICLES.toLocaleString('en')} synthetic articles (fake-indexeddb in Node, not a browser)`,
    columns: ['operation', 'median ms', 'matches'],
    rows,
    notes: [
      `${Math.round(words)} distinct words per article on average; seeding through importLibrary took ${Math.round(seedMs)} ms.`,
      `${runs} timed runs after one warm-up. fake-indexeddb is a pure-JS IndexedDB: browsers read index ranges faster.`,
    ],
  };
  return { tables: [table], data: { articles: ARTICLES, wordsPerArticle: Math.round(words), seedMs: ms(seedMs), rows } };
}
