// What the activities and "my sign-ups" screens share: times in the union's local time (as the server sends them),
// the sign-up form's fields as inputs (the server checks the answers; its field errors show under each field),
// an inline "are you sure?" step, and the status note.
(function () {
  'use strict';

  var T = window.EngageBotText;
  T.add({
    'form.optional': ['（选填）', ' (optional)'],
    'form.choose': ['请选择', 'Choose'],
    'confirm.no': ['算了', 'No, keep it']
  });
  var DAYS = { zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // "2026-12-05T09:30:00+08:00" → "12月5日 周六 09:30" / "Sat 5 Dec 09:30", read from the string so the phone's own
  // time zone does not move it.
  function when(iso, endIso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
    if (!m) return '';
    var day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay();
    var days = DAYS[T.lang() === 'en' ? 'en' : 'zh'];
    var end = /T(\d{2}):(\d{2})/.exec(endIso || '');
    var time = m[4] + ':' + m[5] + (end ? '–' + end[1] + ':' + end[2] : '');
    if (T.lang() === 'en') {
      var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      return days[day] + ' ' + (+m[3]) + ' ' + months[+m[2] - 1] + ' ' + time;
    }
    return (+m[2]) + '月' + (+m[3]) + '日 ' + days[day] + ' ' + time;
  }

  function label(field) { return T.lang() === 'en' && field.labelEn ? field.labelEn : field.label; }

  function title(item) { return T.lang() === 'en' && item.titleEn ? item.titleEn : item.title; }

  // One input per field, filled with the member's answers when they change them.
  function render(container, fields, answers) {
    container.textContent = '';
    (fields || []).forEach(function (field) {
      var wrap = el('label');
      wrap.dataset.field = field.key;
      wrap.appendChild(el('span', null, label(field) + (field.required ? '' : T.t('form.optional'))));
      var input;
      if (field.kind === 'choice') {
        input = el('select');
        var none = el('option', null, T.t('form.choose'));
        none.value = '';
        input.appendChild(none);
        (field.options || []).forEach(function (option) {
          var o = el('option', null, option);
          o.value = option;
          input.appendChild(o);
        });
      } else {
        input = el('input');
        input.inputMode = field.kind === 'number' ? 'numeric' : field.kind === 'phone' ? 'tel' : 'text';
        input.maxLength = 50;
      }
      input.name = field.key;
      input.value = (answers && answers[field.key]) || '';
      wrap.appendChild(input);
      wrap.appendChild(el('span', 'field-error'));
      container.appendChild(wrap);
    });
  }

  function read(container) {
    var answers = {};
    Array.prototype.forEach.call(container.querySelectorAll('[name]'), function (input) {
      if (input.value.trim()) answers[input.name] = input.value.trim();
    });
    return answers;
  }

  // The server's 400 names each field as "answers.<key>"; anything else is shown in `fallback`.
  function showErrors(container, error, fallback) {
    Array.prototype.forEach.call(container.querySelectorAll('.field-error'), function (e) { e.textContent = ''; });
    var errors = error && error.problem && error.problem.errors;
    Object.keys(errors || {}).forEach(function (key) {
      var target = container.querySelector('[data-field="' + key.replace('answers.', '') + '"] .field-error');
      if (target) target.textContent = errors[key][0];
    });
    fallback.textContent = error ? error.message : '';
  }

  // Replaces the buttons with "<question> [yes] [no]"; yes runs `action`.
  function confirm(row, question, yesText, action, restore) {
    row.textContent = '';
    row.appendChild(el('span', 'confirm-question', question));
    var yes = el('button', 'danger', yesText);
    yes.type = 'button';
    yes.dataset.confirm = 'yes';
    yes.addEventListener('click', action);
    var no = el('button', 'link', T.t('confirm.no'));
    no.type = 'button';
    no.dataset.confirm = 'no';
    no.addEventListener('click', restore);
    row.appendChild(yes);
    row.appendChild(no);
  }

  function note(id, text) {
    var n = document.getElementById(id);
    n.textContent = text || '';
    n.hidden = !text;
  }

  function button(text, data, className) {
    var b = el('button', className || 'small', text);
    b.type = 'button';
    Object.keys(data || {}).forEach(function (k) { b.dataset[k] = data[k]; });
    return b;
  }

  window.EngageBotMemberForms = { el: el, when: when, title: title, label: label, render: render, read: read, showErrors: showErrors, confirm: confirm, note: note, button: button };
})();
