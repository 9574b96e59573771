// page_test.mjs: drives the page of `lexquery serve` in headless Chromium
// (Debian's /usr/bin/chromium) through playwright-core.
//
//   node page_test.mjs --lexquery build/query/lexquery --index INDEX --shots DIR
//
// Searches "chi thi 05-ct/tw", finds quang-tri/skhcn-174-bc-2020.md among the
// citing reports, opens it, follows one of its citation links, applies a
// facet; saves screenshots in DIR. Exits 1 with a message on any failure,
// and always stops the server.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const REPORT_PATH = 'quang-tri/skhcn-174-bc-2020.md';
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

async function resultCount(page) {
  const status = await page.locator('#status').textContent();
  const m = /^(\d+) báo cáo/.exec(status || '');
  check(m, `status line has no count: "${status}"`);
  return Number(m[1]);
}

// Waits until #status is a finished answer (not "Đang tìm…") different from `before`.
async function waitForAnswer(page, before) {
  await page.waitForFunction((previous) => {
    const text = document.getElementById('status').textContent;
    return text && text !== 'Đang tìm…' && text !== previous;
  }, before, { timeout: TIMEOUT });
  const status = await page.locator('#status').textContent();
  check(!status.startsWith('Lỗi'), `the page reports an error: ${status}`);
  return status;
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

    // 1. The page, a search for the directive.
    await page.goto(started.url);
    check((await page.title()).startsWith('LexGraph'), `unexpected title: ${await page.title()}`);
    await page.locator('#q').fill(QUERY);
    await page.locator('#search-form button[type=submit]').click();
    const status1 = await waitForAnswer(page, '');
    console.log(`search: ${status1}`);
    const total = await resultCount(page);
    check(total > 0, `no report cites "${QUERY}"`);
    const report = page.locator('#results .report').filter({ hasText: REPORT_PATH });
    check(await report.count() >= 1, `${REPORT_PATH} is not among the results of "${QUERY}"`);
    check((await report.first().locator('.headline').textContent()).includes(REPORT_SYMBOL),
          `${REPORT_PATH}'s headline does not show ${REPORT_SYMBOL}`);
    await page.screenshot({ path: shot('1-search-results.png'), fullPage: true });

    // 2. The report: its text with its citations as links.
    await report.first().locator('.headline').click();
    const view = page.locator('#document');
    await view.waitFor({ state: 'visible', timeout: TIMEOUT });
    check(await page.locator('#answer').isHidden(), 'results still show beside the document');
    check((await view.locator('h2').textContent()).includes(REPORT_SYMBOL),
          `the document view is not ${REPORT_SYMBOL}: ${await view.locator('h2').textContent()}`);
    const text = await view.locator('pre').textContent();
    check(/05-CT\/TW/i.test(text), 'the report text does not show (no "05-CT/TW" in it)');
    const textLinks = view.locator('pre a.cite');
    const listLinks = view.locator('ul.mentions a.cite');
    check(await textLinks.count() > 0, 'no citation in the report text is a link');
    check(await listLinks.count() > 0, 'no citation in the list of citations is a link');
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
    check(await page.locator('#results .authority').count() > 0, `no cited document for "${cited}"`);
    const citing = page.locator('#results .report').filter({ hasText: REPORT_PATH });
    check(await citing.count() >= 1, `${REPORT_PATH} is not among the reports citing "${cited}"`);
    await page.screenshot({ path: shot('3-citation-followed.png'), fullPage: true });

    // 4. Back to the directive, apply a facet: the count becomes the facet's.
    await page.locator('#q').fill(QUERY);
    await page.locator('#search-form button[type=submit]').click();
    const status4 = await waitForAnswer(page, status3);
    check(await resultCount(page) === total, `"${QUERY}" again gives ${status4}, not ${total}`);
    const facets = page.locator('#facets button');
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
    await page.screenshot({ path: shot('4-after-facet.png'), fullPage: true });

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
