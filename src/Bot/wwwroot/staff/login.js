import { t, translate, wireToggle } from '/staff/i18n.js';

translate();
wireToggle();

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const response = await fetch('/staff/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: form.username.value, password: form.password.value }),
  });
  if (response.ok) {
    location.href = '/staff/';
    return;
  }
  error.textContent = t(response.status === 429 ? 'login.limited' : response.status === 401 ? 'login.wrong' : 'login.failed');
  error.hidden = false;
  form.password.value = '';
});
