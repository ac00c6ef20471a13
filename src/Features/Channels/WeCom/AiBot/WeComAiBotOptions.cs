using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// WeCom's intelligent robot (智能机器人, API mode) in group chats (<c>WeCom:AiBot:…</c>): the Token and EncodingAESKey
/// set under the robot's 接收消息 API settings. Without a Token the robot's callback is off.
/// </summary>
public sealed class WeComAiBotOptions : ICallbackChannelOptions
{
    public const string Section = "WeCom:AiBot";

    public string Token { get; set; } = string.Empty;

    public string EncodingAesKey { get; set; } = string.Empty;

    /// <summary>The receive id inside every ciphertext: empty for a company's own robot, as WeCom documents.</summary>
    public string ReceiveId { get; set; } = string.Empty;

    /// <summary>How long a message callback waits for its turn to answer in the callback itself (the rest streams).</summary>
    public TimeSpan PassiveReplyWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a reply stream is kept: WeCom asks for a stream's refresh for at most 6 minutes.</summary>
    public TimeSpan StreamLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long replies go into a message's stream. WeCom refreshes a stream for at most 6 minutes from the message
    /// (doc 100719, 流式消息刷新); a reply later than this window goes through the message's response_url instead
    /// (doc 101138), and the stream is answered finished. Kept under 6 minutes so a last refresh shows what came in time.
    /// </summary>
    public TimeSpan StreamWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Where a response_url must point (scheme, host and port): WeCom gives <c>https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=…</c>
    /// (doc 101138). Any other URL in a callback is not stored, so nothing is ever posted elsewhere.
    /// </summary>
    public Uri ResponseBaseUrl { get; set; } = new("https://qyapi.weixin.qq.com");

    /// <summary>How long a response_url can be used: one hour, once (doc 101138).</summary>
    public TimeSpan ResponseUrlLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A POST whose timestamp is further than this from now is refused (replays).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The link an unbound member is given to bind their WeCom account (the member page via <c>/api/wecom/oauth/start</c>).</summary>
    public string BindUrl { get; set; } = string.Empty;

    public bool Enabled => Token.Length > 0;

    /// <summary>The start-up check: a robot that is on has a well-formed key and sane windows.</summary>
    public static bool IsValid(WeComAiBotOptions options) =>
        !options.Enabled
        || (CallbackCipher.IsValidKey(options.EncodingAesKey)
            && options.PassiveReplyWindow > TimeSpan.Zero && options.PassiveReplyWindow < TimeSpan.FromSeconds(5)
            && options.StreamLifetime >= TimeSpan.FromMinutes(6)
            && options.StreamWindow > TimeSpan.Zero && options.StreamWindow < TimeSpan.FromMinutes(6)
            && options.ResponseBaseUrl.IsAbsoluteUri
            && options.ResponseUrlLifetime > TimeSpan.Zero && options.ResponseUrlLifetime <= TimeSpan.FromHours(1)
            && (options.BindUrl.Length == 0 || Uri.TryCreate(options.BindUrl, UriKind.Absolute, out _)));
}
