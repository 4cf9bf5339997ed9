import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import nodemailer from 'nodemailer';
import request from 'supertest';
import { MailCatcher } from '../src/dev-mail/mail-catcher';

/** The local mail catcher of `npm start` shows invitation links: only the holder of its key may read it. */
describe('the local mail catcher at /_mail', () => {
  let dir: string;
  let catcher: MailCatcher;
  let app: express.Express;
  let id: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gcm-mail-'));
    catcher = new MailCatcher(dir);
    await catcher.start(0);
    await nodemailer.createTransport(catcher.smtpUrl).sendMail({
      from: 'no-reply@gcm-review.localhost',
      to: 'focal.point@gdbp.mn.example',
      subject: 'You are invited',
      text: 'Set your password: http://localhost:3000/invitations/secret-token',
      html: '<p>Set your password</p>',
      attachments: [{ filename: 'a.txt', content: 'hello' }],
    });
    app = express();
    app.use('/_mail', catcher.router());
    const inbox = await request(app).get('/_mail').set('Cookie', `gcm_mail_key=${catcher.accessKey}`);
    id = /href="\/_mail\/([^"]+)"/.exec(inbox.text)?.[1] ?? '';
  });

  afterAll(async () => {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 404 everywhere without the key, or with a wrong one', async () => {
    expect(id).not.toBe('');
    const wrong = `${catcher.accessKey.slice(0, -1)}${catcher.accessKey.endsWith('A') ? 'B' : 'A'}`;
    for (const url of [
      '/_mail',
      '/_mail/',
      `/_mail/${id}`,
      `/_mail/${id}/html`,
      `/_mail/${id}/attachments/0`,
    ]) {
      const anonymous = await request(app).get(url).expect(404);
      expect(anonymous.text).not.toMatch(/invited|secret-token/);
      await request(app).get(`${url}?key=${wrong}`).expect(404);
      await request(app).get(`${url}?key=`).expect(404);
      await request(app).get(url).set('Cookie', `gcm_mail_key=${wrong}`).expect(404);
    }
  });

  it('opens with the printed link: an HttpOnly SameSite=Strict cookie on /_mail, then a redirect without the key', async () => {
    const link = new URL(catcher.accessUrl('http://localhost:3000'));
    expect(link.pathname).toBe('/_mail');
    const response = await request(app).get(`${link.pathname}${link.search}`).expect(303);
    expect(response.headers.location).toBe('/_mail');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^gcm_mail_key=${catcher.accessKey};`));
    expect(cookie).toMatch(/Path=\/_mail/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const agent = request.agent(app);
    await agent.get(`${link.pathname}${link.search}`).expect(303);
    const inbox = await agent.get('/_mail').expect(200);
    expect(inbox.text).toContain('You are invited');
    expect(inbox.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await agent.get(`/_mail/${id}`).expect(200);
    const html = await agent.get(`/_mail/${id}/html`).expect(200);
    expect(html.text).toContain('Set your password');
    expect(html.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    const attachment = await agent.get(`/_mail/${id}/attachments/0`).expect(200);
    expect(attachment.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('makes a new key at every start', () => {
    expect(catcher.accessKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new MailCatcher(dir).accessKey).not.toBe(catcher.accessKey);
  });
});
