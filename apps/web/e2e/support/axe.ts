import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's browser build, evaluated in the page through DevTools (the page's CSP allows no inline script). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  nodes: string[];
}

/**
 * Every axe-core violation of any impact on the page as it is now (WCAG 2.0–2.2 A and AA and
 * axe's best practices), for `expect(await axeViolations(page)).toEqual([])`.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(`axe
    .run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })
    .then((result) =>
      result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      })),
    )`) as Promise<AxeViolation[]>;
}

/** Fails the test, listing them, if axe finds any violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect({ page: new URL(page.url()).pathname, violations: await axeViolations(page) }).toEqual({
    page: new URL(page.url()).pathname,
    violations: [],
  });
}
