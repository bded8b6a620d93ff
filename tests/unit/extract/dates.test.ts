import { describe, expect, it } from 'vitest';
import { parseDateText, parseIsoDate } from '../../../lib/extract/dates';
import { extractArticle } from '../../../lib/extract/extract';
import { readJsonLd } from '../../../lib/extract/jsonld';
import { docFrom } from './helpers';

const vi = { dayFirst: true };
const us = { dayFirst: false };

describe('parseIsoDate', () => {
  it('keeps ISO dates as given and normalises zones', () => {
    expect(parseIsoDate('2016-11-24T11:20:00+07:00')).toBe('2016-11-24T11:20:00+07:00');
    expect(parseIsoDate('2019-11-20T11:15:49+0000')).toBe('2019-11-20T11:15:49+00:00');
    expect(parseIsoDate('2019-02-21T08:00:08.000Z')).toBe('2019-02-21T08:00:08Z');
    expect(parseIsoDate('2019-11-20 3:15:00 -0800')).toBe('2019-11-20T03:15:00-08:00');
    expect(parseIsoDate('2021-04-22')).toBe('2021-04-22');
    expect(parseIsoDate('20160729')).toBe('2016-07-29');
  });

  it('rejects placeholders and impossible dates', () => {
    expect(parseIsoDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(parseIsoDate('2021-02-30')).toBeNull();
    expect(parseIsoDate('not a date')).toBeNull();
  });
});

describe('parseDateText', () => {
  it('reads Vietnamese date lines day first', () => {
    expect(parseDateText('Thứ Hai, 24/11/2016 14:05', vi)).toBe('2016-11-24T14:05');
    expect(parseDateText('24/11/2016 - 14:05', vi)).toBe('2016-11-24T14:05');
    expect(parseDateText('Cập nhật: 10:30 25/05/2017', vi)).toBe('2017-05-25T10:30');
    expect(parseDateText('04/11/2013', vi)).toBe('2013-11-04');
    expect(parseDateText('ngày 4 tháng 11 năm 2013', vi)).toBe('2013-11-04');
    expect(parseDateText('19.11.2019, 08:57', vi)).toBe('2019-11-19T08:57');
  });

  it('reads English date lines', () => {
    expect(parseDateText('March 3, 2015', us)).toBe('2015-03-03');
    expect(parseDateText('Published 7:07 PM EST Nov 19, 2019', us)).toBe('2019-11-19T19:07');
    expect(parseDateText('20 Nov 2019 08:02 GMT', us)).toBe('2019-11-20T08:02');
    expect(parseDateText('Fri Mar 13 21:30:09 EST 2015', us)).toBe('2015-03-13T21:30');
    expect(parseDateText('11/4/2013', us)).toBe('2013-11-04');
    expect(parseDateText('11/4/2013', vi)).toBe('2013-04-11');
  });

  it('needs a full date', () => {
    expect(parseDateText('Sáng 24/11', vi)).toBeNull();
    expect(parseDateText('March 18 at 3:57 PM', us)).toBeNull();
    expect(parseDateText('Giấy phép số 15/GP-BTTTT', vi)).toBeNull();
  });
});

const article = (head: string, body: string, url?: string) =>
  extractArticle(
    docFrom(
      `<html lang="vi"><head>${head}</head><body>${body}</body></html>`,
      url,
    ),
  );
const paragraphs = '<p>Đoạn văn bản dài của bài báo, có đủ chữ để Readability nhận ra đây là một bài viết thật sự về một sự kiện.</p>'.repeat(5);

describe('publishedTime', () => {
  it('prefers meta, then JSON-LD, then itemprop, then <time>, then a visible line', () => {
    const all = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-02"}</script>`;
    const meta = '<meta property="article:published_time" content="2020-01-01T08:00:00+07:00">';
    const body = `<article><h1>Tiêu đề bài báo về một sự kiện</h1><time datetime="2020-04-04">4/4</time><p>05/05/2020</p>${paragraphs}</article>`;
    expect(article(meta + all, body).publishedTime).toBe('2020-01-01T08:00:00+07:00');
    expect(article(all, body).publishedTime).toBe('2020-02-02');
    expect(article('<meta itemprop="datePublished" content="2020-03-03">', body).publishedTime).toBe('2020-03-03');
    expect(article('', body).publishedTime).toBe('2020-04-04');
    expect(article('', body.replace(/<time[^>]*>4\/4<\/time>/, '')).publishedTime).toBe('2020-05-05');
  });

  it('never takes a lifespan under an obituary\'s headline ("3/5/1940 – 30/10/2026") for the publication date (session 5)', () => {
    const body = `<article><h1>Vĩnh biệt một người thầy của nhiều thế hệ</h1><p class="dates">3/5/1940 – 30/10/2026</p>${paragraphs}</article>`;
    expect(article('', body).publishedTime).toBeNull();
    expect(article('', body.replace('3/5/1940 – 30/10/2026', 'May 3, 1940 – October 30, 2026')).publishedTime).toBeNull();
    expect(article('', body.replace('3/5/1940 – 30/10/2026', '27/11/2026 - 10:30')).publishedTime).toBe('2026-11-27T10:30');
  });

  it('reads the date line under an <h2> headline the title repeats, on a page with no <h1> (an older CMS; session 13)', () => {
    const head = '<title>Tiêu đề bài báo về một sự kiện lớn - Báo Mẫu</title>';
    const body = `<div class="today">Thứ Ba, 24/11/2026</div><div class="item-page"><h2 class="contentheading">Tiêu đề bài báo về một sự kiện lớn</h2>
      <dl class="article-info"><dd class="published">Đăng ngày Thứ Hai, 23/11/2026 17:12</dd></dl><div>${paragraphs}</div></div>`;
    expect(article(head, body).publishedTime).toBe('2026-11-23T17:12');
    // (An <h2> the title does not repeat is a section heading, not the headline.)
    expect(article('<title>Một tiêu đề khác hẳn</title>', body).publishedTime).toBeNull();
  });

  it('never takes a site-wide date widget, a footer or a comment date', () => {
    const body = `<div class="top-bar"><span>12/03/2026</span></div><header><nav><a href="/">Trang chủ</a></nav></header>
      <article><h1>Tiêu đề bài báo về một sự kiện</h1>${paragraphs}
      <section class="comments"><h3>Bình luận</h3><p>Nguyễn An: Hay quá 12/03/2026</p></section></article>
      <footer>Cập nhật 12/03/2026</footer>`;
    expect(article('', body).publishedTime).toBeNull();
  });

  it('never takes a date before a menu of links, whatever the class names, nor a time in the comments under the story', () => {
    const ribbon = `<div class="xq-ribbon"><span>Thứ Bảy, 28/11/2026</span><span>Hà Tĩnh 21°C</span></div>
      <div class="xq-links"><a href="/">Trang chủ</a><a href="/a">Y tế</a><a href="/b">Bệnh viện</a><a href="/c">Sống khỏe</a><a href="/d">Video</a></div>
      <div class="xq-card"><div class="xq-crumb"><a href="/">Trang chủ</a> / <a href="/a">Y tế</a></div><h1>Tiêu đề bài báo về một sự kiện</h1>
      <div class="xq-by">Nhóm phóng viên · Cập nhật 5 giờ trước</div>${paragraphs}</div>`;
    expect(article('', ribbon).publishedTime).toBeNull();
    const long = '<p>Đoạn văn bản dài của bài báo, có đủ chữ để Readability nhận ra đây là một bài viết thật sự về một sự kiện, kể lại mọi điều đã xảy ra trong ngày hôm ấy.</p>'.repeat(6);
    const talk = `<article><h1>Tiêu đề bài báo về một sự kiện</h1>${long}
      <div class="xq-talk"><p><b>Lan</b> <time datetime="2026-11-21T08:12">8 giờ trước</time></p><p>Bài viết hay.</p></div></article>`;
    expect(article('', talk).publishedTime).toBeNull();
    // (A <time> in the article's header is still its date.)
    const own = `<article><h1>Tiêu đề bài báo về một sự kiện</h1><time datetime="2026-11-20T07:00">20/11/2026</time>${paragraphs}</article>`;
    expect(article('', own).publishedTime).toBe('2026-11-20T07:00');
  });

  it('never takes a line that states today\'s date ("Hôm nay: 27.11.2026", "Today is Friday, 27 November 2026")', () => {
    for (const widget of ['Hôm nay: 27.11.2026', 'Today is Friday, 27 November 2026', 'Hôm nay, thứ Sáu, 27/11/2026']) {
      const body = `<article><h1>Tiêu đề bài báo về một sự kiện</h1><div class="meta"><span>${widget}</span></div>${paragraphs}</article>`;
      expect(article('', body).publishedTime).toBeNull();
    }
    const dated = `<article><h1>Tiêu đề bài báo về một sự kiện</h1><div class="meta"><span>Thứ sáu, 20/11/2026</span></div>${paragraphs}</article>`;
    expect(article('', dated).publishedTime).toBe('2026-11-20');
  });

  it('reads the date line in a header box beside the headline, inside a column named "sidebar-1" (VnExpress)', () => {
    const body = `<header class="header"><div class="top-date">Thứ năm, 12/03/2026</div><nav><a href="/">Trang chủ</a></nav></header>
      <section class="page-detail"><div class="sidebar-1">
      <div class="header-content"><ul class="breadcrumb"><li><a href="/gd">Giáo dục</a></li></ul><span class="date">Thứ sáu, 27/11/2026, 15:20 (GMT+7)</span></div>
      <h1 class="title-detail">Tiêu đề bài báo về một sự kiện</h1><article class="fck_detail">${paragraphs}</article></div>
      <div class="sidebar-2"><div class="box-most-read"><p>Đọc nhiều 12/03/2026</p></div></div></section>`;
    const a = article('', body);
    expect(a.title).toBe('Tiêu đề bài báo về một sự kiện');
    expect(a.publishedTime).toBe('2026-11-27T15:20');
    // The site header's widget stays chrome even though it too sits before the headline.
    expect(article('', body.replace(/<span class="date">[^<]*<\/span>/, '')).publishedTime).toBeNull();
  });

  it('reads the headline and date line inside a box named like a header ("detail__header", "article-header")', () => {
    const body = `<header class="site-header"><h1 class="logo">Báo Mẫu</h1><span>Thứ năm, 12/03/2026</span></header>
      <div class="main"><div class="col-left"><div class="detail__header"><h1 class="detail__title">Tiêu đề bài báo về một sự kiện thể thao lớn</h1>
      <div class="detail__meta"><div class="detail__author">Hữu Minh</div><div class="detail__time">20/11/2026 19:45 GMT+7</div></div></div>
      <div class="detail__content">${paragraphs}</div></div></div>`;
    const doc = docFrom(`<html><head><title>Tiêu đề bài báo về một sự kiện thể thao lớn - Báo Mẫu</title></head><body>${body}</body></html>`);
    const a = extractArticle(doc);
    expect(a.title).toBe('Tiêu đề bài báo về một sự kiện thể thao lớn');
    expect(a.publishedTime).toBe('2026-11-20T19:45');
  });

  it('reads a <time> in the story\'s own <header> holding the headline, on a page with no <article>', () => {
    const body = `<div class="top"><nav class="menu"><a href="/a">News</a><a href="/b">Sport</a><a href="/c">Business</a><a href="/d">Life</a></nav></div>
      <div class="maincol"><header class="post-header"><h1 class="post-title">Firefighter who died in a market blaze honoured at awards parade</h1>
      <div class="meta">By <a href="/author/x">Ama Mensah</a> · <time datetime="2026-11-20T16:30:00+00:00">20 Nov 2026, 4:30 pm</time></div></header>
      <div class="entry">${paragraphs}</div></div>`;
    const doc = docFrom(`<html><head><title>Firefighter who died in a market blaze honoured at awards parade | Ledger</title></head><body>${body}</body></html>`);
    expect(extractArticle(doc).publishedTime).toBe('2026-11-20T16:30:00+00:00');
  });

  it('reads the <time> of a page that an ASP.NET <form> wraps whole', () => {
    const body = `<form method="post" action="./Default.aspx" id="aspnetForm"><div class="top"><a href="/">Báo Mẫu</a></div>
      <div class="col"><h1>Hội đồng nhân dân thành phố chất vấn chống ngập và thiếu phòng học</h1>
      <div class="meta"><time datetime="2029-07-12T05:50:00+07:00">12/07/2029 05:50</time></div>
      <div class="body">${paragraphs}</div></div></form>`;
    const doc = docFrom(`<html><head><title>Hội đồng nhân dân thành phố chất vấn chống ngập và thiếu phòng học</title></head><body>${body}</body></html>`);
    expect(extractArticle(doc).publishedTime).toBe('2029-07-12T05:50:00+07:00');
  });

  it('skips placeholder JSON-LD dates and falls back to a /YYYY/MM/DD/ url', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>';
    const body = `<article><h1>Tiêu đề bài báo về một sự kiện</h1>${paragraphs}</article>`;
    expect(article(head, body, 'https://news.example.com/2015/03/18/story.html').publishedTime).toBe('2015-03-18');
  });
});

describe('hostile JSON-LD', () => {
  it('ignores parse errors and never pollutes prototypes', () => {
    const doc = docFrom(`<html><head>
      <script type="application/ld+json">{ nope </script>
      <script type="application/ld+json">{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},
        "@graph":[{"@type":"NewsArticle","datePublished":"2021-06-14","publisher":{"name":"Gazette"}}]}</script>
      </head><body></body></html>`);
    const info = readJsonLd(doc);
    expect(info.datesPublished).toEqual(['2021-06-14']);
    expect(info.publisherName).toBe('Gazette');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives deep nesting', () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const doc = docFrom(`<html><head><script type="application/ld+json">${deep}</script></head><body></body></html>`);
    expect(readJsonLd(doc).datesPublished).toEqual([]);
  });
});
