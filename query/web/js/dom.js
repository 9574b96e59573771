// dom.js: building the page from the API's answers. Every text from the
// API goes in through textContent or a text node, never parsed as markup:
// a report may contain "<script>" and must show as that text.

export const $ = (id) => document.getElementById(id);

const RELATIONS = {
  cites: 'trích dẫn', basis: 'căn cứ', implements: 'thực hiện', amends: 'sửa đổi, bổ sung',
  replaces: 'thay thế', repeals: 'bãi bỏ', guides: 'hướng dẫn',
};

// "implements" -> "thực hiện": a relation as a Vietnamese reader says it.
export function relationLabel(relation) { return RELATIONS[relation] || relation; }

// An element with `text` (as text) and `className`.
export function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
export function svgEl(tag, attributes = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, String(value));
  return e;
}

// "2020-12-17" -> "17/12/2020", as Vietnamese write dates.
export function viDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso || '');
}

export function join(parts, separator) { return parts.filter((p) => p).join(separator); }

// `text` with the UTF-8 byte spans [[begin, end, wrap?], ...] (as the API
// counts them) in <mark>, as text nodes; `wrap(mark)`, when given, returns
// the node that stands for the span (a link around the mark).
const encoder = new TextEncoder();
const decoder = new TextDecoder();
export function marked(text, spans) {
  const fragment = document.createDocumentFragment();
  const bytes = encoder.encode(text || '');
  let at = 0;
  for (const [begin, end, wrap] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (begin < at || end > bytes.length || begin >= end) continue;
    fragment.append(decoder.decode(bytes.subarray(at, begin)));
    const mark = el('mark', decoder.decode(bytes.subarray(begin, end)));
    fragment.append(wrap ? wrap(mark) : mark);
    at = end;
  }
  fragment.append(decoder.decode(bytes.subarray(at)));
  return fragment;
}

// The API's answer to `path` with `params`; throws an Error with the API's
// own message ({"error": ...}) on a refusal.
export async function getJson(path, params) {
  const response = await fetch(path + '?' + new URLSearchParams(params),
                               { headers: { Accept: 'application/json' } });
  // The session ended (or expired) while the page was open: sign in again.
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('cần đăng nhập lại');
  }
  const body = await response.json().catch(() => ({ error: 'phản hồi không đọc được' }));
  if (!response.ok) throw new Error(body.error || `lỗi ${response.status}`);
  return body;
}

// A report's headline: "174/BC-SKHCHN · Báo cáo · 17/12/2020 · Sở ...".
export function headline(d) {
  return join([d.symbol || '(không số)', d.type, viDate(d.date), d.issuer], ' · ');
}

// How a cited document reads: "Quyết định 41/2019/QĐ-UBND của Ủy ban nhân
// dân tỉnh, ngày 22/10/2019 (Quảng Trị)", as the API words it.
export function authorityTitle(a) {
  if (a.title) return a.title;
  let title = a.symbol ? join([a.type, a.symbol], ' ') : (a.name || a.identity);
  if (a.issuer) title += ' của ' + a.issuer;
  if (a.date) title += ', ngày ' + viDate(a.date);
  else if (a.year) title += ', năm ' + a.year;
  return title;
}

// The reference a citation or an authority is typed as in the search box.
export function referenceOf(c) {
  return c.symbol ? join([c.type, c.symbol], ' ') : (c.name || c.authority || c.identity);
}

// A status line (the view's .status) saying `text`; `error` marks it.
export function say(view, text, error = false) {
  const status = view.querySelector('.status');
  status.textContent = error ? 'Lỗi: ' + text : text;
  status.classList.toggle('error', error);
}
