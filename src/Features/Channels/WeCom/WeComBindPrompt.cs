using System.Collections.Concurrent;
using System.Globalization;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Channels.WeCom.AiBot;
using EngageBot.Features.Channels.WeCom.Robots;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// Tells a WeCom app user whom <see cref="WeComAutoBinding"/> could not bind (no roster member with their 企业微信账号,
/// no single member with their mobile) how to bind, once: an outbox message keyed by their userid, so neither another
/// instance nor a restart says it again (until the sent row is cleared away by retention or an erasure). Written
/// before their turn, so it arrives ahead of the answer. In Chinese, or English when they wrote English.
/// </summary>
public sealed class WeComBindPrompt(IOutbox outbox, ChannelBindingStore bindings, IOptions<WeComRobotOptions> robots)
{
    public const string KeyPrefix = "wecom-bind-prompt|";
    private const int MaxRemembered = 10_000;

    public static readonly Localized Text = new(
        "您的企业微信账号还没有绑定工会会员：系统没能根据您的企业微信账号或手机号在会员名册里自动找到您。请{0}，用会员号和短信验证码登录一次即可绑定；"
        + "登录不了或名册信息有误，请联系本单位工会核对名册。绑定前也可以直接提问。",
        "Your WeCom account is not linked to a union member yet: we could not find you on the member roster by your WeCom account "
        + "or mobile number. Please {0} and sign in once with your member number and SMS code to link it; if you cannot sign in or "
        + "the roster is wrong, ask your union office to check it. You can ask questions before linking.");

    // Users already told by this instance: spares the outbox a write per message (its key is what keeps it to once).
    private readonly ConcurrentDictionary<string, byte> _told = new(StringComparer.Ordinal);

    /// <summary>Writes the prompt for <paramref name="activity"/>'s sender when they act as nobody's member and have no binding.</summary>
    public async Task TellIfUnboundAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ActingMember is not null || activity.From?.Id is not { Length: > 0 } userId || _told.ContainsKey(userId))
        {
            return;
        }

        if (await bindings.FindMemberAsync(BindingChannel.WeCom, userId, cancellationToken) is not null)
        {
            return; // bound to a member who is not active now: binding again would not help
        }

        var reference = activity.GetReference();
        var key = KeyPrefix + userId;
        var message = new Activity { Type = ActivityTypes.Message, Id = key, Text = For(LanguageDetector.Detect(activity.Text) ?? Language.Chinese) };
        await outbox.EnqueueAsync(
            new OutboxMessage(key, ConversationKey.For(reference), new MemberKey(WeComActivityMapper.ChannelId, userId), reference, message), cancellationToken);
        if (_told.Count >= MaxRemembered)
        {
            _told.Clear(); // a flood of new users: a repeated no-op write is cheaper than growing without end
        }

        _told[userId] = 0;
    }

    /// <summary>The prompt in <paramref name="language"/>: the member page through the app's sign-in when its address is known.</summary>
    public string For(Language language)
    {
        var where = robots.Value.MemberPageUrl is { } page
            ? string.Format(CultureInfo.InvariantCulture, AiBotTexts.BindAt.For(language), new Uri(Root(page), "api/wecom/oauth/start"))
            : AiBotTexts.BindInWorkbench.For(language);
        return string.Format(CultureInfo.InvariantCulture, Text.For(language), where);
    }

    private static Uri Root(Uri page) => page.AbsoluteUri.EndsWith('/') ? page : new Uri(page.AbsoluteUri + "/");
}
