namespace EngageBot.Features.Channels.WeChat.Passive;

/// <summary>
/// The 公众号 channel's share: passive replies kept for WeChat's retries (<c>wechat_passive_replies</c>, a minute each)
/// for a follower's openid. Deleted on erasure.
/// </summary>
public sealed class PassiveRepliesPersonalData() : OpenIdRowsPersonalData(
    new("wechatPassiveReplies", "微信被动回复（保留一分钟）", "WeChat passive replies (kept a minute)"),
    "wechat_passive_replies", "open_id, msg_id, content, expires_at", "expires_at");
