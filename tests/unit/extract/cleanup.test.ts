import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../lib/extract/cleanup';
import { htmlToText } from '../../../lib/extract/text';
import { docFrom } from './helpers';

const BODY = '<p>Đây là đoạn văn chính của bài báo, đủ dài để được xem là nội dung thật sự của bài viết này về một sự kiện quan trọng trong tuần.</p>';

// The text kept of an article whose last paragraph is `bio`.
function closingText(bio: string, byline: string | null): string {
  const doc = docFrom(`<div id="r">${BODY}${BODY}<p>${bio}</p></div>`);
  const root = doc.getElementById('r')!;
  cleanArticle(root, { title: 'Title', byline });
  return htmlToText(root);
}

function cleaned(html: string, ctx = { title: 'Tiêu đề', byline: null as string | null }): string {
  const doc = docFrom(`<div id="r">${BODY}${html}${BODY}</div>`);
  const root = doc.getElementById('r')!;
  cleanArticle(root, ctx);
  return htmlToText(root);
}

describe('cleanArticle', () => {
  it.each([
    ['a related box opened by its label', '<div><b>Tin liên quan</b><ul><li><a href="/a">Tin một về chuyện này chuyện kia</a></li></ul></div>'],
    ['a heading followed by a link list', '<h3>Related articles</h3><ul><li><a href="/a">A story about something else entirely</a></li><li><a href="/b">Another story about another thing</a></li></ul>'],
    ['a comment thread', '<section><h4>Ý kiến bạn đọc (2)</h4><p>An: Bài viết rất hay, cảm ơn tác giả đã viết một bài dài như thế này về vấn đề quan trọng.</p></section>'],
    ['a share bar', '<div><a>Chia sẻ</a> <a>Facebook</a> <a>Zalo</a></div>'],
    ['an English share bar', '<div>Share this page: Facebook · X · Email</div>'],
    ['a photo credit line', '<p>(Ảnh: TTXVN)</p><p>Photo: Reuters</p>'],
    ['a tag list', '<div>Từ khóa: <a>cầu</a> <a>Hà Nội</a></div><p>Tags: <a>bridges</a></p>'],
    ['a footer line', '<p>Giấy phép số 15/GP-BTTTT. © 2026 Báo điện tử</p>'],
    ['a back-to-top link', '<a href="#top">Top</a>'],
    ['a font-size tool strip', '<div><span>x</span> <span>+</span> <span>aa</span> <span>-</span></div>'],
    ['a dateline', '<p>Thứ Hai, 24/11/2016 14:05 (GMT+7)</p><div>Nov. 20, 2019 5:52 AM EST</div>'],
    ['a widget named by its class', '<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>'],
    ['a "Read more:" link line', '<p><strong>Read more:</strong> <a href="/x">Traffic deaths fell last year, report says</a></p>'],
    ['a headline-only link list', '<ul><li><a href="/a">Giá vàng hôm nay tăng mạnh phiên đầu tuần</a></li><li><a href="/b">Thời tiết Hà Nội chuyển lạnh từ cuối tuần</a></li></ul>'],
  ])('removes %s', (_name, html) => {
    expect(cleaned(html)).toBe(`${BODY.replace(/<\/?p>/g, '')}\n\n${BODY.replace(/<\/?p>/g, '')}`);
  });

  it('keeps sentences that merely start like chrome', () => {
    const text = cleaned('<p>Chia sẻ tại buổi lễ, ông An cho biết sẽ tiếp tục.</p><p>Share prices fell sharply.</p><p>Ngày 25/11/1996 tại Hà Nội, Ban Thường vụ ra quyết định.</p>');
    expect(text).toContain('Chia sẻ tại buổi lễ');
    expect(text).toContain('Share prices fell sharply.');
    expect(text).toContain('Ngày 25/11/1996 tại Hà Nội');
  });

  it('strips a trailing credit from a caption but keeps the caption', () => {
    expect(cleaned('<figure><img src="a.jpg"><figcaption>Đại biểu dự lễ. (Ảnh: HH)</figcaption></figure>')).toContain('\n\nĐại biểu dự lễ.\n\n');
    expect(cleaned('<figure><img src="a.jpg"><figcaption><span>Workers at the site.</span><span><span>Credit</span><span>Jane Doe/Agency</span></span></figcaption></figure>')).toContain('\n\nWorkers at the site.\n\n');
  });

  it('drops the byline line, a repeated headline and a closing author bio', () => {
    const text = cleaned('<p>By Sam Rivera</p><h2>Tiêu đề</h2><p>Sam Rivera covers city hall for the paper.</p>', { title: 'Tiêu đề', byline: 'Sam Rivera' });
    expect(text).not.toContain('Sam Rivera');
    expect(text).not.toContain('Tiêu đề');
  });
});

describe('closing author bios (session 3)', () => {
  const closing = closingText;
  it('drops a bio when the byline carries a date or an e-mail, and one whose name went into the byline', () => {
    expect(closing('Renée Castillo covers courts in Northern Virginia. She joined the paper in 2018.', 'Renée Castillo November 19, 2026 at 6:12 p.m. EST')).not.toContain('2018');
    expect(closing('Maya Grant covers media and the courts. Reach her at 717-555-0183.', 'Maya Grant | mgrant@ledger.example')).not.toContain('Reach her');
    expect(closing('covers health care. She won a George Polk Award in 2021.', 'Miriam Kessler')).not.toContain('Polk');
  });
  it('keeps a closing paragraph that is news', () => {
    expect(closing('Castillo said the family would appeal the ruling in 2027.', 'Renée Castillo')).toContain('appeal');
  });
});

describe('closing author bios without a byline (session 4)', () => {
  const closing = (bio: string): string => closingText(bio, null);
  it('drops "X is a … reporter", "X covers …", "writes on …", "has covered …"', () => {
    expect(closing('Dana Whitcombe is a Perth-based reporter for the Courier. She won a state media award in 2020.')).not.toContain('2020');
    expect(closing('Liam Okoro covers energy from Calgary. He was named Business Writer of the Year in 2023.')).not.toContain('2023');
    expect(closing('writes on health for the Observer. He won the Africa Health Reporting Prize in 2019.')).not.toContain('2019');
    expect(closing('has covered the league since 2011.')).not.toContain('2011');
  });
  it('keeps news about people who happen to be journalists or officials', () => {
    expect(closing('Priya Menon is a former minister who said the bill would pass in 2027.')).toContain('2027');
    expect(closing('The mayor said the road would reopen in March.')).toContain('March');
  });
});

describe('closing author bios naming the paper (session 5)', () => {
  const closing = (bio: string): string => closingText(bio, null);
  it('drops "X is The Paper\'s … correspondent" and "X is our … editor"', () => {
    expect(closing("Chinedu Okafor is The Harbour Times's Delta correspondent. He won a press award in 2021.")).not.toContain('2021');
    expect(closing('Mairead Kelly is our health editor. She was shortlisted in 2022.')).not.toContain('2022');
    // The name already taken out as the byline.
    expect(closing("is the Harbour Times's courts correspondent. He won a press award in 2020.")).not.toContain('2020');
  });
  it('keeps a closing line about a mayor or a minister', () => {
    expect(closing("Ruth Adeyemi is The city's mayor and opened the bridge in 2020.")).toContain('2020');
  });
});

describe('closing author bios without an article or with a dash (session 7)', () => {
  const closing = (bio: string): string => closingText(bio, null);
  it('drops "is arts editor of …", "is The Paper\' health correspondent", "Name — phóng viên …"', () => {
    expect(closing('is arts editor of The Harbour Review. She won a media merit award in 2023.')).not.toContain('2023');
    expect(closing("is Coastline News' health correspondent. She was named Reporter of the Year in 2025.")).not.toContain('2025');
    expect(closing('Minh Châu — phóng viên thường trú tại Đà Lạt từ năm 2015, đạt giải C Giải Báo chí tỉnh năm 2023.')).not.toContain('2023');
  });
  it('keeps a closing line about an official after a dash', () => {
    expect(closing('Nguyễn Văn Hòa — Giám đốc Sở Xây dựng, cho biết công trình sẽ xong năm 2027.')).toContain('2027');
  });
});
