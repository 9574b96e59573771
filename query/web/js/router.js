// router.js: the page's state is its URL (/?view=...&...), so that the
// browser's Back, a bookmark and a link opened in a new tab all show what
// they showed. Views register a function that draws them from the URL's
// parameters; links and forms change the URL through navigate().
import { el } from './dom.js';

const views = new Map();

// `show(params)` draws the view `name` (a <section data-view=name>).
export function registerView(name, show) { views.set(name, show); }

// The page's URL for `params` (an object or URLSearchParams), empty values left out.
export function pageUrl(params) {
  const query = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(params))
    if (value !== '' && value !== null && value !== undefined) query.set(key, value);
  const text = query.toString();
  return text ? '/?' + text : '/';
}

// Each state of the page that navigate() pushed holds its depth: how many
// states of this page lie behind it, so that goBack() never leaves the page.
const depth = () => (history.state && history.state.depth) || 0;

export function navigate(params) {
  const url = pageUrl(params);
  if (url !== location.pathname + location.search)
    history.pushState({ depth: depth() + 1 }, '', url);
  render();
}

// Back to the previous state of the page, or to the search when there is none.
export function goBack() {
  if (depth() > 0) history.back();
  else navigate({});
}

// Makes the link `a` (HTML or SVG) go to the page with `params`: a plain
// click stays in this page; a middle or modified click is the browser's
// (a new tab of the same state).
export function linkTo(a, params) {
  a.setAttribute('href', pageUrl(params));
  a.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(params);
  });
  return a;
}

// A link to the page with `params`, holding `content` (text or a node).
export function link(params, content, className) {
  const a = el('a', null, className);
  a.append(content);
  return linkTo(a, params);
}

// Shows the view the URL names and draws it.
export function render() {
  const params = new URLSearchParams(location.search);
  let name = params.get('view') || 'search';
  if (!views.has(name)) name = 'search';
  for (const section of document.querySelectorAll('main > section'))
    section.hidden = section.dataset.view !== name;
  for (const tab of document.querySelectorAll('#tabs a')) {
    if (tab.dataset.view === name) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  views.get(name)(params);
}

window.addEventListener('popstate', render);
