import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium, headless; playwright-core drives it (it never downloads a browser). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  );
  if (!executablePath) {
    throw new Error('No Chromium found. Install it (apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function newPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // CI runs the journeys beside the integration tests on two cores, where a step can take
  // seconds; a page that never shows what is awaited still fails, after 20.
  page.setDefaultTimeout(20_000);
  watchForFailureReport(page);
  return page;
}

interface WatchedPage {
  page: Page;
  /** The API calls that answered 4xx or 5xx, or never answered, newest last. */
  failures: string[];
}

/**
 * Lets the journeys' test environment (environment.cjs) show this page if the test fails: it
 * keeps the page and the API calls that went wrong in the test file's global scope.
 */
function watchForFailureReport(page: Page): void {
  const scope = globalThis as { __journeyPages?: WatchedPage[] };
  const watched: WatchedPage = { page, failures: [] };
  scope.__journeyPages = [...(scope.__journeyPages ?? []), watched];
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/api/')) {
      const request = response.request();
      watched.failures.push(`${response.status()} ${request.method()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    watched.failures.push(`no answer (${request.failure()?.errorText}) ${request.method()} ${request.url()}`);
  });
}

/**
 * Collects every Content-Security-Policy violation the page reports (the `securitypolicyviolation`
 * event, and Chromium's console message), from now on and across navigations.
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation/i.test(text)) violations.push(text);
  });
  // Runs in the page (as a string: the e2e code is type-checked without the DOM library).
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
    });`,
  });
  return violations;
}

/** Saves a screenshot under apps/web/test-results/ (git-ignored) to look at after a run. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(__dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const DEMO_PASSWORD = 'gcm-demo-2020';
export const DEMO_COORDINATOR = 'coordinator@mfa.mn.example';

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in**');
}
