// web_page.h: the page `lexquery serve` gives at / (kWebPageHtml) and its
// script and style (kWebPageScript at /app.js, kWebPageStyle at /app.css),
// compiled in so that the server needs no file and the browser nothing
// from the internet.
//
// The script puts every text the API returns into the page with
// textContent or as text nodes, never as HTML: a report may contain
// anything, "<script>" included, and must show as the text it is. The
// server's Content Security Policy allows scripts from /app.js only, so
// that even a mistake here could not run a script a report carried.
#ifndef LEXGRAPH_QUERY_WEB_PAGE_H_
#define LEXGRAPH_QUERY_WEB_PAGE_H_

#include <string_view>

namespace lexgraph {

inline constexpr std::string_view kWebPageHtml = R"html(<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LexGraph — tra cứu văn bản được trích dẫn</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header>
<h1>LexGraph</h1>
<p>Văn bản nào được các báo cáo trích dẫn, và tìm kiếm toàn văn trong kho báo cáo.</p>
</header>
<main>
<form id="search-form" role="search">
  <label for="q">Văn bản hoặc từ khóa</label>
  <div class="row">
    <input id="q" name="q" type="search" maxlength="500" required autofocus
           placeholder="Chỉ thị 05-CT/TW, hoặc: hóa đơn điện tử">
    <button type="submit">Tìm</button>
  </div>
  <fieldset>
    <legend>Lọc kết quả</legend>
    <label>Loại văn bản <input id="type" name="type" maxlength="500" placeholder="Báo cáo"></label>
    <label>Cơ quan ban hành <input id="issuer" name="issuer" maxlength="500" placeholder="Sở Tài chính"></label>
    <label>Từ ngày <input id="from" name="from" maxlength="20" placeholder="2019"></label>
    <label>Đến ngày <input id="to" name="to" maxlength="20" placeholder="31/12/2020"></label>
  </fieldset>
</form>
<p id="status" role="status"></p>
<div id="answer">
  <aside id="facets" aria-label="Phân loại"></aside>
  <section id="results" aria-label="Kết quả"></section>
</div>
<nav id="pager">
  <button id="prev" type="button" hidden>← Trang trước</button>
  <button id="next" type="button" hidden>Trang sau →</button>
</nav>
<section id="document" hidden></section>
</main>
</body>
</html>
)html";

inline constexpr std::string_view kWebPageStyle = R"css(
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; }
header h1 { margin-bottom: 0; }
header p { margin-top: .2rem; color: #555; }
form .row { display: flex; gap: .5rem; }
#q { flex: 1; font-size: 1.1rem; padding: .4rem; }
button { font-size: 1rem; padding: .3rem .8rem; cursor: pointer; }
fieldset { margin-top: .6rem; border: 1px solid #ccc; display: flex; flex-wrap: wrap; gap: .8rem; }
fieldset input { width: 11rem; }
#answer { display: flex; gap: 1.5rem; align-items: flex-start; }
#facets { flex: 0 0 15rem; font-size: .9rem; }
#facets h3 { margin: .8rem 0 .2rem; font-size: 1rem; }
#facets ul { list-style: none; padding: 0; margin: 0; }
#facets button { font-size: .85rem; padding: 0; border: 0; background: none; color: #0645ad; text-align: left; }
#results { flex: 1; min-width: 0; }
.authority h2 { font-size: 1.15rem; margin-bottom: .2rem; }
.report { border-top: 1px solid #ddd; padding: .5rem 0; }
.report .headline { background: none; border: 0; padding: 0; color: #0645ad; font-weight: 600; text-align: left; }
.report .path, .note { color: #666; font-size: .85rem; }
.mentions { margin: .3rem 0 0 1rem; padding: 0; }
mark { background: #ffe58a; }
a.cite { color: #0645ad; }
a.cite mark { color: inherit; text-decoration: underline; }
.relation { font-style: italic; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; }
td.n { text-align: right; }
/* The report's text in the page's font: monospace fonts (DejaVu Sans Mono)
   draw precomposed Vietnamese letters such as "ố" as "ô´". */
#document pre { white-space: pre-wrap; font-family: inherit; background: #f7f7f7; padding: 1rem; border: 1px solid #ddd; }
#status { min-height: 1.5em; }
/* `display: flex` above would otherwise show #answer while it is hidden. */
[hidden] { display: none !important; }
)css";

inline constexpr std::string_view kWebPageScript = R"js('use strict';
// The page of `lexquery serve`. Every text from the API goes in through
// textContent or a text node (el, marked), never parsed as markup.

const PAGE = 20;
const RELATIONS = {
  cites: 'trích dẫn', basis: 'căn cứ', implements: 'thực hiện', amends: 'sửa đổi, bổ sung',
  replaces: 'thay thế', repeals: 'bãi bỏ', guides: 'hướng dẫn',
};
const FACETS = [['type', 'Loại văn bản'], ['issuer', 'Cơ quan ban hành'], ['year', 'Năm']];
let offset = 0;

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

// "2020-12-17" -> "17/12/2020", as Vietnamese write dates.
function viDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso || '');
}

function join(parts, separator) { return parts.filter((p) => p).join(separator); }

// `text` with the UTF-8 byte spans [[begin, end], ...] (as the API counts
// them) in <mark>, as text nodes; a span [begin, end, citation] is also a
// link to the reports citing that citation (citeLink).
const encoder = new TextEncoder();
const decoder = new TextDecoder();
function marked(text, spans) {
  const fragment = document.createDocumentFragment();
  const bytes = encoder.encode(text || '');
  let at = 0;
  for (const [begin, end, citation] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (begin < at || end > bytes.length || begin >= end) continue;
    fragment.append(decoder.decode(bytes.subarray(at, begin)));
    const mark = el('mark', decoder.decode(bytes.subarray(begin, end)));
    fragment.append(citation ? citeLink(citation, mark) : mark);
    at = end;
  }
  fragment.append(decoder.decode(bytes.subarray(at)));
  return fragment;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: 'phản hồi không đọc được' }));
  if (!response.ok) throw new Error(body.error || `lỗi ${response.status}`);
  return body;
}

function queryParams() {
  const params = new URLSearchParams();
  for (const id of ['q', 'type', 'issuer', 'from', 'to']) {
    const value = $(id).value.trim();
    if (value) params.set(id, value);
  }
  params.set('limit', PAGE);
  params.set('offset', offset);
  return params;
}

async function runQuery() {
  $('document').hidden = true;
  $('answer').hidden = $('pager').hidden = false;
  $('status').textContent = 'Đang tìm…';
  try {
    render(await getJson('/api/query?' + queryParams()));
  } catch (error) {
    $('status').textContent = 'Lỗi: ' + error.message;
    $('results').replaceChildren();
    $('facets').replaceChildren();
    $('prev').hidden = $('next').hidden = true;
  }
}

// A report or a hit: its headline opens the document.
function reportItem(report) {
  const item = el('div', null, 'report');
  const headline = el('button', join([report.symbol || '(không số)', report.type,
                                      viDate(report.date), report.issuer], ' · '), 'headline');
  headline.type = 'button';
  headline.addEventListener('click', () => showDocument(report.path));
  item.append(headline);
  if (report.title) item.append(el('div', report.title));
  item.append(el('div', report.path, 'path'));
  return item;
}

function mentionList(mentions) {
  const list = el('ul', null, 'mentions');
  for (const m of mentions) {
    const li = el('li');
    li.append(el('span', RELATIONS[m.relation] || m.relation, 'relation'));
    if (m.pinpoint) li.append(' (' + m.pinpoint + ')');
    li.append(': ', marked(m.sentence, [[m.mention_begin, m.mention_end]]));
    list.append(li);
  }
  return list;
}

// The reference a citation of /api/document names, as the box takes it.
function citeReference(c) {
  return c.symbol ? join([c.type, c.symbol], ' ') : (c.name || c.authority);
}

// A link holding `content` (a node) that asks for the reports citing `c`.
function citeLink(c, content) {
  const reference = citeReference(c);
  const link = el('a', null, 'cite');
  link.href = '/?' + new URLSearchParams({ q: reference });
  link.title = 'Các báo cáo trích dẫn ' + reference;
  link.append(content);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    for (const id of ['type', 'issuer', 'from', 'to']) $(id).value = '';
    $('q').value = reference;
    offset = 0;
    runQuery();
  });
  return link;
}

function authorityTitle(a) {
  let title = a.symbol ? join([a.type, a.symbol], ' ') : (a.name || a.identity);
  if (a.issuer) title += ' của ' + a.issuer;
  if (a.date) title += ', ngày ' + viDate(a.date);
  else if (a.year) title += ', năm ' + a.year;
  return title;
}

function render(answer) {
  const results = $('results');
  results.replaceChildren();
  let more = false;
  if (answer.kind === 'cites') {
    $('status').textContent = `${answer.reports} báo cáo trích dẫn «${answer.query}»`;
    for (const a of answer.authorities) {
      const section = el('section', null, 'authority');
      section.append(el('h2', authorityTitle(a)));
      section.append(el('div', `được ${a.reports_total} báo cáo trích dẫn`, 'note'));
      const coverage = el('button', 'Thống kê theo cơ quan ban hành');
      coverage.type = 'button';
      coverage.addEventListener('click', () => showCoverage(answer.query, coverage));
      section.append(coverage);
      for (const r of a.reports) {
        const item = reportItem(r);
        item.append(mentionList(r.mentions));
        section.append(item);
      }
      more = more || a.reports_total > offset + a.reports.length;
      results.append(section);
    }
  } else {
    $('status').textContent = `${answer.matches} báo cáo khớp với «${answer.query}»`;
    for (const hit of answer.hits) {
      const item = reportItem(hit);
      if (hit.snippet) {
        const snippet = el('p');
        snippet.append(marked(hit.snippet, hit.marks));
        item.append(snippet);
      }
      if (hit.file !== 'as indexed') item.append(el('div', 'tệp đã thay đổi hoặc không còn', 'note'));
      results.append(item);
    }
    more = answer.matches > offset + answer.hits.length;
  }
  renderFacets(answer.facets);
  $('prev').hidden = offset === 0;
  $('next').hidden = !more;
}

function renderFacets(facets) {
  const aside = $('facets');
  aside.replaceChildren();
  for (const [key, label] of FACETS) {
    if (!facets || !facets[key] || facets[key].length === 0) continue;
    aside.append(el('h3', label));
    const list = el('ul');
    for (const { value, count } of facets[key]) {
      const li = el('li');
      if (value === null) {
        li.append(`(không rõ) ${count}`);
      } else {
        const button = el('button', `${value} (${count})`);
        button.type = 'button';
        button.addEventListener('click', () => {
          if (key === 'year') { $('from').value = value; $('to').value = value; }
          else $(key).value = value;
          offset = 0;
          runQuery();
        });
        li.append(button);
      }
      list.append(li);
    }
    aside.append(list);
  }
}

// The coverage table of REF after `button`, which it replaces.
async function showCoverage(ref, button) {
  const params = new URLSearchParams({ ref });
  try {
    const coverage = await getJson('/api/coverage?' + params);
    const table = el('table');
    const head = el('tr');
    for (const h of ['Cơ quan ban hành', 'Tỉnh', 'Trích dẫn', 'Thực hiện', 'Số báo cáo'])
      head.append(el('th', h));
    table.append(head);
    for (const g of coverage.groups) {
      const row = el('tr');
      row.append(el('td', g.issuer || '(không rõ)'), el('td', g.province || ''));
      for (const n of [g.citing, g.implementing, g.reports]) row.append(el('td', n, 'n'));
      table.append(row);
    }
    params.set('format', 'csv');
    const download = el('a', 'Tải bảng CSV');
    download.href = '/api/coverage?' + params;
    button.replaceWith(table, download);
  } catch (error) {
    $('status').textContent = 'Lỗi: ' + error.message;
  }
}

async function showDocument(id) {
  try {
    const answer = await getJson('/api/document?' + new URLSearchParams({ id }));
    const d = answer.document;
    const view = $('document');
    view.replaceChildren();
    const back = el('button', '← Quay lại kết quả');
    back.type = 'button';
    back.addEventListener('click', () => {
      view.hidden = true;
      $('answer').hidden = $('pager').hidden = false;
    });
    view.append(back, el('h2', join([d.symbol || '(không số)', d.type, viDate(d.date), d.issuer], ' · ')));
    if (d.title) view.append(el('p', d.title));
    view.append(el('div', d.path, 'note'));
    view.append(el('h3', `Trích dẫn (${answer.cites.length})`));
    const cites = el('ul', null, 'mentions');
    for (const c of answer.cites) {
      const li = el('li');
      li.append(el('span', RELATIONS[c.relation] || c.relation, 'relation'), ' ',
                citeLink(c, el('strong', citeReference(c))));
      if (c.pinpoint) li.append(' (' + c.pinpoint + ')');
      li.append(': ', marked(c.sentence, [[c.mention_begin, c.mention_end]]));
      cites.append(li);
    }
    view.append(cites);
    view.append(el('h3', `Được trích dẫn bởi (${answer.cited_by.length})`));
    for (const r of answer.cited_by) {
      const item = reportItem(r);
      item.append(mentionList(r.mentions));
      view.append(item);
    }
    view.append(el('h3', 'Toàn văn'));
    if (answer.text === null) {
      view.append(el('p', 'Không đọc được tệp (' + answer.file + ').', 'note'));
    } else {
      const changed = answer.file !== 'as indexed';
      if (changed) view.append(el('p', 'Tệp đã thay đổi từ khi lập chỉ mục.', 'note'));
      const spans = changed ? [] : answer.cites.map((c) => [c.span_begin, c.span_end, c]);
      const text = el('pre');
      text.append(marked(answer.text, spans));
      view.append(text);
    }
    $('answer').hidden = $('pager').hidden = true;
    view.hidden = false;
    window.scrollTo(0, 0);
  } catch (error) {
    $('status').textContent = 'Lỗi: ' + error.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    runQuery();
  });
  $('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); runQuery(); });
  $('next').addEventListener('click', () => { offset += PAGE; runQuery(); });
  // A link to /?q=REF (a citation opened in a new tab) asks at once.
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) { $('q').value = asked; runQuery(); }
});
)js";

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_WEB_PAGE_H_
