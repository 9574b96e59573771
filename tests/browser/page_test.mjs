// page_test.mjs: drives the page of `lexquery serve` in headless Chromium
// (Debian's /usr/bin/chromium) through playwright-core.
//
//   node page_test.mjs --lexquery build/query/lexquery --index INDEX --shots DIR
//
// Searches "chi thi 05-ct/tw", finds quang-tri/skhcn-174-bc-2020.md among the
// citing reports, opens it, follows one of its citation links (and Back),
// applies a facet and takes it off, draws the coverage table and the graph
// at two depths, opens a report from the graph, opens a report holding
// markup (shown as text, never run), and loads the page on a phone's
// screen; saves screenshots in DIR. Exits 1 with a message on any failure,
// and always stops the server.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const REPORT_PATH = 'quang-tri/skhcn-174-bc-2020.md';
// scripts/test-browser adds it to the corpus: markup in a report.
const HOSTILE_PATH = 'quang-tri/skhcn-99-bc-2021.md';
const REPORT_SYMBOL = '174/BC-SKHCHN';
const QUERY = 'chi thi 05-ct/tw';
const TIMEOUT = 15000;

function parseArgs(argv) {
  const args = { lexquery: 'build/query/lexquery', chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in { lexquery: 1, index: 1, shots: 1, chromium: 1 }) || argv[i + 1] === undefined)
      throw new Error(`usage: node page_test.mjs --index INDEX --shots DIR [--lexquery BIN] [--chromium BIN]`);
    args[key] = argv[i + 1];
  }
  if (!args.index || !args.shots) throw new Error('--index and --shots are required');
  return args;
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// Starts the server on a free port; resolves to { server, url } once it has
// printed "lexquery: serving INDEX at http://127.0.0.1:PORT/".
function startServer(lexquery, index) {
  return new Promise((resolve, reject) => {
    const server = spawn(lexquery, ['serve', '--index', index, '--port', '0'],
                         { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`lexquery serve said nothing in 10 s: ${stderr}`)), 10000);
    server.on('error', (error) => { clearTimeout(timer); reject(new Error(`cannot start ${lexquery}: ${error.message}`)); });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`lexquery serve exited (${code}): ${stderr}`)); });
    server.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
      const m = /lexquery: serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
      if (m) { clearTimeout(timer); resolve({ server, url: m[1] }); }
    });
  });
}

const STATUS = '#search-view .status';

async function resultCount(page) {
  const status = await page.locator(STATUS).textContent();
  const m = /^(\d+) báo cáo/.exec(status || '');
  check(m, `status line has no count: "${status}"`);
  return Number(m[1]);
}

// Waits until the status line `selector` is a finished answer (not
// "Đang …") different from `before`, and not an error.
async function waitForAnswer(page, before, selector = STATUS) {
  await page.waitForFunction(([sel, previous]) => {
    const text = document.querySelector(sel).textContent;
    return text && !text.startsWith('Đang') && text !== previous;
  }, [selector, before], { timeout: TIMEOUT });
  const status = await page.locator(selector).textContent();
  check(!status.startsWith('Lỗi'), `the page reports an error: ${status}`);
  return status;
}

// The tabs are plain links: a click loads the page anew, and Playwright
// does not wait for that. Waits for the new page, or what follows would act
// on the page being left (a form filled there, then emptied by the load).
async function openTab(page, name) {
  const tab = page.locator(`#tabs a[data-view=${name}]`);
  const target = new URL(await tab.getAttribute('href'), page.url()).href;
  await tab.click();
  await page.waitForURL(target, { timeout: TIMEOUT });
}

async function search(page, query, before) {
  await page.locator('#q').fill(query);
  await page.locator('#search-form button[type=submit]').click();
  return waitForAnswer(page, before);
}

async function run(args) {
  mkdirSync(args.shots, { recursive: true });
  const shot = (name) => path.join(args.shots, name);
  let server;
  let browser;
  try {
    const started = await startServer(args.lexquery, args.index);
    server = started.server;
    browser = await chromium.launch({ executablePath: args.chromium, headless: true,
                                      args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Failed requests are caught by URL below (the console message has none);
    // the browser's own /favicon.ico, which the server has not, is no error.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico')
        pageErrors.push(`${response.status()} for ${response.url()}`);
    });
    // Everything the page loads comes from the server itself.
    page.on('request', (request) => {
      if (!request.url().startsWith(started.url) && !request.url().startsWith('data:'))
        pageErrors.push(`request elsewhere: ${request.url()}`);
    });

    // 1. The page, a search for the directive.
    await page.goto(started.url);
    check((await page.title()).startsWith('LexGraph'), `unexpected title: ${await page.title()}`);
    const status1 = await search(page, QUERY, '');
    console.log(`search: ${status1}`);
    const total = await resultCount(page);
    check(total > 0, `no report cites "${QUERY}"`);
    const report = page.locator('#results .report').filter({ hasText: REPORT_PATH });
    check(await report.count() >= 1, `${REPORT_PATH} is not among the results of "${QUERY}"`);
    check((await report.first().locator('.headline').textContent()).includes(REPORT_SYMBOL),
          `${REPORT_PATH}'s headline does not show ${REPORT_SYMBOL}`);
    check(await page.locator('#results mark').count() > 0, 'no mention is marked in the results');
    await page.screenshot({ path: shot('1-search-results.png'), fullPage: true });

    // 2. The report: its text with its citations as links.
    await report.first().locator('.headline').click();
    const view = page.locator('#document-view');
    await view.locator('pre.text').waitFor({ state: 'visible', timeout: TIMEOUT });
    check(await page.locator('#search-view').isHidden(), 'results still show beside the document');
    check((await view.locator('h2').textContent()).includes(REPORT_SYMBOL),
          `the document view is not ${REPORT_SYMBOL}: ${await view.locator('h2').textContent()}`);
    const text = await view.locator('pre.text').textContent();
    check(/05-CT\/TW/i.test(text), 'the report text does not show (no "05-CT/TW" in it)');
    check(!/^\s/.test(text), 'the report text starts with blank space');
    const textLinks = view.locator('pre.text a.cite');
    const listLinks = view.locator('ul.mentions a.cite');
    check(await textLinks.count() > 0, 'no citation in the report text is a link');
    check(await listLinks.count() > 0, 'no citation in the list of citations is a link');
    check(await view.locator('ul.mentions a.open').count() > 0,
          'no citation links to the cited document, though some are in the corpus');
    await page.screenshot({ path: shot('2-document.png'), fullPage: true });

    // 3. Follow a citation in the text: the view becomes that document's citing reports.
    // Choose one that is not 05-CT/TW, so the answer visibly changes.
    let link = textLinks.filter({ hasNotText: /05-CT/i }).first();
    if (await link.count() === 0) link = textLinks.first();
    const cited = (await link.textContent()).trim();
    await link.click();
    const status3 = await waitForAnswer(page, status1);
    console.log(`citation "${cited}": ${status3}`);
    check(await view.isHidden(), 'the document still shows after following a citation');
    check(status3.includes('trích dẫn'), `following "${cited}" did not list citing reports: ${status3}`);
    check(await page.locator('#results .authority').count() === 1,
          `following "${cited}" lists ${await page.locator('#results .authority').count()} documents, not the one cited`);
    check(await page.locator('#applied .chip').count() === 1, 'the citation link shows no "Chỉ văn bản" filter');
    const citing = page.locator('#results .report').filter({ hasText: REPORT_PATH });
    check(await citing.count() >= 1, `${REPORT_PATH} is not among the reports citing "${cited}"`);
    await page.screenshot({ path: shot('3-citation-followed.png'), fullPage: true });

    // The browser's Back returns to the document.
    await page.goBack();
    await view.locator('pre.text').waitFor({ state: 'visible', timeout: TIMEOUT });
    check((await view.locator('h2').textContent()).includes(REPORT_SYMBOL), 'Back does not return to the document');

    // 4. Back to the directive, apply a facet: the count becomes the facet's.
    await openTab(page, 'search');
    const status4 = await search(page, QUERY, await page.locator(STATUS).textContent());
    check(await resultCount(page) === total, `"${QUERY}" again gives ${status4}, not ${total}`);
    const facets = page.locator('#facets a');
    check(await facets.count() > 0, 'no facet to apply');
    let chosen = null;
    for (let i = 0; i < await facets.count(); ++i) {
      const label = await facets.nth(i).textContent();
      const m = /^(.*) \((\d+)\)$/.exec(label);
      if (m && Number(m[2]) < total) { chosen = { index: i, value: m[1], count: Number(m[2]) }; break; }
    }
    check(chosen, `every facet counts all ${total} reports: nothing to narrow`);
    await facets.nth(chosen.index).click();
    const status5 = await waitForAnswer(page, status4);
    console.log(`facet "${chosen.value}" (${chosen.count}): ${status5}`);
    const narrowed = await resultCount(page);
    check(narrowed === chosen.count,
          `facet "${chosen.value}" says ${chosen.count} reports, the answer has ${narrowed}`);
    check(narrowed < total, `facet "${chosen.value}" did not narrow ${total} reports`);
    check((await page.locator('#facets li.applied').textContent()).startsWith(chosen.value),
          `the applied facet "${chosen.value}" is not marked`);
    const chip = page.locator('#applied .chip');
    check(await chip.count() >= 1, 'the applied facet shows no chip');
    await page.screenshot({ path: shot('4-after-facet.png'), fullPage: true });
    await chip.first().click();
    await waitForAnswer(page, status5);
    check(await resultCount(page) === total, 'taking the facet off does not give the whole answer back');

    // 5. Coverage: a table of issuing bodies, and its CSV.
    await openTab(page, 'coverage');
    await page.locator('#coverage-form input[name=ref]').fill('Chỉ thị 05-CT/TW');
    await page.locator('#coverage-form button[type=submit]').click();
    const coverageStatus = await waitForAnswer(page, '', '#coverage-view .status');
    console.log(`coverage: ${coverageStatus}`);
    const rows = page.locator('#coverage-table tr');
    check(await rows.count() > 2, 'the coverage table has no rows');
    check(await page.locator('#coverage-table tr.none').count() > 0,
          'no issuing body is shown as not having cited the directive');
    // Sở Nội vụ Hà Tĩnh implements it through the province's plan: apart, with its chain.
    const chains = page.locator('#coverage-table ul.chains li');
    check(await chains.count() >= 2, 'no report is listed as implementing through a plan');
    check((await chains.first().textContent()).includes('→ 312/KH-UBND →'),
          `the chain is not shown: ${await chains.first().textContent()}`);
    const csvUrl = await page.locator('#coverage-table a.download').getAttribute('href');
    const csv = await page.request.get(new URL(csvUrl, started.url).href);
    check(csv.ok() && (await csv.text()).split('\n').length >= await rows.count(),
          `the CSV download (${csvUrl}) does not hold the table`);
    await page.screenshot({ path: shot('5-coverage.png'), fullPage: true });
    // Direct only: no chain column, no list.
    await page.locator('#coverage-form select[name=chain_depth]').selectOption('1');
    await page.locator('#coverage-form button[type=submit]').click();
    await page.waitForFunction(() => !document.querySelector('#coverage-table ul.chains') &&
                                     document.querySelectorAll('#coverage-table tr').length > 2);
    check(!(await page.locator('#coverage-table th').allTextContents()).includes('Thực hiện qua kế hoạch'),
          'the chain column is shown at depth 1');
    check(new URL(page.url()).searchParams.get('chain_depth') === '1', 'the depth is not in the URL');

    // 6. The graph: depth chosen by the user; a report's node opens it.
    await openTab(page, 'graph');
    // Hà Tĩnh's Kế hoạch 45-KH/TU is cited by 312/KH-UBND, which a report cites in turn.
    await page.locator('#graph-form input[name=ref]').fill('Kế hoạch 45-KH/TU');
    await page.locator('#graph-form select[name=depth]').selectOption('1');
    await page.locator('#graph-form button[type=submit]').click();
    const graph1 = await waitForAnswer(page, '', '#graph-view .status');
    const nodes1 = await page.locator('#graph-drawing svg a.node').count();
    await page.locator('#graph-form select[name=depth]').selectOption('2');
    await page.locator('#graph-form button[type=submit]').click();
    const graph2 = await waitForAnswer(page, graph1, '#graph-view .status');
    const nodes2 = await page.locator('#graph-drawing svg a.node').count();
    console.log(`graph: depth 1 ${nodes1} nodes, depth 2 ${nodes2} nodes: ${graph2}`);
    check(nodes1 >= 2 && nodes2 > nodes1, `depth 2 draws ${nodes2} nodes, depth 1 ${nodes1}`);
    check(await page.locator('#graph-drawing svg path.edge').count() >= nodes2 - 1, 'the graph has too few edges');
    check(await page.locator('#graph-list h3').count() === 3, 'the graph list has not the three depths 0, 1, 2');
    await page.screenshot({ path: shot('6-graph.png'), fullPage: true });
    await page.locator('#graph-drawing svg a.node.report').first().click();
    await view.locator('h2').waitFor({ state: 'visible', timeout: TIMEOUT });

    // 7. A decision amended by a later one: the document view says so, and
    // links to the amending decision.
    await page.goto(started.url + '?' + new URLSearchParams({ view: 'document', id: 'quang-tri/ubnd-41-qd-2019.md' }));
    const validity = view.locator('.validity');
    await validity.waitFor({ state: 'visible', timeout: TIMEOUT });
    const validityText = await validity.textContent();
    check(validityText.includes('Hiệu lực: còn hiệu lực, đã được sửa đổi, bổ sung'),
          `the amended decision's validity reads: ${validityText}`);
    check(validityText.includes('bị thay thế một phần (Phụ lục I)'),
          `the replaced appendix is not shown as a partial change: ${validityText}`);
    await validity.locator('a', { hasText: '25/2021/QĐ-UBND' }).first().click();
    await page.waitForFunction(() => document.querySelector('#document-view h2')?.textContent.includes('25/2021'),
                               null, { timeout: TIMEOUT });
    await page.screenshot({ path: shot('7-validity.png'), fullPage: true });

    // 8. A report holding markup: shown as text, never run.
    await page.goto(started.url + '?' + new URLSearchParams({ view: 'document', id: HOSTILE_PATH }));
    await view.locator('pre.text').waitFor({ state: 'visible', timeout: TIMEOUT });
    const hostileText = await view.locator('pre.text').textContent();
    check(hostileText.includes('<script>window.pwned = 1</script>') && hostileText.includes('<img src=x'),
          `the report's markup does not show as text: ${hostileText.slice(0, 300)}`);
    check(await view.locator('script, img').count() === 0, 'the report\'s markup became elements');
    check(await page.evaluate(() => window.pwned === undefined), 'a script of the report ran');
    await page.screenshot({ path: shot('7-markup-as-text.png'), fullPage: true });

    // 9. A phone's screen: the results readable, nothing wider than the screen.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(started.url + '?' + new URLSearchParams({ q: QUERY }));
    await phone.locator('#results .report').first().waitFor({ timeout: TIMEOUT });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, `on a phone the page is ${overflow}px wider than the screen`);
    await phone.screenshot({ path: shot('8-phone.png'), fullPage: false });

    check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    console.log(`browser test passed; screenshots in ${args.shots}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server && server.exitCode === null) {
      server.removeAllListeners('exit');
      server.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => { server.kill('SIGKILL'); resolve(); }, 3000);
        server.on('exit', () => { clearTimeout(timer); resolve(); });
      });
    }
  }
}

try {
  await run(parseArgs(process.argv.slice(2)));
} catch (error) {
  console.error(`browser test FAILED: ${error.message}`);
  process.exit(1);
}
