// The browser journeys' test environment: Node's, plus a record of what the open pages showed
// when a test failed. A journey that fails in CI leaves the page as a person saw it (a
// screenshot under test-results/), its address, its visible text and the API calls that went
// wrong, printed with the failure, because CI keeps only the log.
const { mkdirSync } = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const RESULTS = path.resolve(__dirname, '..', '..', 'test-results');

class JourneyEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure') return;
    const pages = this.global.__journeyPages ?? [];
    mkdirSync(RESULTS, { recursive: true });
    const lines = [`\n=== What the pages showed when "${event.test.name}" failed`];
    for (const [index, entry] of pages.entries()) {
      const { page, failures } = entry;
      if (page.isClosed()) continue;
      const file = path.join(RESULTS, `failure-page-${index + 1}.png`);
      try {
        await page.screenshot({ path: file, fullPage: true, timeout: 5000 });
        const text = await page.evaluate('document.body.innerText', undefined);
        lines.push(
          `--- page ${index + 1}: ${page.url()} (screenshot ${file})`,
          String(text)
            .replace(/\n{2,}/g, '\n')
            .slice(0, 3000),
        );
      } catch (error) {
        lines.push(`--- page ${index + 1}: ${page.url()} (could not be read: ${error.message})`);
      }
      if (failures.length > 0) lines.push('API calls that failed:', ...failures.slice(-10));
    }
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}

module.exports = JourneyEnvironment;
