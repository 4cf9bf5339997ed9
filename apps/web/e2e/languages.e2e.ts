import { waitUntil } from '@gcm/domain/testing';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, DEMO_PASSWORD, screenshot } from './support/browser';
import { startJourney } from './support/journey';

describe('the language of the screens', () => {
  const journey = startJourney();

  it('a coordinator chooses Arabic before signing in: the page turns right to left, and stays Arabic after', async () => {
    const { page } = journey;
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Language').selectOption('ar');

    await page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    // Mirrored: the form's labels start at the right edge of the card.
    const card = await page.getByRole('form').boundingBox();
    const label = await page.getByText('البريد الإلكتروني', { exact: true }).boundingBox();
    expect(card && label && card.x + card.width - (label.x + label.width)).toBeLessThan(40);
    await screenshot(page, 'languages-1-sign-in-arabic');
    await expectAccessible(page);

    await page.getByLabel('البريد الإلكتروني').fill(DEMO_COORDINATOR);
    await page.getByLabel('كلمة المرور').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
    await nav.getByRole('link', { name: 'الاستعراضات' }).waitFor();
    // Chosen before signing in, it becomes the account's (which had none): e-mails follow it.
    const localeOfAccount = async () =>
      ((await (await page.request.get('/api/auth/me')).json()) as { locale: string | null }).locale;
    await waitUntil(async () => (await localeOfAccount()) === 'ar', { what: 'the account to take Arabic' });
    await screenshot(page, 'languages-2-reviews-arabic');
    await expectAccessible(page);
  });

  it('the account keeps the choice on another browser, and French turns the page back left to right', async () => {
    const { page } = journey;
    // A fresh context: nothing remembered in the browser, only the account's choice.
    const other = await page
      .context()
      .browser()
      ?.newContext({ baseURL: new URL(page.url()).origin });
    const fresh = await other?.newPage();
    if (!fresh || !other) throw new Error('No second browser context');
    await fresh.goto('/sign-in');
    await fresh.getByLabel('E-mail').fill(DEMO_COORDINATOR);
    await fresh.getByLabel('Password').fill(DEMO_PASSWORD);
    await fresh.getByRole('button', { name: 'Sign in' }).click();
    await fresh.getByRole('navigation', { name: 'القائمة الرئيسية' }).waitFor();
    expect(await fresh.locator('html').getAttribute('dir')).toBe('rtl');

    await fresh.getByLabel('اللغة').selectOption('fr');
    await fresh
      .getByRole('navigation', { name: 'Principale' })
      .getByRole('link', { name: 'Examens' })
      .waitFor();
    expect(await fresh.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await fresh.locator('html').getAttribute('lang')).toBe('fr');
    await expectAccessible(fresh);
    await other.close();
  });
});
