// session.js: who is signed in, when `lexquery serve` has users (--users):
// their name and a sign-out button in the header. Without users, /session
// says {"user": null} and nothing shows.
import { $ } from './dom.js';

export async function showSession() {
  const response = await fetch('/session', { headers: { Accept: 'application/json' } })
    .catch(() => null);
  if (!response || !response.ok) return;
  const session = await response.json().catch(() => null);
  if (!session || !session.user) return;
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  form.id = 'session';
  const who = document.createElement('span');
  who.textContent = session.user;
  const out = document.createElement('button');
  out.type = 'submit';
  out.textContent = 'Đăng xuất';
  form.append(who, ' ', out);
  $('tabs').after(form);
}
