/**
 * Pages only the reader's browser tests need, served through Playwright routes on the fixture
 * server's origin (the e2e build may script it). Written for these tests: an English article with
 * headings, a figure, a list, a quote and a table inside typical site chrome, and a right-to-left one.
 */

const chrome = (lang: string, dir: string, title: string, meta: string, body: string) => `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${title}</title>
${meta}
<style>body{font-family:Arial,sans-serif;margin:0} .ad{background:#fc0}</style>
</head>
<body>
<header><a href="/" class="logo">Daily Ledger</a><nav class="menu"><a href="/news">News</a><a href="/sport">Sport</a><a href="/culture">Culture</a></nav></header>
<div class="ad">Advertisement</div>
<main><article>${body}</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Unrelated headline one</a></li><li><a href="/b">Unrelated headline two</a></li></ul></aside></main>
<footer><a href="#" class="back-to-top">Back to top</a><p>© Daily Ledger</p></footer>
</body>
</html>`;

const EN_META = `<meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2024-05-14T09:30:00+01:00">
<meta name="author" content="Jane Holloway">
<link rel="canonical" href="https://ledger.example/news/harbour-bridge-award">`;

export const EN_TITLE = 'Harbour bridge engineers receive national award for safety work';

const EN_BODY = `<h1>${EN_TITLE}</h1>
<p class="byline">By Jane Holloway</p>
<p>The engineering team behind the Northgate harbour bridge was awarded the Royal Medal for Civil Engineering on Tuesday, 14 May 2024, at a ceremony in the city hall attended by more than 300 guests.</p>
<p>Mayor Alicia Moreno presented the medal to chief engineer Daniel Okafor, who led the reinforcement project from 2019 until its completion last autumn. The project replaced 1,200 steel cables without closing the bridge to traffic for a single day.</p>
<h2>A project without closures</h2>
<p>Keeping the crossing open was the central promise of the project. Engineers worked in night shifts and rerouted one lane at a time, a method that the transport minister, Priya Raman, described as a model for other cities.</p>
<figure><img src="https://ledger.example/images/bridge-night.jpg" alt="Engineers on the bridge at night" width="800" height="450"><figcaption>Night crews replaced the cables one lane at a time. (Photo: Daily Ledger)</figcaption></figure>
<p>The work was carried out in three phases:</p>
<ul><li>inspection of every cable anchor, completed in 2020;</li><li>replacement of the main cables, between 2021 and 2023;</li><li>repainting and sensor installation, finished in October 2023.</li></ul>
<h2>What the award recognises</h2>
<blockquote><p>“This bridge carries 90,000 people a day. Not one of them had to find another way across while we rebuilt it,” Okafor said in his acceptance speech.</p></blockquote>
<p>The committee said the award recognised both the engineering and the care taken for residents. Previous winners include the designers of the Eastfield tunnel, who received the medal in 2015.</p>
<h3>Costs and figures</h3>
<table><thead><tr><th>Phase</th><th>Years</th><th>Cost</th></tr></thead><tbody><tr><td>Inspection</td><td>2019–2020</td><td>£4.1 million</td></tr><tr><td>Cables</td><td>2021–2023</td><td>£38.5 million</td></tr><tr><td>Finishing</td><td>2023</td><td>£6.2 million</td></tr></tbody></table>
<p>The city council said the total cost of £48.8 million came in under the original budget. Read the <a href="https://ledger.example/reports/bridge-2023.pdf">council's final report</a> for details.</p>`;

/** An English news article with headings, a figure, a list, a quote and a table. */
export const EN_PAGE = chrome('en', 'ltr', `${EN_TITLE} | The Daily Ledger`, EN_META, EN_BODY);

const AR_PARAGRAPH =
  'افتتحت المكتبة الوطنية يوم الثلاثاء قاعة جديدة للقراءة تتسع لمئتي قارئ، وقالت مديرة المكتبة إن القاعة ستبقى مفتوحة حتى منتصف الليل طوال أيام الأسبوع. ';

export const AR_TITLE = 'المكتبة الوطنية تفتتح قاعة جديدة للقراءة';

/** A right-to-left (Arabic) article long enough for Readability. */
export const AR_PAGE = chrome(
  'ar',
  'rtl',
  AR_TITLE,
  '<meta property="og:site_name" content="Daily Ledger Arabic">',
  `<h1>${AR_TITLE}</h1>` + Array.from({ length: 6 }, () => `<p>${AR_PARAGRAPH.repeat(3)}</p>`).join(''),
);
