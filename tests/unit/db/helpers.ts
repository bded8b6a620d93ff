import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import type { Article } from '../../../lib/extract/types';
import { emptyFacts, type Facts } from '../../../lib/facts/types';
import { openDb, type LedeDb } from '../../../lib/db';

let n = 0;
/** A fresh, empty database for each test. */
export function freshDb(): LedeDb {
  return openDb(`lede-test-${Date.now()}-${n++}`);
}

const LOREM_VI =
  'Sáng 2/9, tại Hà Nội, Tổng Bí thư Tô Lâm trao Huân chương Lao động hạng Nhất cho các tập thể có thành tích xuất sắc. ' +
  'Phó Chủ tịch nước nhấn mạnh vai trò của khoa học, công nghệ và đổi mới sáng tạo trong giai đoạn phát triển mới của đất nước.';

/** An extracted article; the text is long enough to be hashed unless given. */
export function makeArticle(over: Partial<Article> = {}): Article {
  const text = over.text ?? `${over.title ?? 'Bài viết'}\n\n${LOREM_VI}`;
  return {
    url: 'https://example.vn/bai-1',
    title: 'Bài viết',
    byline: null,
    siteName: 'Báo Ví dụ',
    lang: 'vi',
    dir: 'ltr',
    publishedTime: '2024-09-02',
    excerpt: text.slice(0, 80),
    html: `<p>${text}</p>`,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    images: [],
    readerable: true,
    ...over,
    text,
  };
}

/** Facts with officials and awards by name. */
export function makeFacts(p: { officials?: string[]; awards?: string[]; places?: string[]; dates?: string[] } = {}): Facts {
  const span = { start: 0, end: 1 };
  const f = emptyFacts('vi', true);
  f.officials = (p.officials ?? []).map((name) => ({ name, titles: ['Bộ trưởng'], mentions: [{ text: name, span }], sentence: `${name} phát biểu.`, span }));
  f.awards = (p.awards ?? []).map((name) => ({ name, recipient: 'Tập thể A', sentence: `Trao ${name}.`, span }));
  f.places = (p.places ?? []).map((name) => ({ name, mentions: [{ text: name, span }], sentence: `Tại ${name}.`, span }));
  f.dates = (p.dates ?? []).map((value) => ({ text: value, value, sentence: `Ngày ${value}.`, span }));
  return f;
}

/** Runs `fn` with Date.now() fixed at `ms`, so save order (and ids) are deterministic. */
export async function at<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 15, 12);
