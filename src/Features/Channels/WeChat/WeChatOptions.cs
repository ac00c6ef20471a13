using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>The WeChat Official Account (公众号) channel (<c>WeChat:…</c>). Without a Token the channel is off.</summary>
public sealed class WeChatOptions : ICallbackChannelOptions
{
    public const string Section = "WeChat";

    /// <summary>The 公众号's AppID (开发者ID); also the receiver id inside safe-mode ciphertexts.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The AppSecret (开发者密码), used only to fetch access tokens; never logged.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The Token configured under 服务器配置, for callback signatures.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>The EncodingAESKey for safe mode (安全模式); empty = plain mode only.</summary>
    public string EncodingAesKey { get; set; } = string.Empty;

    public Uri ApiBaseUrl { get; set; } = new("https://api.weixin.qq.com");

    /// <summary>Where followers are sent to authorise (网页授权, <c>/connect/oauth2/authorize</c>) when binding their openid.</summary>
    public Uri OAuthBaseUrl { get; set; } = new("https://open.weixin.qq.com");

    /// <summary>
    /// How long a callback waits for its turn before answering <c>success</c> and sending the reply through the
    /// customer-service API instead. WeChat gives up after 5 s, so this stays well inside it.
    /// </summary>
    public TimeSpan PassiveReplyWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A POST whose timestamp is further than this from now is refused (replays).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where members sign in (the member page); sent with the welcome. Empty = no link.</summary>
    public string SignInUrl { get; set; } = string.Empty;

    /// <summary>
    /// The template (模板消息) for messages outside the 48-hour customer-service window, e.g. notices to followers
    /// who have not written lately. Empty = such messages fail with the reason WeChat gives (45015).
    /// </summary>
    public string NoticeTemplateId { get; set; } = string.Empty;

    /// <summary>The template field that carries the message text (e.g. <c>thing1</c>, as the template defines it).</summary>
    public string NoticeTemplateField { get; set; } = "content";

    public bool Enabled => Token.Length > 0;
}
