// graph_view.js: the citation chain of `lexquery graph REF --depth N`:
// the cited document on the left, the reports citing it in the next
// column, the reports citing those in the next, as an SVG drawn here (no
// library), and the same as a list, which a phone or a screen reader reads
// better. Reports open in the document view.
import { $, el, getJson, referenceOf, relationLabel, say, svgEl } from './dom.js';
import { link, linkTo, navigate, registerView } from './router.js';

const view = $('graph-view');
const form = $('graph-form');
const MAX_DRAWN = 300;  // nodes; a larger graph is listed only
const NODE_WIDTH = 250;
const NODE_HEIGHT = 34;
const COLUMN_GAP = 90;
const ROW_GAP = 12;
let asked = 0;

// What a node links to: a report's document, an authority's citing reports.
function target(node) {
  if (node.path) return { view: 'document', id: node.path };
  return { q: referenceOf(node), authority: node.identity };
}

// "thực hiện, trích dẫn": how an edge's report cites its document.
function relationsOf(edge) { return edge.relations.map(relationLabel).join(', '); }

function shortened(text, length) {
  return text.length <= length ? text : text.slice(0, length - 1) + '…';
}

// Columns by depth, each in the order the API gives (by date within a depth).
function layout(nodes) {
  const columns = [];
  const at = new Map();
  for (const node of nodes) {
    const column = (columns[node.depth] ||= []);
    at.set(node.id, {
      node,
      x: node.depth * (NODE_WIDTH + COLUMN_GAP) + 10,
      y: column.length * (NODE_HEIGHT + ROW_GAP) + 30,
    });
    column.push(node);
  }
  return { columns, at };
}

function drawing(graph) {
  const { columns, at } = layout(graph.nodes);
  const rows = Math.max(...columns.map((c) => (c ? c.length : 0)));
  const width = columns.length * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP + 20;
  const height = rows * (NODE_HEIGHT + ROW_GAP) + 40;
  const svg = svgEl('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  svg.append(svgEl('title'));
  svg.firstChild.textContent = `Sơ đồ trích dẫn ${graph.ref}`;
  const defs = svgEl('defs');
  const arrow = svgEl('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5,
                                  markerWidth: 7, markerHeight: 7, orient: 'auto' });
  arrow.append(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.append(arrow);
  svg.append(defs);
  columns.forEach((column, depth) => {
    const label = svgEl('text', { x: depth * (NODE_WIDTH + COLUMN_GAP) + 10, y: 16, class: 'column' });
    label.textContent = depth === 0 ? 'Văn bản' : `Trích dẫn cấp ${depth}`;
    svg.append(label);
  });
  // An edge runs from the citing report (right) to what it cites (left).
  for (const edge of graph.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    const x1 = from.x;
    const y1 = from.y + NODE_HEIGHT / 2;
    const x2 = to.x + (to.x < from.x ? NODE_WIDTH : 0);
    const y2 = to.y + NODE_HEIGHT / 2;
    const bend = Math.max(40, Math.abs(x1 - x2) / 2);
    const path = svgEl('path', { d: `M${x1},${y1} C${x1 - bend},${y1} ${x2 + bend},${y2} ${x2},${y2}`,
                                 class: 'edge', 'marker-end': 'url(#arrow)' });
    const title = svgEl('title');
    title.textContent = relationsOf(edge);
    path.append(title);
    svg.append(path);
  }
  for (const { node, x, y } of at.values()) {
    const a = linkTo(svgEl('a', { class: `node ${node.kind}` }), target(node));
    const title = svgEl('title');
    title.textContent = node.title ? `${node.label}\n${node.title}` : node.label;
    const text = svgEl('text', { x: x + 8, y: y + NODE_HEIGHT / 2 + 5 });
    text.textContent = shortened(node.label, 32);
    a.append(title, svgEl('rect', { x, y, width: NODE_WIDTH, height: NODE_HEIGHT, rx: 5 }), text);
    svg.append(a);
  }
  return svg;
}

// The same graph as nested lists: each depth, each node, what it cites.
function list(graph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const cited = new Map();
  for (const edge of graph.edges) {
    if (!cited.has(edge.from)) cited.set(edge.from, []);
    cited.get(edge.from).push(edge);
  }
  const out = el('div');
  let depth = -1;
  let items = null;
  for (const node of graph.nodes) {
    if (node.depth !== depth) {
      depth = node.depth;
      out.append(el('h3', depth === 0 ? 'Văn bản' : `Trích dẫn cấp ${depth}`));
      items = el('ul', null, 'graph-list');
      out.append(items);
    }
    const li = el('li');
    li.append(link(target(node), node.label));
    const edges = cited.get(node.id) || [];
    if (edges.length > 0) {
      const what = edges.map((e) => `${byId.get(e.to).label} (${relationsOf(e)})`);
      li.append(el('div', 'trích dẫn: ' + what.join('; '), 'note'));
    }
    items.append(li);
  }
  return out;
}

function render(graph) {
  const reports = graph.nodes.filter((n) => n.kind === 'report').length;
  const roots = graph.nodes.length - reports;
  $('graph-drawing').replaceChildren();
  $('graph-list').replaceChildren();
  if (roots === 0) {
    say(view, `Không có văn bản «${graph.ref}» trong chỉ mục.`);
    return;
  }
  say(view, `${reports} báo cáo trong chuỗi trích dẫn «${graph.ref}», độ sâu ${graph.depth}; ${graph.edges.length} quan hệ trích dẫn.`);
  if (graph.nodes.length <= MAX_DRAWN) $('graph-drawing').append(drawing(graph));
  else $('graph-drawing').append(el('p', `Sơ đồ có ${graph.nodes.length} nút, quá nhiều để vẽ: xem danh sách bên dưới hoặc chọn độ sâu nhỏ hơn.`, 'note'));
  $('graph-list').append(list(graph));
}

async function show(params) {
  const asking = { ref: params.get('ref') || '', depth: params.get('depth') || '2' };
  form.elements.ref.value = asking.ref;
  form.elements.depth.value = asking.depth;
  const request = ++asked;
  $('graph-drawing').replaceChildren();
  $('graph-list').replaceChildren();
  if (!asking.ref) {
    say(view, '');
    return;
  }
  say(view, 'Đang vẽ…');
  try {
    const graph = await getJson('/api/graph', asking);
    if (request === asked) render(graph);
  } catch (error) {
    if (request === asked) say(view, error.message, true);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ view: 'graph', ref: form.elements.ref.value.trim(), depth: form.elements.depth.value });
});

registerView('graph', show);
