// document_view.js: one report: what it is, whether it is in force, every citation it makes (a
// link to the reports citing that document, and to the document itself
// when it is in the corpus), the reports citing it, and its text with the
// citations as links.
import { $, el, getJson, headline, join, marked, referenceOf, relationLabel, say, viDate } from './dom.js';
import { goBack, link, registerView } from './router.js';
import { mentionList, reportItem } from './search_view.js';

const view = $('document-view');
let asked = 0;

// A link holding `content` to the reports citing the document `c` names
// (that document only: its identity, not every document of its symbol).
function citingLink(c, content) {
  const reference = referenceOf(c);
  const a = link({ q: reference, authority: c.authority }, content, 'cite');
  a.title = 'Các báo cáo trích dẫn ' + reference;
  return a;
}

function citationList(cites) {
  const list = el('ul', null, 'mentions');
  for (const c of cites) {
    const li = el('li');
    li.append(el('span', relationLabel(c.relation), 'relation'), ' ',
              citingLink(c, el('strong', referenceOf(c))));
    if (c.corpus_path) li.append(' ', link({ view: 'document', id: c.corpus_path }, '(mở văn bản)', 'open'));
    if (c.pinpoint) li.append(' (' + c.pinpoint + ')');
    li.append(': ', marked(c.sentence, [[c.mention_begin, c.mention_end]]));
    list.append(li);
  }
  return list;
}

// "bị thay thế bởi Quyết định 41/2019/QĐ-UBND": how a change reads after the document it changes.
function changeWords(c) {
  let verb = c.relation === 'replaces' ? 'bị thay thế'
    : c.relation === 'amends' ? 'được sửa đổi, bổ sung'
      : c.by ? 'bị bãi bỏ' : 'hết hiệu lực';
  if (c.partial) verb += ' một phần';
  if (c.pinpoint) verb += ' (' + c.pinpoint + ')';
  return verb;
}

function sinceWords(c) {
  if (!c.since) return 'không rõ từ ngày nào';
  return 'từ ' + viDate(c.since) + (c.since_kind === 'effective' ? ' (ngày nêu trong văn bản)' : ' (ngày ký)');
}

// Whether the report is still in force as far as the index knows, and the
// evidence: each change with its sentence and the report that says so.
function validitySection(validity) {
  const box = el('div', null, 'validity ' + validity.state);
  box.append(el('strong', 'Hiệu lực: ' + validity.label));
  if (validity.state === 'in_force')
    box.append(el('span', ' (theo những gì chỉ mục biết: không văn bản nào nêu việc sửa đổi, thay thế hay bãi bỏ)', 'note'));
  if (validity.conflict) box.append(el('p', validity.conflict, 'note'));
  const list = el('ul', null, 'changes');
  for (const c of validity.changes) {
    const li = el('li');
    li.append(changeWords(c));
    if (c.by) {
      li.append(c.relation === 'amends' ? ' tại ' : ' bởi ');
      li.append(c.by_path ? link({ view: 'document', id: c.by_path }, c.by) : el('strong', c.by));
    }
    li.append(', ' + sinceWords(c) + ': ', el('q', c.sentence));
    li.append(' — ', c.source === 'stated' ? 'nêu tại ' : 'chính văn bản ',
              link({ view: 'document', id: c.report.path }, headline(c.report)));
    list.append(li);
  }
  if (validity.changes.length) box.append(list);
  return box;
}

function fullText(answer) {
  if (answer.text === null) return [el('p', 'Không đọc được tệp (' + answer.file + ').', 'note')];
  const nodes = [];
  const changed = answer.file !== 'as indexed';
  if (changed) nodes.push(el('p', 'Tệp đã thay đổi từ khi lập chỉ mục: các trích dẫn không được đánh dấu.', 'note'));
  const spans = changed ? [] : answer.cites.map((c) => [c.span_begin, c.span_end, (mark) => citingLink(c, mark)]);
  const text = el('pre', null, 'text');
  text.append(marked(answer.text, spans));
  // Blank lines before the first words (a title page's) only push the text down.
  const first = text.firstChild;
  if (first && first.nodeType === Node.TEXT_NODE) first.textContent = first.textContent.trimStart();
  nodes.push(text);
  return nodes;
}

function backButton() {
  const back = el('button', '← Quay lại', 'back');
  back.type = 'button';
  back.addEventListener('click', goBack);
  return back;
}

// A scan: the archivist checks a low-confidence reading against the paper.
function ocrNote(ocr) {
  const confidence = ocr.confidence === null ? '' : `, độ tin cậy ${ocr.confidence}%`;
  const low = ocr.confidence !== null && ocr.confidence < 80;
  return el('p', `Bản quét, đọc bằng OCR${confidence} (${ocr.pages} trang)` +
                 (low ? ': nên đối chiếu với bản gốc' : ''), low ? 'note ocr low' : 'note ocr');
}

function render(answer) {
  const d = answer.document;
  const reference = join([d.type, d.symbol], ' ');
  const tools = el('div', null, 'note tools');
  if (reference) {
    tools.append(link({ view: 'graph', ref: reference }, 'sơ đồ trích dẫn'), ' · ',
                 link({ view: 'coverage', ref: reference }, 'thống kê thực hiện'));
  }
  view.replaceChildren(backButton(), el('h2', headline(d)));
  if (d.title) view.append(el('p', d.title, 'title'));
  view.append(el('div', join([d.path, d.place, d.signer && 'ký: ' + d.signer], ' · '), 'note'), tools);
  if (d.ocr) view.append(ocrNote(d.ocr));
  if (answer.validity) view.append(validitySection(answer.validity));
  view.append(el('h3', `Văn bản này trích dẫn (${answer.cites.length})`), citationList(answer.cites));
  view.append(el('h3', `Được trích dẫn bởi (${answer.cited_by.length})`));
  for (const r of answer.cited_by) {
    const item = reportItem(r);
    item.append(mentionList(r.mentions));
    view.append(item);
  }
  view.append(el('h3', 'Toàn văn'), ...fullText(answer));
}

async function show(params) {
  const request = ++asked;
  view.replaceChildren(el('p', 'Đang mở…', 'status'));
  try {
    const answer = await getJson('/api/document', { id: params.get('id') || '' });
    if (request !== asked) return;
    render(answer);
    window.scrollTo(0, 0);
  } catch (error) {
    if (request !== asked) return;
    view.replaceChildren(backButton(), el('p', null, 'status'));
    say(view, error.message, true);
  }
}

registerView('document', show);
