using System.Globalization;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// What a robot user who is not bound to a rostered member may do: ask (help, knowledge questions, 近期活动) as
/// their bare account, which changes nothing of anyone's. Acting (a 接龙 command, a typed sign-up, cancel, check-in,
/// name or 我的报名, a card press) needs the member: it runs no turn, the user is told how to bind instead.
/// </summary>
public static class AiBotGate
{
    /// <summary>The text telling an unbound user how to bind, or null when <paramref name="activity"/> may run as is.</summary>
    public static string? BindFirst(Activity activity, WeComAiBotOptions options)
    {
        if (activity.ActingMember is not null)
        {
            return null;
        }

        var text = activity.Text ?? string.Empty;
        var language = LanguageDetector.Detect(text) ?? Language.Chinese;
        var chain = GroupCommand.Parse(text)?.Kind is GroupCommandKind.StartChain or GroupCommandKind.JoinChain or GroupCommandKind.WithdrawChain or GroupCommandKind.EndChain;
        var acts = activity.Value is { ValueKind: JsonValueKind.Object } || SignUpCommandParser.Parse(text) is not null;
        if (!chain && !acts)
        {
            return null;
        }

        var where = options.BindUrl.Length > 0
            ? string.Format(CultureInfo.InvariantCulture, AiBotTexts.BindAt.For(language), options.BindUrl)
            : AiBotTexts.BindInWorkbench.For(language);
        return string.Format(CultureInfo.InvariantCulture, (chain ? AiBotTexts.BindFirst : AiBotTexts.BindToAct).For(language), where);
    }
}
