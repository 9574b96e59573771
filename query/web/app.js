// Built from query/web/js/ by esbuild (npm run build in query/web): edit those, not this.

// js/dom.js
var $ = (id) => document.getElementById(id);
var RELATIONS = {
  cites: "trích dẫn",
  basis: "căn cứ",
  implements: "thực hiện",
  amends: "sửa đổi, bổ sung",
  replaces: "thay thế",
  repeals: "bãi bỏ",
  guides: "hướng dẫn"
};
function relationLabel(relation) {
  return RELATIONS[relation] || relation;
}
function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== void 0 && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}
var SVG = "http://www.w3.org/2000/svg";
function svgEl(tag, attributes = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, String(value));
  return e;
}
function viDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso || "";
}
function join(parts, separator) {
  return parts.filter((p) => p).join(separator);
}
var encoder = new TextEncoder();
var decoder = new TextDecoder();
function marked(text, spans) {
  const fragment = document.createDocumentFragment();
  const bytes = encoder.encode(text || "");
  let at = 0;
  for (const [begin, end, wrap] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (begin < at || end > bytes.length || begin >= end) continue;
    fragment.append(decoder.decode(bytes.subarray(at, begin)));
    const mark = el("mark", decoder.decode(bytes.subarray(begin, end)));
    fragment.append(wrap ? wrap(mark) : mark);
    at = end;
  }
  fragment.append(decoder.decode(bytes.subarray(at)));
  return fragment;
}
async function getJson(path, params) {
  const response = await fetch(
    path + "?" + new URLSearchParams(params),
    { headers: { Accept: "application/json" } }
  );
  if (response.status === 401) {
    window.location.assign("/login");
    throw new Error("cần đăng nhập lại");
  }
  const body = await response.json().catch(() => ({ error: "phản hồi không đọc được" }));
  if (!response.ok) throw new Error(body.error || `lỗi ${response.status}`);
  return body;
}
function headline(d) {
  return join([d.symbol || "(không số)", d.type, viDate(d.date), d.issuer], " · ");
}
function authorityTitle(a) {
  if (a.title) return a.title;
  let title = a.symbol ? join([a.type, a.symbol], " ") : a.name || a.identity;
  if (a.issuer) title += " của " + a.issuer;
  if (a.date) title += ", ngày " + viDate(a.date);
  else if (a.year) title += ", năm " + a.year;
  return title;
}
function referenceOf(c) {
  return c.symbol ? join([c.type, c.symbol], " ") : c.name || c.authority || c.identity;
}
function say(view5, text, error = false) {
  const status = view5.querySelector(".status");
  status.textContent = error ? "Lỗi: " + text : text;
  status.classList.toggle("error", error);
}

// js/router.js
var views = /* @__PURE__ */ new Map();
function registerView(name, show5) {
  views.set(name, show5);
}
function pageUrl(params) {
  const query = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(params))
    if (value !== "" && value !== null && value !== void 0) query.set(key, value);
  const text = query.toString();
  return text ? "/?" + text : "/";
}
var depth = () => history.state && history.state.depth || 0;
function navigate(params) {
  const url = pageUrl(params);
  if (url !== location.pathname + location.search)
    history.pushState({ depth: depth() + 1 }, "", url);
  render();
}
function goBack() {
  if (depth() > 0) history.back();
  else navigate({});
}
function linkTo(a, params) {
  a.setAttribute("href", pageUrl(params));
  a.addEventListener("click", (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(params);
  });
  return a;
}
function link(params, content, className) {
  const a = el("a", null, className);
  a.append(content);
  return linkTo(a, params);
}
function render() {
  const params = new URLSearchParams(location.search);
  let name = params.get("view") || "search";
  if (!views.has(name)) name = "search";
  for (const section of document.querySelectorAll("main > section"))
    section.hidden = section.dataset.view !== name;
  for (const tab of document.querySelectorAll("#tabs a")) {
    if (tab.dataset.view === name) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  views.get(name)(params);
}
window.addEventListener("popstate", render);

// js/search_view.js
var PAGE = 20;
var FILTERS = ["type", "issuer", "from", "to", "in_force", "authority"];
var FIELDS = ["type", "issuer", "from", "to"];
var FACETS = [["type", "Loại văn bản"], ["issuer", "Cơ quan ban hành"], ["year", "Năm"]];
var view = $("search-view");
var form = $("search-form");
var asked = 0;
function searchParams(params) {
  const kept = new URLSearchParams();
  for (const key of ["q", ...FILTERS, "offset"])
    if (params.get(key)) kept.set(key, params.get(key));
  return kept;
}
function changed(params, changes) {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) next.set(key, value);
  if (!("offset" in changes)) next.delete("offset");
  return next;
}
function reportItem(report) {
  const item = el("div", null, "report");
  item.append(link({ view: "document", id: report.path }, headline(report), "headline"));
  if (report.title) item.append(el("div", report.title, "title"));
  item.append(el("div", report.path, "path"));
  return item;
}
function mentionList(mentions) {
  const list2 = el("ul", null, "mentions");
  for (const m of mentions) {
    const li = el("li");
    li.append(el("span", relationLabel(m.relation), "relation"));
    if (m.pinpoint) li.append(" (" + m.pinpoint + ")");
    li.append(": ", marked(m.sentence, [[m.mention_begin, m.mention_end]]));
    list2.append(li);
  }
  return list2;
}
function authoritySection(answer, a, params) {
  const section = el("section", null, "authority");
  section.append(el("h2", authorityTitle(a)));
  const tools = el("div", `được ${a.reports_total} báo cáo trích dẫn`, "note tools");
  if (answer.authorities.length > 1)
    tools.append(" · ", link(changed(params, { authority: a.identity }), "chỉ văn bản này"));
  if (a.corpus_path) tools.append(" · ", link({ view: "document", id: a.corpus_path }, "mở văn bản"));
  const reference = join([a.type, a.symbol], " ") || a.name || answer.query;
  tools.append(
    " · ",
    link({ view: "coverage", ref: reference }, "thống kê thực hiện"),
    " · ",
    link({ view: "graph", ref: reference }, "sơ đồ trích dẫn")
  );
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
    const snippet = el("p", null, "snippet");
    snippet.append(marked(hit.snippet, hit.marks));
    item.append(snippet);
  }
  if (hit.file !== "as indexed") item.append(el("div", "tệp đã thay đổi hoặc không còn", "note"));
  return item;
}
function renderFacets(facets, params) {
  const aside = $("facets");
  aside.replaceChildren();
  for (const [key, label] of FACETS) {
    if (!facets || !facets[key] || facets[key].length === 0) continue;
    aside.append(el("h3", label));
    const list2 = el("ul");
    for (const { value, count } of facets[key]) {
      const li = el("li");
      const applied = key === "year" ? params.get("from") === String(value) && params.get("to") === String(value) : params.get(key) === value;
      if (value === null) {
        li.append(el("span", `(không rõ) ${count}`, "note"));
      } else if (applied) {
        li.append(el("strong", `${value} (${count})`));
        li.className = "applied";
      } else {
        const narrowed = key === "year" ? { from: value, to: value } : { [key]: value };
        li.append(link(changed(params, narrowed), `${value} (${count})`));
      }
      list2.append(li);
    }
    aside.append(list2);
  }
}
function renderApplied(params, answer) {
  const applied = $("applied");
  applied.replaceChildren();
  const labels = { type: "Loại văn bản", issuer: "Cơ quan ban hành", from: "Từ ngày", to: "Đến ngày", in_force: "Chỉ văn bản còn hiệu lực", authority: "Chỉ văn bản" };
  for (const key of FILTERS) {
    const value = params.get(key);
    if (!value) continue;
    let shown = key === "in_force" ? "có" : value;
    if (key === "authority" && answer && answer.authorities && answer.authorities.length === 1)
      shown = authorityTitle(answer.authorities[0]);
    const chip = link(changed(params, { [key]: "" }), `${labels[key]}: ${shown} ✕`, "chip");
    chip.title = "Bỏ điều kiện này";
    applied.append(chip);
  }
}
function renderPager(params, more) {
  const offset = Number(params.get("offset") || 0);
  for (const [id, show5, to] of [["prev", offset > 0, Math.max(0, offset - PAGE)], ["next", more, offset + PAGE]]) {
    const old = $(id);
    const fresh = link(changed(params, { offset: to || "" }), old.textContent);
    fresh.id = id;
    fresh.hidden = !show5;
    old.replaceWith(fresh);
  }
}
function searchCount(answer) {
  const about = answer.matches_exact ? "" : "khoảng ";
  let line = `${about}${answer.matches} báo cáo khớp với «${answer.query}»`;
  if (answer.matches_every_word !== void 0 && answer.matches_every_word !== answer.matches)
    line += `, ${about}${answer.matches_every_word} chứa đủ mọi từ`;
  return line;
}
function render2(answer, params) {
  const results = $("results");
  results.replaceChildren();
  const offset = Number(params.get("offset") || 0);
  let more = false;
  if (answer.kind === "cites") {
    say(view, answer.authorities.length === 0 ? `Không báo cáo nào trích dẫn «${answer.query}»` : `${answer.reports} báo cáo trích dẫn «${answer.query}»`);
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
  $("results").replaceChildren();
  $("facets").replaceChildren();
  $("applied").replaceChildren();
  $("prev").hidden = $("next").hidden = true;
}
async function show(params) {
  const search = searchParams(params);
  for (const input of form.elements) {
    if (input.type === "checkbox") input.checked = search.get(input.name) === "1";
    else if (input.name) input.value = search.get(input.name) || "";
  }
  if ([...FIELDS, "in_force"].some((key) => search.get(key))) $("filters").open = true;
  const request = ++asked;
  if (!search.get("q")) {
    clear();
    say(view, "");
    return;
  }
  say(view, "Đang tìm…");
  search.set("limit", PAGE);
  try {
    const answer = await getJson("/api/query", search);
    if (request === asked) render2(answer, searchParams(params));
  } catch (error) {
    if (request !== asked) return;
    clear();
    renderApplied(searchParams(params), null);
    say(view, error.message, true);
  }
}
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = { q: form.elements.q.value.trim() };
  for (const key of FIELDS) params[key] = form.elements[key].value.trim();
  params.in_force = form.elements.in_force.checked ? "1" : "";
  navigate(params);
});
registerView("search", show);

// js/document_view.js
var view2 = $("document-view");
var asked2 = 0;
function citingLink(c, content) {
  const reference = referenceOf(c);
  const a = link({ q: reference, authority: c.authority }, content, "cite");
  a.title = "Các báo cáo trích dẫn " + reference;
  return a;
}
function citationList(cites) {
  const list2 = el("ul", null, "mentions");
  for (const c of cites) {
    const li = el("li");
    li.append(
      el("span", relationLabel(c.relation), "relation"),
      " ",
      citingLink(c, el("strong", referenceOf(c)))
    );
    if (c.corpus_path) li.append(" ", link({ view: "document", id: c.corpus_path }, "(mở văn bản)", "open"));
    if (c.pinpoint) li.append(" (" + c.pinpoint + ")");
    li.append(": ", marked(c.sentence, [[c.mention_begin, c.mention_end]]));
    list2.append(li);
  }
  return list2;
}
function changeWords(c) {
  let verb = c.relation === "replaces" ? "bị thay thế" : c.relation === "amends" ? "được sửa đổi, bổ sung" : c.by ? "bị bãi bỏ" : "hết hiệu lực";
  if (c.partial) verb += " một phần";
  if (c.pinpoint) verb += " (" + c.pinpoint + ")";
  return verb;
}
function sinceWords(c) {
  if (!c.since) return "không rõ từ ngày nào";
  return "từ " + viDate(c.since) + (c.since_kind === "effective" ? " (ngày nêu trong văn bản)" : " (ngày ký)");
}
function validitySection(validity) {
  const box = el("div", null, "validity " + validity.state);
  box.append(el("strong", "Hiệu lực: " + validity.label));
  if (validity.state === "in_force")
    box.append(el("span", " (theo những gì chỉ mục biết: không văn bản nào nêu việc sửa đổi, thay thế hay bãi bỏ)", "note"));
  if (validity.conflict) box.append(el("p", validity.conflict, "note"));
  const list2 = el("ul", null, "changes");
  for (const c of validity.changes) {
    const li = el("li");
    li.append(changeWords(c));
    if (c.by) {
      li.append(c.relation === "amends" ? " tại " : " bởi ");
      li.append(c.by_path ? link({ view: "document", id: c.by_path }, c.by) : el("strong", c.by));
    }
    li.append(", " + sinceWords(c) + ": ", el("q", c.sentence));
    li.append(
      " — ",
      c.source === "stated" ? "nêu tại " : "chính văn bản ",
      link({ view: "document", id: c.report.path }, headline(c.report))
    );
    list2.append(li);
  }
  if (validity.changes.length) box.append(list2);
  return box;
}
function fullText(answer) {
  if (answer.text === null) return [el("p", "Không đọc được tệp (" + answer.file + ").", "note")];
  const nodes = [];
  const changed2 = answer.file !== "as indexed";
  if (changed2) nodes.push(el("p", "Tệp đã thay đổi từ khi lập chỉ mục: các trích dẫn không được đánh dấu.", "note"));
  const spans = changed2 ? [] : answer.cites.map((c) => [c.span_begin, c.span_end, (mark) => citingLink(c, mark)]);
  const text = el("pre", null, "text");
  text.append(marked(answer.text, spans));
  const first = text.firstChild;
  if (first && first.nodeType === Node.TEXT_NODE) first.textContent = first.textContent.trimStart();
  nodes.push(text);
  return nodes;
}
function backButton() {
  const back = el("button", "← Quay lại", "back");
  back.type = "button";
  back.addEventListener("click", goBack);
  return back;
}
function ocrNote(ocr) {
  const confidence = ocr.confidence === null ? "" : `, độ tin cậy ${ocr.confidence}%`;
  const low = ocr.confidence !== null && ocr.confidence < 80;
  return el("p", `Bản quét, đọc bằng OCR${confidence} (${ocr.pages} trang)` + (low ? ": nên đối chiếu với bản gốc" : ""), low ? "note ocr low" : "note ocr");
}
function render3(answer) {
  const d = answer.document;
  const reference = join([d.type, d.symbol], " ");
  const tools = el("div", null, "note tools");
  if (reference) {
    tools.append(
      link({ view: "graph", ref: reference }, "sơ đồ trích dẫn"),
      " · ",
      link({ view: "coverage", ref: reference }, "thống kê thực hiện")
    );
  }
  view2.replaceChildren(backButton(), el("h2", headline(d)));
  if (d.title) view2.append(el("p", d.title, "title"));
  view2.append(el("div", join([d.path, d.place, d.signer && "ký: " + d.signer], " · "), "note"), tools);
  if (d.ocr) view2.append(ocrNote(d.ocr));
  if (answer.validity) view2.append(validitySection(answer.validity));
  view2.append(el("h3", `Văn bản này trích dẫn (${answer.cites.length})`), citationList(answer.cites));
  view2.append(el("h3", `Được trích dẫn bởi (${answer.cited_by.length})`));
  for (const r of answer.cited_by) {
    const item = reportItem(r);
    item.append(mentionList(r.mentions));
    view2.append(item);
  }
  view2.append(el("h3", "Toàn văn"), ...fullText(answer));
}
async function show2(params) {
  const request = ++asked2;
  view2.replaceChildren(el("p", "Đang mở…", "status"));
  try {
    const answer = await getJson("/api/document", { id: params.get("id") || "" });
    if (request !== asked2) return;
    render3(answer);
    window.scrollTo(0, 0);
  } catch (error) {
    if (request !== asked2) return;
    view2.replaceChildren(backButton(), el("p", null, "status"));
    say(view2, error.message, true);
  }
}
registerView("document", show2);

// js/coverage_view.js
var view3 = $("coverage-view");
var form2 = $("coverage-form");
var FIELDS2 = ["ref", "by", "from", "to", "chain_depth"];
var DEFAULTS = { by: "issuer", chain_depth: "3" };
var asked3 = 0;
function table(coverage) {
  const byYear = coverage.by === "year";
  const t = el("table");
  const head = el("tr");
  const columns = byYear ? ["Năm"] : ["Cơ quan ban hành", "Tỉnh"];
  const chains = coverage.chain_depth > 1;
  const counts = ["Báo cáo trích dẫn", "Báo cáo thực hiện"];
  if (chains) counts.push("Thực hiện qua kế hoạch");
  for (const h of [...columns, ...counts, "Tổng số báo cáo"])
    head.append(el("th", h));
  t.append(head);
  for (const g of coverage.groups) {
    const row = el("tr", null, g.citing === 0 && g.chained === 0 ? "none" : "");
    if (byYear) {
      row.append(el("td", g.year || "(không rõ)"));
    } else {
      const issuer = el("td");
      issuer.append(g.issuer ? link({ q: coverage.query, issuer: g.issuer }, g.issuer) : "(không rõ)");
      row.append(issuer, el("td", g.province || ""));
    }
    const numbers = chains ? [g.citing, g.implementing, g.chained, g.reports] : [g.citing, g.implementing, g.reports];
    for (const n of numbers) row.append(el("td", n, "n"));
    t.append(row);
  }
  return t;
}
function chainList(coverage) {
  const list2 = el("ul", null, "chains");
  for (const g of coverage.groups) {
    for (const r of g.chained_reports) {
      const item = el("li");
      item.append(link({ view: "document", id: r.path }, r.symbol || r.path), " → ");
      for (const v of r.via) item.append(link({ view: "document", id: v.path }, v.symbol || v.path), " → ");
      item.append(coverage.authorities.find((a) => a.identity === r.authority)?.symbol || r.chain.split(" → ").pop());
      list2.append(item);
    }
  }
  return list2;
}
function render4(coverage, params) {
  const silent = coverage.groups.filter((g) => g.citing === 0 && g.chained === 0).length;
  const unit = coverage.by === "year" ? "năm" : "cơ quan";
  const chained = coverage.chain_depth > 1 ? `, ${coverage.chained} báo cáo khác thực hiện qua kế hoạch trung gian` : "";
  say(view3, `${coverage.citing} báo cáo trích dẫn «${coverage.query}», ${coverage.implementing} báo cáo thực hiện trực tiếp${chained}; ${silent} trong ${coverage.groups.length} ${unit} chưa có báo cáo nào.`);
  const out = $("coverage-table");
  out.replaceChildren();
  if (coverage.authorities.length > 0) {
    const list2 = el("ul", null, "authorities");
    for (const a of coverage.authorities) list2.append(el("li", authorityTitle(a)));
    out.append(list2);
  }
  const csv = new URLSearchParams(params);
  csv.set("format", "csv");
  const download = el("a", "Tải bảng CSV", "download");
  download.href = "/api/coverage?" + csv;
  download.download = "coverage.csv";
  out.append(download, el("div", null, "scroll"));
  out.lastChild.append(table(coverage));
  if (coverage.chained > 0) {
    out.append(el("h3", "Thực hiện qua kế hoạch trung gian (không trích dẫn thực hiện trực tiếp)"));
    out.append(chainList(coverage));
  }
}
async function show3(params) {
  const asking = new URLSearchParams();
  for (const key of FIELDS2) if (params.get(key)) asking.set(key, params.get(key));
  for (const key of FIELDS2) form2.elements[key].value = asking.get(key) || DEFAULTS[key] || "";
  const request = ++asked3;
  $("coverage-table").replaceChildren();
  if (!asking.get("ref")) {
    say(view3, "");
    return;
  }
  say(view3, "Đang thống kê…");
  try {
    const coverage = await getJson("/api/coverage", asking);
    if (request === asked3) render4(coverage, asking);
  } catch (error) {
    if (request === asked3) say(view3, error.message, true);
  }
}
form2.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = { view: "coverage" };
  for (const key of FIELDS2) params[key] = form2.elements[key].value.trim();
  for (const key of Object.keys(DEFAULTS)) if (params[key] === DEFAULTS[key]) params[key] = "";
  navigate(params);
});
registerView("coverage", show3);

// js/graph_view.js
var view4 = $("graph-view");
var form3 = $("graph-form");
var MAX_DRAWN = 300;
var NODE_WIDTH = 250;
var NODE_HEIGHT = 34;
var COLUMN_GAP = 90;
var ROW_GAP = 12;
var asked4 = 0;
function target(node) {
  if (node.path) return { view: "document", id: node.path };
  return { q: referenceOf(node), authority: node.identity };
}
function relationsOf(edge) {
  return edge.relations.map(relationLabel).join(", ");
}
function shortened(text, length) {
  return text.length <= length ? text : text.slice(0, length - 1) + "…";
}
function layout(nodes) {
  var _a;
  const columns = [];
  const at = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const column = columns[_a = node.depth] || (columns[_a] = []);
    at.set(node.id, {
      node,
      x: node.depth * (NODE_WIDTH + COLUMN_GAP) + 10,
      y: column.length * (NODE_HEIGHT + ROW_GAP) + 30
    });
    column.push(node);
  }
  return { columns, at };
}
function drawing(graph) {
  const { columns, at } = layout(graph.nodes);
  const rows = Math.max(...columns.map((c) => c ? c.length : 0));
  const width = columns.length * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP + 20;
  const height = rows * (NODE_HEIGHT + ROW_GAP) + 40;
  const svg = svgEl("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img" });
  svg.append(svgEl("title"));
  svg.firstChild.textContent = `Sơ đồ trích dẫn ${graph.ref}`;
  const defs = svgEl("defs");
  const arrow = svgEl("marker", {
    id: "arrow",
    viewBox: "0 0 10 10",
    refX: 10,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: "auto"
  });
  arrow.append(svgEl("path", { d: "M0,0 L10,5 L0,10 z", class: "arrowhead" }));
  defs.append(arrow);
  svg.append(defs);
  columns.forEach((column, depth2) => {
    const label = svgEl("text", { x: depth2 * (NODE_WIDTH + COLUMN_GAP) + 10, y: 16, class: "column" });
    label.textContent = depth2 === 0 ? "Văn bản" : `Trích dẫn cấp ${depth2}`;
    svg.append(label);
  });
  for (const edge of graph.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    const x1 = from.x;
    const y1 = from.y + NODE_HEIGHT / 2;
    const x2 = to.x + (to.x < from.x ? NODE_WIDTH : 0);
    const y2 = to.y + NODE_HEIGHT / 2;
    const bend = Math.max(40, Math.abs(x1 - x2) / 2);
    const path = svgEl("path", {
      d: `M${x1},${y1} C${x1 - bend},${y1} ${x2 + bend},${y2} ${x2},${y2}`,
      class: "edge",
      "marker-end": "url(#arrow)"
    });
    const title = svgEl("title");
    title.textContent = relationsOf(edge);
    path.append(title);
    svg.append(path);
  }
  for (const { node, x, y } of at.values()) {
    const a = linkTo(svgEl("a", { class: `node ${node.kind}` }), target(node));
    const title = svgEl("title");
    title.textContent = node.title ? `${node.label}
${node.title}` : node.label;
    const text = svgEl("text", { x: x + 8, y: y + NODE_HEIGHT / 2 + 5 });
    text.textContent = shortened(node.label, 32);
    a.append(title, svgEl("rect", { x, y, width: NODE_WIDTH, height: NODE_HEIGHT, rx: 5 }), text);
    svg.append(a);
  }
  return svg;
}
function list(graph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const cited = /* @__PURE__ */ new Map();
  for (const edge of graph.edges) {
    if (!cited.has(edge.from)) cited.set(edge.from, []);
    cited.get(edge.from).push(edge);
  }
  const out = el("div");
  let depth2 = -1;
  let items = null;
  for (const node of graph.nodes) {
    if (node.depth !== depth2) {
      depth2 = node.depth;
      out.append(el("h3", depth2 === 0 ? "Văn bản" : `Trích dẫn cấp ${depth2}`));
      items = el("ul", null, "graph-list");
      out.append(items);
    }
    const li = el("li");
    li.append(link(target(node), node.label));
    const edges = cited.get(node.id) || [];
    if (edges.length > 0) {
      const what = edges.map((e) => `${byId.get(e.to).label} (${relationsOf(e)})`);
      li.append(el("div", "trích dẫn: " + what.join("; "), "note"));
    }
    items.append(li);
  }
  return out;
}
function render5(graph) {
  const reports = graph.nodes.filter((n) => n.kind === "report").length;
  const roots = graph.nodes.length - reports;
  $("graph-drawing").replaceChildren();
  $("graph-list").replaceChildren();
  if (roots === 0) {
    say(view4, `Không có văn bản «${graph.ref}» trong chỉ mục.`);
    return;
  }
  say(view4, `${reports} báo cáo trong chuỗi trích dẫn «${graph.ref}», độ sâu ${graph.depth}; ${graph.edges.length} quan hệ trích dẫn.`);
  if (graph.nodes.length <= MAX_DRAWN) $("graph-drawing").append(drawing(graph));
  else $("graph-drawing").append(el("p", `Sơ đồ có ${graph.nodes.length} nút, quá nhiều để vẽ: xem danh sách bên dưới hoặc chọn độ sâu nhỏ hơn.`, "note"));
  $("graph-list").append(list(graph));
}
async function show4(params) {
  const asking = { ref: params.get("ref") || "", depth: params.get("depth") || "2" };
  form3.elements.ref.value = asking.ref;
  form3.elements.depth.value = asking.depth;
  const request = ++asked4;
  $("graph-drawing").replaceChildren();
  $("graph-list").replaceChildren();
  if (!asking.ref) {
    say(view4, "");
    return;
  }
  say(view4, "Đang vẽ…");
  try {
    const graph = await getJson("/api/graph", asking);
    if (request === asked4) render5(graph);
  } catch (error) {
    if (request === asked4) say(view4, error.message, true);
  }
}
form3.addEventListener("submit", (event) => {
  event.preventDefault();
  navigate({ view: "graph", ref: form3.elements.ref.value.trim(), depth: form3.elements.depth.value });
});
registerView("graph", show4);

// js/session.js
async function showSession() {
  const response = await fetch("/session", { headers: { Accept: "application/json" } }).catch(() => null);
  if (!response || !response.ok) return;
  const session = await response.json().catch(() => null);
  if (!session || !session.user) return;
  const form4 = document.createElement("form");
  form4.method = "post";
  form4.action = "/logout";
  form4.id = "session";
  const who = document.createElement("span");
  who.textContent = session.user;
  const out = document.createElement("button");
  out.type = "submit";
  out.textContent = "Đăng xuất";
  form4.append(who, " ", out);
  $("tabs").after(form4);
}

// js/app.js
render();
showSession();
