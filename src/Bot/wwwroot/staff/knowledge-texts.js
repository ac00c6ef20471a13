// The knowledge editor's texts, and what an API error means for staff: which field, and what to do next.
// The API answers in English (ProblemDetails with field names); staff read Chinese first.
import { addTexts, lang, t } from '/staff/i18n.js';

addTexts({
  'k.try': ['试一试', 'Try it'],
  'k.tryHint': ['输入会员可能会问的问题', 'A question a member might ask'],
  'k.tryButton': ['机器人会怎么答？', 'What would the bot say?'],
  'k.entries': ['知识条目', 'Entries'],
  'k.new': ['新建条目', 'New entry'],
  'k.filter': ['搜索标题、编号、示例问题…', 'Search titles, ids, questions…'],
  'k.showRetired': ['显示已停用的条目', 'Show retired entries'],
  'k.id': ['编号（英文小写、数字和 -，保存后不能改）', 'Id (lowercase letters, digits and -; fixed once saved)'],
  'k.titleZh': ['中文标题', 'Title (Chinese)'],
  'k.titleEn': ['英文标题', 'Title (English)'],
  'k.answerZh': ['中文答案', 'Answer (Chinese)'],
  'k.answerEn': ['英文答案', 'Answer (English)'],
  'k.questionsZh': ['中文示例问题（每行一个）', 'Sample questions in Chinese (one per line)'],
  'k.questionsEn': ['英文示例问题（每行一个）', 'Sample questions in English (one per line)'],
  'k.synonymsZh': ['中文同义词（输入后按回车）', 'Chinese synonyms (type, then Enter)'],
  'k.synonymsEn': ['英文同义词（输入后按回车）', 'English synonyms (type, then Enter)'],
  'k.everydayZh': ['中文日常说法（会员不知道正式名称时怎么说，输入后按回车）', 'Everyday words in Chinese (how members say it without the official term; type, then Enter)'],
  'k.everydayEn': ['英文日常说法（输入后按回车）', 'Everyday words in English (type, then Enter)'],
  'k.everydayHint': ['例如母婴关爱室写“吸奶”“休完产假”，欠薪写“老板跑路”。比同义词的分量轻：只提示话题，单独不决定答案。', 'For example "pumping" or "back from maternity leave" for the nursing room. They weigh less than synonyms: a hint at the topic, not its name.'],
  'k.everydayAdd': ['添加日常说法', 'Add an everyday word'],
  'k.chipAdd': ['添加同义词', 'Add a synonym'],
  'k.chipRemove': ['删除 {value}', 'Remove {value}'],
  'k.related': ['相关条目（回答后推荐给会员）', 'Related topics (suggested after the answer)'],
  'k.relatedAdd': ['加为相关', 'Add as related'],
  'k.dated': ['定时生效的答案', 'Answers from a date'],
  'k.datedHint': ['政策在某天变化时用：到了那天起，机器人改用新答案。', 'For a rule that changes on a date: from that day the bot gives the new answer.'],
  'k.datedAdd': ['添加定时答案', 'Add a dated answer'],
  'k.datedFrom': ['生效日期', 'From'],
  'k.datedRemove': ['删除这条', 'Remove'],
  'k.preview': ['先看效果（重跑评测集）', 'Preview (re-run the evaluation set)'],
  'k.retire': ['停用', 'Retire'],
  'k.restore': ['恢复', 'Restore'],
  'k.retireYes': ['确认停用', 'Retire it'],
  'k.retireQuestion': ['停用“{title}”？停用后机器人不再用它回答，随时可以恢复。', 'Retire "{title}"? The bot stops answering with it; you can restore it at any time.'],
  'k.restoreYes': ['确认恢复', 'Restore it'],
  'k.restoreQuestion': ['恢复“{title}”？恢复后机器人又会用它回答。', 'Restore "{title}"? The bot answers with it again.'],
  'k.retired': ['（已停用）', '(retired)'],
  'k.added': ['新增', 'added'],
  'k.edited': ['{by} 修改过', 'edited by {by}'],
  'k.newTitle': ['新条目', 'New entry'],
  'k.saved': ['已保存“{title}”，机器人已按新内容回答。', 'Saved "{title}"; the bot answers with it now.'],
  'k.retiredDone': ['已停用“{title}”。', '"{title}" is retired.'],
  'k.restoredDone': ['已恢复“{title}”。', '"{title}" is back.'],
  'k.running': ['正在重跑评测集…', 'Re-running the evaluation set…'],
  'k.score': ['评测集准确率：{before} → {after}（{delta}，共 {total} 句）', 'Evaluation accuracy: {before} → {after} ({delta}, {total} lines)'],
  'k.fixed': ['改对了', 'now right'],
  'k.broken': ['改错了', 'now wrong'],
  'k.changedLine': ['“{utterance}”应为 {expected}：{before} → {after}', '"{utterance}" should be {expected}: {before} → {after}'],
  'k.noChange': ['评测集里没有哪句的结果变了。', 'No evaluation line changes.'],
  'k.triedWith': ['改后，“{text}”会匹配：{entry}（匹配分 {score}）', 'After the change, "{text}" matches: {entry} (match score {score})'],
  'k.matchScore': ['匹配分 {score}（最高 {max}，达到 {threshold} 才直接回答）', 'Match score {score} of at most {max} (answers at {threshold} or more)'],
  'k.matched': ['匹配条目：{title}（{id}）', 'Matched entry: {title} ({id})'],
  'k.noAnswer': ['机器人不会直接回答（{label}）。', 'The bot would not answer directly ({label}).'],
  'k.close': ['相近条目：', 'Close entries: '],
  'k.triedNone': ['改后，“{text}”不匹配任何条目。', 'After the change, "{text}" matches no entry.'],
});

// Field → [zh, en] saying what is wrong and what to do.
const fieldHelp = {
  id: ['编号要 2–48 个英文小写字母、数字或“-”，以字母或数字开头（例如 union-office）。请改一下编号。', 'The id needs 2–48 lowercase letters, digits or "-", starting with a letter or digit (e.g. union-office).'],
  titleZh: ['请填写中文标题（最多 100 字）。', 'Fill in the Chinese title (at most 100 characters).'],
  titleEn: ['请填写英文标题（最多 100 字）。', 'Fill in the English title (at most 100 characters).'],
  answerZh: ['请填写中文答案（最多 2000 字）。', 'Fill in the Chinese answer (at most 2000 characters).'],
  answerEn: ['请填写英文答案（最多 2000 字）。', 'Fill in the English answer (at most 2000 characters).'],
  questionsZh: ['请至少写一个中文示例问题（最多 50 个，每个不超过 200 字）。', 'Write at least one Chinese sample question (at most 50, 200 characters each).'],
  questionsEn: ['请至少写一个英文示例问题（最多 50 个，每个不超过 200 字）。', 'Write at least one English sample question (at most 50, 200 characters each).'],
  synonymsZh: ['中文同义词最多 50 个，每个不超过 200 字；请删掉一些。', 'At most 50 Chinese synonyms of 200 characters each; remove some.'],
  synonymsEn: ['英文同义词最多 50 个，每个不超过 200 字；请删掉一些。', 'At most 50 English synonyms of 200 characters each; remove some.'],
  everydayZh: ['中文日常说法最多 50 个，每个不超过 200 字；请删掉一些。', 'At most 50 Chinese everyday words of 200 characters each; remove some.'],
  everydayEn: ['英文日常说法最多 50 个，每个不超过 200 字；请删掉一些。', 'At most 50 English everyday words of 200 characters each; remove some.'],
  related: ['相关条目最多 10 个，且不能选条目自己；请删掉一些。', 'At most 10 related topics, not the entry itself; remove some.'],
  scheduled: ['每条定时答案都要填日期和中英文答案（最多 5 条）。', 'Each dated answer needs a date and both answers (at most 5).'],
  scheduledPast: ['定时答案的日期必须在今天之后；今天就生效的，请直接改上面的答案。', 'A dated answer must start after today; for one that applies now, change the answer above.'],
  text: ['试一试的问题最多 200 字，请缩短。', 'The question to try is at most 200 characters; shorten it.'],
  months: ['月份数要在 1 到 24 之间。', 'Months must be from 1 to 24.'],
};

const byStatus = {
  403: ['您没有权限做这个操作，请联系管理员。', 'You are not allowed to do this; ask an administrator.'],
  404: ['这个条目已不存在（可能刚被别人改过），请刷新页面后再试。', 'This entry no longer exists (someone may have changed it); reload the page and try again.'],
  409: ['已有同样编号的条目：请换一个编号，或在左边列表里直接编辑那个条目。', 'An entry with this id exists: choose another id, or edit that entry from the list.'],
  429: ['操作太频繁，请稍等一会儿再试。', 'Too many requests; wait a moment and try again.'],
};

const pick = (pair) => pair[lang() === 'en' ? 1 : 0];

/** What went wrong, in the page's language, ending with what to do next. */
export function explain(error) {
  const problem = error?.problem ?? {};
  if (problem.errors) {
    return Object.entries(problem.errors).map(([field, messages]) => {
      const key = field.replace(/^\$\.?/, '').split(/[.[]/)[0];
      if (key === 'scheduled' && messages.join(' ').includes('future')) return pick(fieldHelp.scheduledPast);
      return fieldHelp[key] ? pick(fieldHelp[key]) : messages.join(' ');
    }).join(' ');
  }

  const detail = problem.detail ?? '';
  if (error?.status === 400 && /related entry '([^']+)' does not exist/.test(detail)) {
    return pick(['相关条目里有一个已不存在或已停用，请在“相关条目”里删掉它再保存。', 'A related topic no longer exists or is retired; remove it under "Related topics" and save again.']);
  }
  if (error?.status === 400 && /there are no entries/.test(detail)) {
    return pick(['知识库至少要留一个在用的条目，不能全部停用。', 'Keep at least one entry in use; the last one cannot be retired.']);
  }
  if (byStatus[error?.status]) return pick(byStatus[error.status]);
  if (error?.status === 400) return pick(['内容有误：', 'Not accepted: ']) + detail;
  return pick(['服务暂时不可用，请稍后再试；一直这样请联系管理员。', 'The service is not available right now; try again later, or tell an administrator if it persists.'])
    + (error?.message ? ` (${error.message})` : '');
}

/** Shows (or clears) an explained error in a role=alert element. */
export function showProblem(element, error) {
  element.textContent = error ? t('common.error') + explain(error) : '';
  element.hidden = !error;
}
