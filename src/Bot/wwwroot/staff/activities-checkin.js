// The activities page's extras for one activity, shown under its roster: the check-in QR code (drawn on the server
// with QRCoder, as SVG) beside the 6-digit code, the check-in window and attendance, and the sign-up form editor
// (部门, 家属人数, 尺码…). Kept apart from activities.js: it watches the roster section and adds its panel there.
import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, when } from '/staff/shell.js';

addTexts({
  'q.title': ['扫码签到', 'QR check-in'],
  'q.hint': ['会员用手机扫码，在会员页登录后即可签到（每人一次）。', 'Members scan with their phone and check in on the member page after signing in (once each).'],
  'q.window': ['签到时间：{from} – {to}', 'Check-in open: {from} – {to}'],
  'q.stats': ['已签到 {a}/{h}（{r}%）', '{a} of {h} checked in ({r}%)'],
  'q.replace': ['换一个二维码', 'New QR code'],
  'f.title': ['报名表', 'Sign-up form'],
  'f.hint': ['会员报名时会逐项填写；选项用逗号分隔。', 'Members fill these in when they sign up; separate options with commas.'],
  'f.label': ['项目', 'Field'],
  'f.kind': ['类型', 'Kind'],
  'f.required': ['必填', 'Required'],
  'f.options': ['选项', 'Options'],
  'f.add': ['添加一项', 'Add a field'],
  'f.save': ['保存报名表', 'Save form'],
  'f.saved': ['已保存', 'Saved'],
  'f.kind.text': ['文字', 'Text'],
  'f.kind.number': ['数字', 'Number'],
  'f.kind.choice': ['单选', 'Choice'],
  'f.kind.phone': ['手机号', 'Phone'],
});

const kinds = ['text', 'number', 'choice', 'phone'];

function fieldRow(f = { label: '', kind: 'text', required: false, options: [] }) {
  return `<tr data-field-key="${esc(f.key || '')}">
    <td><input data-f="label" maxlength="20" value="${esc(f.label)}"></td>
    <td><select data-f="kind">${kinds.map((k) => `<option value="${k}"${k === f.kind ? ' selected' : ''}>${esc(t('f.kind.' + k))}</option>`).join('')}</select></td>
    <td><input data-f="required" type="checkbox"${f.required ? ' checked' : ''}></td>
    <td><input data-f="options" value="${esc((f.options || []).join(','))}"></td></tr>`;
}

async function render(section, id) {
  const [qr, stats, form] = await Promise.all([
    api('GET', `/api/admin/activities/${id}/checkin-qr`),
    api('GET', `/api/admin/activities/${id}/attendance`),
    api('GET', `/api/admin/activities/${id}/form`),
  ]);
  const panel = document.createElement('div');
  panel.id = 'activity-extras';
  panel.dataset.activity = id;
  const svg = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(qr.svg)));
  panel.innerHTML = `<h3>${esc(t('q.title'))}</h3><p class="muted">${esc(t('q.hint'))}</p>
    <div class="row"><img id="checkin-qr" alt="QR" width="220" height="220" src="${svg}">
      <div><p>${esc(t('a.code'))}<strong>${esc(qr.code)}</strong></p>
      <p>${esc(t('q.window', { from: when(qr.opensAt), to: when(qr.closesAt) }))}</p>
      <p id="checkin-stats">${esc(t('q.stats', { a: stats.attended, h: stats.held, r: Math.round(stats.rate * 100) }))}</p>
      <p class="muted"><a id="checkin-url" href="${esc(qr.url)}" target="_blank" rel="noopener">${esc(qr.url.replace(/checkin=.*/, 'checkin=…'))}</a></p>
      <button type="button" class="secondary" data-new-qr="${esc(id)}">${esc(t('q.replace'))}</button></div></div>
    <h3>${esc(t('f.title'))}</h3><p class="muted">${esc(t('f.hint'))}</p>
    <table id="form-fields"><thead><tr><th>${esc(t('f.label'))}</th><th>${esc(t('f.kind'))}</th><th>${esc(t('f.required'))}</th><th>${esc(t('f.options'))}</th></tr></thead>
    <tbody>${form.fields.map(fieldRow).join('')}</tbody></table>
    <p class="row"><button type="button" class="secondary" id="form-add">${esc(t('f.add'))}</button>
    <button type="button" id="form-save" data-form-save="${esc(id)}">${esc(t('f.save'))}</button><span id="form-status" class="ok"></span></p>
    <p id="form-error" class="error" role="alert" hidden></p>`;
  section.querySelector('#activity-extras')?.remove();
  section.appendChild(panel);
}

async function saveForm(id) {
  const fields = [...document.querySelectorAll('#form-fields tbody tr')].map((row) => {
    const value = (name) => row.querySelector(`[data-f="${name}"]`);
    const kind = value('kind').value;
    return {
      key: row.dataset.fieldKey || null,
      label: value('label').value.trim(),
      kind,
      required: value('required').checked,
      options: kind === 'choice' ? value('options').value.split(/[,，、]/).map((o) => o.trim()).filter(Boolean) : null,
    };
  }).filter((f) => f.label);
  const error = document.getElementById('form-error');
  try {
    await api('PUT', `/api/admin/activities/${id}/form`, { fields });
    showError(error, null);
    document.getElementById('form-status').textContent = t('f.saved');
  } catch (e) {
    showError(error, e);
  }
}

const section = document.getElementById('roster');
let shown = null;
new MutationObserver(() => {
  const id = section.querySelector('[data-new-code]')?.dataset.newCode;
  if (id && !section.querySelector('#activity-extras') && shown !== section.firstChild) {
    shown = section.firstChild;
    render(section, id).catch((e) => showError(document.getElementById('error'), e));
  }
}).observe(section, { childList: true });

document.body.addEventListener('click', (event) => {
  const data = event.target.dataset;
  if (event.target.id === 'form-add') document.querySelector('#form-fields tbody').insertAdjacentHTML('beforeend', fieldRow());
  if (data.formSave) saveForm(data.formSave);
  if (data.newQr) api('POST', `/api/admin/activities/${data.newQr}/checkin-qr`).then(() => render(section, data.newQr)).catch((e) => showError(document.getElementById('error'), e));
});
