import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { type RunningServer, startServer } from './server';

/** The app and a browser with one page open on it, shared by the tests of one `describe`. */
export interface Journey {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Starts the app and a browser before the tests of the enclosing `describe` (then runs `prepare`
 * on the page) and stops both after them. Its fields can be read once the tests run.
 */
export function startJourney(prepare?: (page: Page) => Promise<void>): Journey {
  let started: Journey | undefined;

  beforeAll(async () => {
    const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    started = { server, browser, page: await newPage(browser, server.baseUrl) };
    try {
      await prepare?.(started.page);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- what the server printed ---\n${server.output()}`);
    }
  });

  afterAll(async () => {
    await started?.browser.close();
    await started?.server.stop();
  });

  const current = (): Journey => {
    if (!started) throw new Error('The journey is read before its beforeAll has run');
    return started;
  };
  return {
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
    get page() {
      return current().page;
    },
  };
}
