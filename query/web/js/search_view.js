// search_view.js: the search box and its answer. A reference ("Chỉ thị
// 05-CT/TW") lists the reports citing it; other words are a full-text
// search (/api/query decides). Facets and filters narrow the answer; each
// is a link, so that Back undoes it.
import { $, authorityTitle, el, getJson, headline, join, marked, relationLabel, say } from './dom.js';
import { link, navigate, registerView } from './router.js';

const PAGE = 20;
const FILTERS = ['type', 'issuer', 'from', 'to', 'in_force', 'authority'];
const FIELDS = ['type', 'issuer', 'from', 'to'];  // the form's text fields
const FACETS = [['type', 'Loại văn bản'], ['issuer', 'Cơ quan ban hành'], ['year', 'Năm']];
const view = $('search-view');
const form = $('search-form');
let asked = 0;  // the latest request: an earlier answer arriving late is dropped

// The parameters of the search the URL holds, without the view's own.
function searchParams(params) {
  const kept = new URLSearchParams();
  for (const key of ['q', ...FILTERS, 'offset'])
    if (params.get(key)) kept.set(key, params.get(key));
  return kept;
}

// `params` changed by `changes` ({key: value or ''}); a new filter starts at the first page.
function changed(params, changes) {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) next.set(key, value);
  if (!('offset' in changes)) next.delete('offset');
  return next;
}

// A report or a hit: its headline opens the document.
export function reportItem(report) {
  const item = el('div', null, 'report');
  item.append(link({ view: 'document', id: report.path }, headline(report), 'headline'));
  if (report.title) item.append(el('div', report.title, 'title'));
  item.append(el('div', report.path, 'path'));
  return item;
}

// The mentions of a citing report: relation, pinpoint, the sentence with the citation marked.
export function mentionList(mentions) {
  const list = el('ul', null, 'mentions');
  for (const m of mentions) {
    const li = el('li');
    li.append(el('span', relationLabel(m.relation), 'relation'));
    if (m.pinpoint) li.append(' (' + m.pinpoint + ')');
    li.append(': ', marked(m.sentence, [[m.mention_begin, m.mention_end]]));
    list.append(li);
  }
  return list;
}

function authoritySection(answer, a, params) {
  const section = el('section', null, 'authority');
  section.append(el('h2', authorityTitle(a)));
  const tools = el('div', `được ${a.reports_total} báo cáo trích dẫn`, 'note tools');
  if (answer.authorities.length > 1)
    tools.append(' · ', link(changed(params, { authority: a.identity }), 'chỉ văn bản này'));
  if (a.corpus_path) tools.append(' · ', link({ view: 'document', id: a.corpus_path }, 'mở văn bản'));
  const reference = join([a.type, a.symbol], ' ') || a.name || answer.query;
  tools.append(' · ', link({ view: 'coverage', ref: reference }, 'thống kê thực hiện'),
               ' · ', link({ view: 'graph', ref: reference }, 'sơ đồ trích dẫn'));
  section.append(tools);
  for (const r of a.reports) {
    const item = reportItem(r);
    item.append(mentionList(r.mentions));
    section.append(item);
  }
  return section;
}

function hitItem(hit) {
  const item = reportItem(hit);
  if (hit.snippet) {
    const snippet = el('p', null, 'snippet');
    snippet.append(marked(hit.snippet, hit.marks));
    item.append(snippet);
  }
  if (hit.file !== 'as indexed') item.append(el('div', 'tệp đã thay đổi hoặc không còn', 'note'));
  return item;
}

// The facets of the answer: each value a link narrowing to it; the
// applied one marked.
function renderFacets(facets, params) {
  const aside = $('facets');
  aside.replaceChildren();
  for (const [key, label] of FACETS) {
    if (!facets || !facets[key] || facets[key].length === 0) continue;
    aside.append(el('h3', label));
    const list = el('ul');
    for (const { value, count } of facets[key]) {
      const li = el('li');
      const applied = key === 'year'
        ? params.get('from') === String(value) && params.get('to') === String(value)
        : params.get(key) === value;
      if (value === null) {
        li.append(el('span', `(không rõ) ${count}`, 'note'));
      } else if (applied) {
        li.append(el('strong', `${value} (${count})`));
        li.className = 'applied';
      } else {
        const narrowed = key === 'year' ? { from: value, to: value } : { [key]: value };
        li.append(link(changed(params, narrowed), `${value} (${count})`));
      }
      list.append(li);
    }
    aside.append(list);
  }
}

// The filters in force, each with a link that takes it off.
function renderApplied(params, answer) {
  const applied = $('applied');
  applied.replaceChildren();
  const labels = { type: 'Loại văn bản', issuer: 'Cơ quan ban hành', from: 'Từ ngày', to: 'Đến ngày', in_force: 'Chỉ văn bản còn hiệu lực', authority: 'Chỉ văn bản' };
  for (const key of FILTERS) {
    const value = params.get(key);
    if (!value) continue;
    let shown = key === 'in_force' ? 'có' : value;
    if (key === 'authority' && answer && answer.authorities && answer.authorities.length === 1)
      shown = authorityTitle(answer.authorities[0]);
    const chip = link(changed(params, { [key]: '' }), `${labels[key]}: ${shown} ✕`, 'chip');
    chip.title = 'Bỏ điều kiện này';
    applied.append(chip);
  }
}

function renderPager(params, more) {
  const offset = Number(params.get('offset') || 0);
  for (const [id, show, to] of [['prev', offset > 0, Math.max(0, offset - PAGE)], ['next', more, offset + PAGE]]) {
    const old = $(id);
    const fresh = link(changed(params, { offset: to || '' }), old.textContent);
    fresh.id = id;
    fresh.hidden = !show;
    old.replaceWith(fresh);
  }
}

// "12 báo cáo khớp với «…», 4 chứa đủ mọi từ": where words were typed one
// after the other, the reports holding only some of them are counted too,
// after those holding all; an estimate says "khoảng".
function searchCount(answer) {
  const about = answer.matches_exact ? '' : 'khoảng ';
  let line = `${about}${answer.matches} báo cáo khớp với «${answer.query}»`;
  if (answer.matches_every_word !== undefined && answer.matches_every_word !== answer.matches)
    line += `, ${about}${answer.matches_every_word} chứa đủ mọi từ`;
  return line;
}

function render(answer, params) {
  const results = $('results');
  results.replaceChildren();
  const offset = Number(params.get('offset') || 0);
  let more = false;
  if (answer.kind === 'cites') {
    say(view, answer.authorities.length === 0
      ? `Không báo cáo nào trích dẫn «${answer.query}»`
      : `${answer.reports} báo cáo trích dẫn «${answer.query}»`);
    for (const a of answer.authorities) {
      results.append(authoritySection(answer, a, params));
      more = more || a.reports_total > offset + a.reports.length;
    }
  } else {
    say(view, searchCount(answer));
    for (const hit of answer.hits) results.append(hitItem(hit));
    more = answer.matches > offset + answer.hits.length;
  }
  renderApplied(params, answer);
  renderFacets(answer.facets, params);
  renderPager(params, more);
}

function clear() {
  $('results').replaceChildren();
  $('facets').replaceChildren();
  $('applied').replaceChildren();
  $('prev').hidden = $('next').hidden = true;
}

async function show(params) {
  const search = searchParams(params);
  for (const input of form.elements) {
    if (input.type === 'checkbox') input.checked = search.get(input.name) === '1';
    else if (input.name) input.value = search.get(input.name) || '';
  }
  if ([...FIELDS, 'in_force'].some((key) => search.get(key))) $('filters').open = true;
  const request = ++asked;
  if (!search.get('q')) {
    clear();
    say(view, '');
    return;
  }
  say(view, 'Đang tìm…');
  search.set('limit', PAGE);
  try {
    const answer = await getJson('/api/query', search);
    if (request === asked) render(answer, searchParams(params));
  } catch (error) {
    if (request !== asked) return;
    clear();
    renderApplied(searchParams(params), null);
    say(view, error.message, true);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = { q: form.elements.q.value.trim() };
  for (const key of FIELDS) params[key] = form.elements[key].value.trim();
  params.in_force = form.elements.in_force.checked ? '1' : '';
  navigate(params);
});

registerView('search', show);
