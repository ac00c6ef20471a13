// How chats look: WeChat-like bubbles, each sender's name and initials avatar in their own colour, joins and leaves
// as small notes. The Web Chat bundle keeps its React private, so the few elements rendered here are plain React 16
// element objects made by h().
(function () {
  'use strict';

  var T = window.EngageBotText;
  var BOT_ID = 'engagebot';
  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol['for'] ? Symbol['for']('react.element') : 0xeac7;

  function h(type, props) {
    var children = Array.prototype.slice.call(arguments, 2);
    var p = Object.assign({}, props || {});
    var key = p.key === undefined ? null : String(p.key);
    delete p.key;
    if (children.length) p.children = children.length === 1 ? children[0] : children;
    return { $$typeof: REACT_ELEMENT, type: type, key: key, ref: null, props: p, _owner: null };
  }

  function initials(name) {
    var text = (name || '').trim();
    if (!text) return '?';
    if (/^[\u4e00-\u9fff]/.test(text)) return text.length > 2 ? text.slice(-2) : text;
    return text.split(/\s+/).map(function (w) { return w[0]; }).join('').slice(0, 2).toUpperCase();
  }

  var COLORS = ['#07C160', '#576B95', '#FA9D3B', '#10AEFF', '#E64340', '#9C6ADE', '#1AAD19', '#F76260'];
  function colorFor(id) {
    var sum = 0;
    for (var i = 0; i < (id || '').length; i++) sum = (sum * 31 + id.charCodeAt(i)) >>> 0;
    return COLORS[sum % COLORS.length];
  }

  function styleOptions(me) {
    return {
      backgroundColor: '#EDEDED',
      bubbleBackground: '#FFFFFF', bubbleBorderWidth: 0, bubbleBorderRadius: 6, bubbleNubSize: 6, bubbleNubOffset: 12,
      bubbleFromUserBackground: '#95EC69', bubbleFromUserBorderWidth: 0, bubbleFromUserBorderRadius: 6,
      bubbleFromUserNubSize: 6, bubbleFromUserNubOffset: 12, bubbleFromUserTextColor: '#111111', bubbleTextColor: '#111111',
      botAvatarInitials: '助', botAvatarBackgroundColor: '#07C160',
      userAvatarInitials: initials(me.name), userAvatarBackgroundColor: colorFor(me.userId),
      avatarSize: 36, avatarBorderRadius: 4, showAvatarInGroup: 'sender',
      sendBoxButtonColor: '#07C160', sendBoxHeight: 48, sendBoxBackground: '#F7F7F7',
      suggestedActionBorderColor: '#07C160', suggestedActionTextColor: '#07C160', suggestedActionBorderRadius: 16,
      primaryFont: '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
      timestampColor: '#B2B2B2'
    };
  }

  // Others' messages in a group carry their name above the bubble; joins and leaves show as small notes.
  function activityMiddleware(me, isGroup) {
    return function () {
      return function (next) {
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var activity = args[0] && args[0].activity;
          if (activity && activity.type === 'conversationUpdate' && isGroup) {
            var added = (activity.membersAdded || []).map(function (m) { return m.name || m.id; });
            var removed = (activity.membersRemoved || []).map(function (m) { return m.name || m.id; });
            var text = added.length ? T.t('chat.joined', added.join('、')) : T.t('chat.left', removed.join('、'));
            return function () { return h('div', { className: 'eb-system' }, h('span', null, text)); };
          }
          var render = next.apply(null, args);
          if (!render || !isGroup || !activity || activity.type !== 'message' || !activity.from || activity.from.id === me.userId) return render;
          // Web Chat marks everyone but me as "bot"; the real bot is told apart by its id.
          var name = activity.from.id === BOT_ID ? T.t('bot.name') : (activity.from.name || activity.from.id);
          return function () {
            var inner = render.apply(null, arguments);
            return h('div', { className: 'eb-sender' }, h('div', { className: 'eb-sender-name', key: 'n' }, name), h('div', { key: 'b' }, inner));
          };
        };
      };
    };
  }

  // Everyone gets their own initials avatar in their own colour.
  function avatarMiddleware() {
    return function () {
      return function (next) {
        return function (args) {
          var from = args.activity && args.activity.from;
          if (args.fromUser || !from || from.id === BOT_ID) return next(args);
          return function () {
            return h('div', { className: 'eb-avatar', style: { background: colorFor(from.id) } }, initials(from.name || from.id));
          };
        };
      };
    };
  }

  // Web Chat groups by role; here each sender's consecutive messages form a run (joins and leaves stand alone).
  function groupBySender() {
    return function (next) {
      return function (args) {
        var result = next(args);
        var sender = [];
        args.activities.forEach(function (activity) {
          var last = sender[sender.length - 1];
          var id = activity.type === 'message' && activity.from ? activity.from.id : null;
          var lastId = last && last[0].type === 'message' && last[0].from ? last[0].from.id : null;
          if (id && id === lastId) last.push(activity); else sender.push([activity]);
        });
        return Object.assign({}, result, { sender: sender });
      };
    };
  }

  window.EngageBotChatLook = {
    initials: initials,
    colorFor: colorFor,
    styleOptions: styleOptions,
    activityMiddleware: activityMiddleware,
    avatarMiddleware: avatarMiddleware,
    groupBySender: groupBySender
  };
})();
