// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearHighlights,
  findTextQuote,
  foldText,
  highlightQuote,
  quoteHint,
  sentenceHint,
} from '@/lib/reader/highlight';

let root: HTMLElement;
const setHtml = (html: string) => {
  root.innerHTML = html;
};
const marked = () =>
  Array.from(root.querySelectorAll('[data-highlighted="true"]'))
    .map((m) => m.textContent)
    .join('');

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('text-quote highlighter', () => {
  it('matches across inline elements and whitespace differences', () => {
    setHtml('<p>Hello   <b>big</b>\n   <i>wide</i> world. Next.</p>');
    const marks = highlightQuote(root, 'Hello big wide world.');
    expect(marks.map((m) => m.textContent)).toEqual(['Hello   ', 'big', 'wide', ' world.']);
    expect(foldText(marked())).toBe(foldText('Hello big wide world.'));
    expect(marks.every((m) => m.tagName === 'MARK')).toBe(true);
    expect(root.textContent).toContain('Next.');
  });

  it('spans paragraphs (article.text has a blank line where the DOM has none)', () => {
    setHtml('<p>First one.</p>\n<p>Second two.</p><p>Third.</p>');
    const marks = highlightQuote(root, 'First one.\n\nSecond two.');
    expect(marks.map((m) => m.textContent)).toEqual(['First one.', 'Second two.']);
    // The whitespace text node between the paragraphs stays outside any mark.
    expect(root.querySelector('p + mark, mark + mark')).toBeNull();
  });

  it('matches Vietnamese written decomposed (NFD) in the page against NFC text', () => {
    const nfd = 'Bí thư Trịnh Huy Thành phát biểu.'.normalize('NFD');
    setHtml(`<p>Mở đầu. ${nfd} Kết thúc.</p>`);
    const marks = highlightQuote(root, 'Bí thư Trịnh Huy Thành phát biểu.');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent!.normalize('NFC')).toBe('Bí thư Trịnh Huy Thành phát biểu.');
  });

  it('ignores NBSP, soft hyphens and zero-width spaces', () => {
    setHtml('<p>Ngô\u00a0Thị Thanh\u00adHằng đề\u200bnghị.</p>');
    expect(highlightQuote(root, 'Ngô Thị ThanhHằng đềnghị.')).toHaveLength(1);
  });

  it('picks the repeated sentence nearest to the hint', () => {
    const text = 'Intro here.\n\nSame sentence.\n\nMiddle part.\n\nSame sentence.';
    setHtml('<p>Intro here.</p><p>Same sentence.</p><p>Middle part.</p><p>Same sentence.</p>');
    const second = text.lastIndexOf('Same sentence.');
    const marks = highlightQuote(root, 'Same sentence.', { hint: quoteHint(text, second) });
    expect(marks[0]!.parentElement).toBe(root.querySelectorAll('p')[3]);
    const first = highlightQuote(root, 'Same sentence.', { hint: quoteHint(text, text.indexOf('Same')) });
    expect(first[0]!.parentElement).toBe(root.querySelectorAll('p')[1]);
  });

  it('falls back to prefix and suffix when the middle differs (a footnote marker)', () => {
    const sentence = 'Đảng bộ khối Công nghiệp Hà Nội hiện có trên 130 tổ chức cơ sở đảng với gần 11,5 nghìn đảng viên.';
    setHtml('<p>Đảng bộ khối Công nghiệp Hà Nội hiện có trên 130 tổ chức<sup>[1]</sup> cơ sở đảng với gần 11,5 nghìn đảng viên.</p>');
    const marks = highlightQuote(root, sentence);
    expect(marks.length).toBeGreaterThan(1);
    expect(marked()).toContain('nghìn đảng viên.');
  });

  it('leaves table whitespace alone and wraps cell text', () => {
    setHtml('<table><tbody>\n<tr>\n<td>Alpha</td>\n<td>Beta</td>\n</tr>\n</tbody></table>');
    const marks = highlightQuote(root, 'Alpha Beta');
    expect(marks.map((m) => m.parentElement!.tagName)).toEqual(['TD', 'TD']);
    expect(root.querySelector('tr > mark, tbody > mark')).toBeNull();
  });

  it('never matches text inside script or style', () => {
    setHtml('<style>.secret{}</style><p>Visible text.</p>');
    expect(findTextQuote(root, '.secret{}')).toBeNull();
  });

  it('puts the tooltip on every mark and clears back to the original DOM', () => {
    const html = '<p>One <a href="#x">two</a> three.</p><p>Four.</p>';
    setHtml(html);
    const marks = highlightQuote(root, 'One two three.', { title: 'Facts: two' });
    expect(marks.every((m) => m.title === 'Facts: two')).toBe(true);
    clearHighlights(root);
    expect(root.innerHTML).toBe(html);
    expect(root.querySelector('p')!.childNodes).toHaveLength(3);
  });

  it('moves the highlight: the previous one is cleared', () => {
    setHtml('<p>One.</p><p>Two.</p>');
    highlightQuote(root, 'One.');
    highlightQuote(root, 'Two.');
    expect(marked()).toBe('Two.');
  });

  it('returns nothing and changes nothing when the quote is absent or blank', () => {
    setHtml('<p>Some text.</p>');
    expect(highlightQuote(root, 'Other text.')).toEqual([]);
    expect(highlightQuote(root, '   ')).toEqual([]);
    expect(root.innerHTML).toBe('<p>Some text.</p>');
  });
});

describe('hints', () => {
  it('counts folded characters before an offset', () => {
    expect(quoteHint('a b\n\nc', 5)).toBe(2);
    expect(quoteHint('abc', 0)).toBe(0);
  });

  it('places a fact at the start of the sentence occurrence that contains it', () => {
    const text = 'X said. Y met X. Z. Y met X.';
    const span = { start: text.lastIndexOf('X'), end: text.length - 1 };
    expect(sentenceHint(text, 'Y met X.', span)).toBe(quoteHint(text, text.lastIndexOf('Y met X.')));
    expect(sentenceHint(text, 'Y met X.', null)).toBeUndefined();
  });
});
