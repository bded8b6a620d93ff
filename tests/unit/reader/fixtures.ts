import type { Article } from '@/lib/extract/types';
import { emptyFacts, type Facts } from '@/lib/facts/types';

/** A small article in the shape of the reference page, with the facts the engine should find. */
export const TEXT =
  'Sáng 24/11, Đảng bộ khối Công nghiệp Hà Nội tổ chức kỷ niệm 20 năm thành lập.\n\n' +
  'Theo Bí thư Đảng ủy Khối Công nghiệp Hà Nội Trịnh Huy Thành, ngày 25/11/1996, Ban Thường vụ Thành ủy Hà Nội ban hành Quyết định thành lập Đảng bộ.\n\n' +
  'Phó Chủ tịch UBND TP Nguyễn Doãn Toản trao tặng danh hiệu Chiến sĩ thi đua Thành phố cho Bí thư Đảng ủy Khối Công nghiệp Hà Nội Trịnh Huy Thành.';

const S2 = TEXT.split('\n\n')[1]!;
const S3 = TEXT.split('\n\n')[2]!;
const at = (needle: string, from = 0) => ({ start: TEXT.indexOf(needle, from), end: TEXT.indexOf(needle, from) + needle.length });

export const article: Article = {
  url: 'https://dangcongsan.vn/thoi-su/a-413560.html',
  title: 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập',
  byline: 'Hiền Hòa',
  siteName: 'Báo điện tử Đảng Cộng sản Việt Nam',
  lang: 'vi',
  dir: 'ltr',
  publishedTime: '2016-11-24T11:20:00+07:00',
  excerpt: '',
  html: TEXT.split('\n\n').map((p) => `<p>${p}</p>`).join('\n'),
  text: TEXT,
  wordCount: 80,
  readingMinutes: 1,
  images: [],
  readerable: true,
};

export const facts: Facts = {
  ...emptyFacts('vi', true),
  dates: [{ text: 'ngày 25/11/1996', value: '1996-11-25', sentence: S2, span: at('ngày 25/11/1996') }],
  officials: [
    { name: 'Trịnh Huy Thành', titles: ['Bí thư Đảng ủy Khối Công nghiệp Hà Nội'], mentions: [], sentence: S2, span: at('Trịnh Huy Thành') },
    { name: 'Nguyễn Doãn Toản', titles: ['Phó Chủ tịch UBND TP'], mentions: [], sentence: S3, span: at('Nguyễn Doãn Toản') },
  ],
  awards: [{ name: 'danh hiệu Chiến sĩ thi đua Thành phố', recipient: 'Trịnh Huy Thành', sentence: S3, span: at('danh hiệu') }],
  summary: ['Sáng 24/11, Đảng bộ khối Công nghiệp Hà Nội tổ chức kỷ niệm 20 năm thành lập.'],
};
