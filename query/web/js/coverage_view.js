// coverage_view.js: for auditors, `lexquery coverage REF` as a table: each
// issuing body (or year) of the index, how many of its reports cite or
// implement REF, and which have none; with the same table as CSV. Reports
// implementing REF only through plans of the corpus that implement it
// (`--chain-depth`) have their own column, and are listed with their chain.
import { $, authorityTitle, el, getJson, say } from './dom.js';
import { link, navigate, registerView } from './router.js';

const view = $('coverage-view');
const form = $('coverage-form');
const FIELDS = ['ref', 'by', 'from', 'to', 'chain_depth'];
const DEFAULTS = { by: 'issuer', chain_depth: '3' };
let asked = 0;

function table(coverage) {
  const byYear = coverage.by === 'year';
  const t = el('table');
  const head = el('tr');
  const columns = byYear ? ['Năm'] : ['Cơ quan ban hành', 'Tỉnh'];
  const chains = coverage.chain_depth > 1;
  const counts = ['Báo cáo trích dẫn', 'Báo cáo thực hiện'];
  if (chains) counts.push('Thực hiện qua kế hoạch');
  for (const h of [...columns, ...counts, 'Tổng số báo cáo'])
    head.append(el('th', h));
  t.append(head);
  for (const g of coverage.groups) {
    const row = el('tr', null, g.citing === 0 && g.chained === 0 ? 'none' : '');
    if (byYear) {
      row.append(el('td', g.year || '(không rõ)'));
    } else {
      const issuer = el('td');
      issuer.append(g.issuer ? link({ q: coverage.query, issuer: g.issuer }, g.issuer) : '(không rõ)');
      row.append(issuer, el('td', g.province || ''));
    }
    const numbers = chains ? [g.citing, g.implementing, g.chained, g.reports]
                           : [g.citing, g.implementing, g.reports];
    for (const n of numbers) row.append(el('td', n, 'n'));
    t.append(row);
  }
  return t;
}

// The reports counted through a chain, each with its chain of plans.
function chainList(coverage) {
  const list = el('ul', null, 'chains');
  for (const g of coverage.groups) {
    for (const r of g.chained_reports) {
      const item = el('li');
      item.append(link({ view: 'document', id: r.path }, r.symbol || r.path), ' → ');
      for (const v of r.via) item.append(link({ view: 'document', id: v.path }, v.symbol || v.path), ' → ');
      item.append(coverage.authorities.find((a) => a.identity === r.authority)?.symbol || r.chain.split(' → ').pop());
      list.append(item);
    }
  }
  return list;
}

function render(coverage, params) {
  const silent = coverage.groups.filter((g) => g.citing === 0 && g.chained === 0).length;
  const unit = coverage.by === 'year' ? 'năm' : 'cơ quan';
  const chained = coverage.chain_depth > 1
    ? `, ${coverage.chained} báo cáo khác thực hiện qua kế hoạch trung gian` : '';
  say(view, `${coverage.citing} báo cáo trích dẫn «${coverage.query}», ${coverage.implementing} báo cáo thực hiện trực tiếp${chained}; ` +
            `${silent} trong ${coverage.groups.length} ${unit} chưa có báo cáo nào.`);
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
  if (coverage.chained > 0) {
    out.append(el('h3', 'Thực hiện qua kế hoạch trung gian (không trích dẫn thực hiện trực tiếp)'));
    out.append(chainList(coverage));
  }
}

async function show(params) {
  const asking = new URLSearchParams();
  for (const key of FIELDS) if (params.get(key)) asking.set(key, params.get(key));
  for (const key of FIELDS) form.elements[key].value = asking.get(key) || DEFAULTS[key] || '';
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
  for (const key of Object.keys(DEFAULTS)) if (params[key] === DEFAULTS[key]) params[key] = '';
  navigate(params);
});

registerView('coverage', show);
