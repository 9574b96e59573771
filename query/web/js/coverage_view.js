// coverage_view.js: for auditors, `lexquery coverage REF` as a table: each
// issuing body (or year) of the index, how many of its reports cite or
// implement REF, and which have none; with the same table as CSV.
import { $, authorityTitle, el, getJson, say } from './dom.js';
import { link, navigate, registerView } from './router.js';

const view = $('coverage-view');
const form = $('coverage-form');
const FIELDS = ['ref', 'by', 'from', 'to'];
let asked = 0;

function table(coverage) {
  const byYear = coverage.by === 'year';
  const t = el('table');
  const head = el('tr');
  const columns = byYear ? ['Năm'] : ['Cơ quan ban hành', 'Tỉnh'];
  for (const h of [...columns, 'Báo cáo trích dẫn', 'Báo cáo thực hiện', 'Tổng số báo cáo'])
    head.append(el('th', h));
  t.append(head);
  for (const g of coverage.groups) {
    const row = el('tr', null, g.citing === 0 ? 'none' : '');
    if (byYear) {
      row.append(el('td', g.year || '(không rõ)'));
    } else {
      const issuer = el('td');
      issuer.append(g.issuer ? link({ q: coverage.query, issuer: g.issuer }, g.issuer) : '(không rõ)');
      row.append(issuer, el('td', g.province || ''));
    }
    for (const n of [g.citing, g.implementing, g.reports]) row.append(el('td', n, 'n'));
    t.append(row);
  }
  return t;
}

function render(coverage, params) {
  const silent = coverage.groups.filter((g) => g.citing === 0).length;
  const unit = coverage.by === 'year' ? 'năm' : 'cơ quan';
  say(view, `${coverage.citing} báo cáo trích dẫn «${coverage.query}», ${coverage.implementing} báo cáo thực hiện; ` +
            `${silent} trong ${coverage.groups.length} ${unit} chưa có báo cáo nào trích dẫn.`);
  const out = $('coverage-table');
  out.replaceChildren();
  if (coverage.authorities.length > 0) {
    const list = el('ul', null, 'authorities');
    for (const a of coverage.authorities) list.append(el('li', authorityTitle(a)));
    out.append(list);
  }
  const csv = new URLSearchParams(params);
  csv.set('format', 'csv');
  const download = el('a', 'Tải bảng CSV', 'download');
  download.href = '/api/coverage?' + csv;
  download.download = 'coverage.csv';
  out.append(download, el('div', null, 'scroll'));
  out.lastChild.append(table(coverage));
}

async function show(params) {
  const asking = new URLSearchParams();
  for (const key of FIELDS) if (params.get(key)) asking.set(key, params.get(key));
  for (const key of FIELDS) form.elements[key].value = asking.get(key) || (key === 'by' ? 'issuer' : '');
  const request = ++asked;
  $('coverage-table').replaceChildren();
  if (!asking.get('ref')) {
    say(view, '');
    return;
  }
  say(view, 'Đang thống kê…');
  try {
    const coverage = await getJson('/api/coverage', asking);
    if (request === asked) render(coverage, asking);
  } catch (error) {
    if (request === asked) say(view, error.message, true);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = { view: 'coverage' };
  for (const key of FIELDS) params[key] = form.elements[key].value.trim();
  if (params.by === 'issuer') params.by = '';
  navigate(params);
});

registerView('coverage', show);
