// 运维 (admins only): what retention would delete now (dry run), a run on request, and the SQLite backups.
import { api, ApiError, getSession } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, startPage, when } from '/staff/shell.js';
import { showWeChatMenu } from '/staff/wechat-menu.js';

addTexts({
  'o.adminsOnly': ['运维功能仅管理员可用。', 'Operations are for admins only.'],
  'o.retention': ['数据保留', 'Data retention'],
  'o.retentionHelp': ['超过保留期限的数据每晚分批删除；下表为现在运行会删除的条数（试运行，不删除任何数据）。',
    'Data past its limit is deleted in small batches every night; the table shows what a run now would delete (a dry run: nothing is deleted).'],
  'o.kind': ['数据类别', 'Data'],
  'o.limit': ['保留天数', 'Kept (days)'],
  'o.cutoff': ['早于此时间的删除', 'Deleted if older than'],
  'o.due': ['到期条数', 'Rows past the limit'],
  'o.runNow': ['立即清理', 'Run now'],
  'o.confirmRun': ['确定现在删除所有超过保留期限的数据吗？此操作不可撤销。', 'Delete everything past its limit now? This cannot be undone.'],
  'o.deleted': ['已删除 {n} 条。', '{n} rows deleted.'],
  'o.backups': ['数据库备份', 'Database backups'],
  'o.where': ['备份目录：{folder}（保留最近 {keep} 份）', 'Folder: {folder} (the newest {keep} are kept)'],
  'o.backupNow': ['立即备份', 'Back up now'],
  'o.backedUp': ['备份完成：', 'Backup written: '],
  'kind.DedupMarks': ['消息去重标记', 'Redelivery marks'],
  'kind.Transcripts': ['对话记录', 'Transcripts'],
  'kind.DirectLineLogs': ['网页聊天消息日志', 'Web chat message logs'],
  'kind.Uploads': ['会员上传的文件', 'Member uploads'],
  'kind.DeliveredOutbox': ['已送达的待发消息', 'Delivered outbox rows'],
  'kind.AuditLog': ['操作记录', 'Audit log'],
  'kind.UnansweredQuestions': ['未答上的问题', 'Unanswered questions'],
  'kind.PollBallots': ['已截止投票的选票', 'Ballots of closed polls'],
});

function size(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

async function renderRetention() {
  const kinds = await api('GET', '/api/admin/retention');
  document.getElementById('retention-rows').innerHTML = kinds.map((k) => `<tr><td>${esc(t('kind.' + k.kind))}</td>
    <td>${k.limitDays}</td><td class="muted">${esc(when(k.cutoff))}</td><td data-kind="${esc(k.kind)}">${k.rows}</td></tr>`).join('');
  document.getElementById('retention').hidden = false;
}

async function renderBackups() {
  const section = document.getElementById('backups');
  section.hidden = false;
  try {
    const list = await api('GET', '/api/admin/backups');
    document.getElementById('backup-where').textContent = t('o.where').replace('{folder}', list.folder).replace('{keep}', list.keep);
    document.getElementById('backup-rows').innerHTML = list.backups.length === 0
      ? `<tr><td class="muted">${esc(t('common.none'))}</td></tr>`
      : list.backups.map((b) => `<tr><td>${esc(b.name)}</td><td class="muted">${esc(when(b.takenAt))}</td><td>${size(b.bytes)}</td></tr>`).join('');
  } catch (e) {
    // PostgreSQL: the service explains that pg_dump or PITR is used instead.
    if (!(e instanceof ApiError) || e.status !== 409) throw e;
    document.getElementById('backup-where').textContent = e.message;
    document.getElementById('backup-rows').innerHTML = '';
    document.getElementById('backup-now').hidden = true;
  }
}

async function render() {
  const error = document.getElementById('error');
  try {
    if ((await getSession()).role !== 'admin') {
      document.getElementById('admins-only').hidden = false;
      return;
    }
    await renderRetention();
    await renderBackups();
    showWeChatMenu();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

document.getElementById('retention-run').addEventListener('click', async () => {
  if (!confirm(t('o.confirmRun'))) return;
  const error = document.getElementById('error');
  try {
    const deleted = await api('POST', '/api/admin/retention/runs');
    document.getElementById('retention-done').textContent = t('o.deleted').replace('{n}', deleted.reduce((n, k) => n + k.rows, 0));
    await renderRetention();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('backup-now').addEventListener('click', async (event) => {
  const error = document.getElementById('error');
  event.target.disabled = true;
  try {
    const file = await api('POST', '/api/admin/backups');
    await renderBackups();
    document.getElementById('backup-where').textContent += ' · ' + t('o.backedUp') + file.name;
    showError(error, null);
  } catch (e) {
    showError(error, e);
  } finally {
    event.target.disabled = false;
  }
});

startPage(render);
