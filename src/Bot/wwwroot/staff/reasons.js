// Why a delivery failed, in words staff understand: the outbox's reason codes, the WeChat ones first.
import { addTexts, t } from '/staff/i18n.js';

addTexts({
  'why.wechat_not_reachable': ['超过 48 小时未与公众号互动，且没有可用的模板，无法送达', 'Not reachable: no message from them within 48 hours and no template to use'],
  'why.wechat_unsubscribed': ['已取消关注公众号，未发送（重新关注后可以收到）', 'Unfollowed the WeChat account: not sent (they get notices again after following)'],
  'why.wechat_refused': ['用户拒绝接收此订阅通知（或已取消订阅）', 'They declined (or cancelled) this subscription notice'],
  'why.wechat_bad_template': ['模板不存在（可能已在公众平台删除），请重新选择模板', 'The template no longer exists (deleted in the WeChat platform?); choose another'],
  'why.wechat_bad_value': ['模板内容不符合微信的要求（例如字数超限）', 'A template value breaks WeChat\'s rules (too long?)'],
  'why.wechat_busy': ['微信系统繁忙，稍后会自动重试', 'WeChat was busy; retried automatically'],
  'why.wechat_rate_limited': ['超过微信的发送频率或次数限制', 'Over WeChat\'s sending limit'],
  'why.no_channel': ['没有可用的发送渠道', 'No channel to send through'],
  'why.unreachable': ['没有会话，无法送达', 'No conversation to send to'],
  'why.expired': ['等待太久，已放弃', 'Waited too long; given up'],
});

/** The reason in words, with the code after it; an unknown code as it is. */
export function reasonText(reason) {
  if (!reason) return '';
  const words = t('why.' + reason);
  return words === 'why.' + reason ? reason : `${words}（${reason}）`;
}
