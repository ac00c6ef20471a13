namespace EngageBot.Features.Channels.WeChat.Followers;

/// <summary>The 公众号 channel's follow state of an openid (<c>wechat_follow_state</c>): exported, and deleted on erasure.</summary>
public sealed class FollowStatePersonalData() : OpenIdRowsPersonalData(
    new("wechatFollowState", "是否关注公众号", "Following the WeChat account"), "wechat_follow_state", "open_id, following, at", "at");
