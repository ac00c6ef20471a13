using System.Globalization;
using System.Text;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

/// <summary>
/// 接龙 in groups: "#接龙 周六上午瑜伽 限20人" starts one; "+1", "接龙", "+1 名字" or a member's own name joins;
/// "-1" withdraws; "#结束接龙" closes it. The bot keeps one numbered list, enforces the limit, and posts the
/// list after every change. "#接龙 报名 瑜伽体验课" (or "接龙 瑜伽体验课" while none is open) ties the chain to an
/// activity: see <see cref="ActivityChain"/>.
/// </summary>
public sealed class ChainRoute(ActivityChain activityChain) : IBotRoute
{
    public static readonly StateProperty<ChainState> Chain = new("groupChain", GroupsJson.Default.ChainState);

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.Conversation?.IsGroup != true)
        {
            return false;
        }

        var sender = context.Activity.From!;
        var chain = context.State.Conversation.Get(Chain);
        var command = GroupCommand.Parse(context.Text);
        if (command is null && chain is not null && context.Text == sender.Name)
        {
            command = new GroupCommand(GroupCommandKind.JoinChain);
        }

        var forActivity = chain?.ActivityId is not null;
        switch (command?.Kind)
        {
            case GroupCommandKind.StartChain when chain is null && command.Argument is { } title && ActivityChain.TryParse(title, out var query):
                await activityChain.StartAsync(context, query, sender.Id!, cancellationToken);
                return true;
            case GroupCommandKind.StartChain:
                Start(context, chain, command, sender);
                return true;
            case GroupCommandKind.JoinChain when chain is null && command.Argument is { } named && context.Text.TrimStart().StartsWith("接龙", StringComparison.Ordinal):
                // "接龙 周六羽毛球" with no chain open (as typed after an @mention in WeCom) starts that activity's chain.
                await activityChain.StartAsync(context, named, sender.Id!, cancellationToken);
                return true;
            case GroupCommandKind.JoinChain when forActivity:
                await activityChain.JoinAsync(context, chain!, command.Argument, cancellationToken);
                return true;
            case GroupCommandKind.JoinChain:
                Join(context, chain, sender, command.Argument);
                return true;
            case GroupCommandKind.WithdrawChain when forActivity:
                await activityChain.WithdrawAsync(context, chain!, cancellationToken);
                return true;
            case GroupCommandKind.WithdrawChain:
                Withdraw(context, chain, sender);
                return true;
            case GroupCommandKind.ShowChain when forActivity:
                context.Reply(await activityChain.ListAsync(context, chain!, null, cancellationToken));
                return true;
            case GroupCommandKind.ShowChain:
                context.Reply(chain is null ? context.CreateReply(GroupTexts.NoChain) : List(context, chain, null));
                return true;
            case GroupCommandKind.EndChain when forActivity:
                context.State.Conversation.Remove(Chain);
                context.Reply(await activityChain.ListAsync(context, chain!, GroupTexts.ChainClosed, cancellationToken));
                return true;
            case GroupCommandKind.EndChain:
                End(context, chain);
                return true;
            default:
                return false;
        }
    }

    private static void Start(TurnContext context, ChainState? chain, GroupCommand command, ChannelAccount sender)
    {
        if (chain is not null)
        {
            context.Reply(GroupTexts.ChainAlreadyOpen);
        }
        else if (string.IsNullOrWhiteSpace(command.Argument))
        {
            context.Reply(GroupTexts.ChainNeedsTitle);
        }
        else if (command.Limit is < 1 or > 500)
        {
            context.Reply(GroupTexts.ChainBadLimit);
        }
        else
        {
            var started = new ChainState { Title = command.Argument, Limit = command.Limit, StartedBy = sender.Id! };
            context.State.Conversation.Set(Chain, started);
            context.Reply(List(context, started, GroupTexts.ChainStarted));
        }
    }

    private static void Join(TurnContext context, ChainState? chain, ChannelAccount sender, string? asName)
    {
        if (chain is null)
        {
            context.Reply(GroupTexts.NoChain);
            return;
        }

        var name = string.IsNullOrWhiteSpace(asName) ? (string.IsNullOrWhiteSpace(sender.Name) ? sender.Id! : sender.Name) : asName;
        var existing = chain.Entries.Select((e, i) => (e, i)).FirstOrDefault(x => x.e.MemberId == sender.Id);
        if (existing.e is not null)
        {
            context.Reply(Format(context, GroupTexts.AlreadyInChain, existing.e.Name, existing.i + 1));
            return;
        }

        if (chain.Limit is { } limit && chain.Entries.Count >= limit)
        {
            context.Reply(Format(context, GroupTexts.ChainFull, limit));
            return;
        }

        var updated = chain with { Entries = [.. chain.Entries, new ChainEntry(sender.Id!, name)] };
        context.State.Conversation.Set(Chain, updated);
        context.Reply(List(context, updated, null));
    }

    private static void Withdraw(TurnContext context, ChainState? chain, ChannelAccount sender)
    {
        if (chain is null)
        {
            context.Reply(GroupTexts.NoChain);
            return;
        }

        if (chain.Entries.All(e => e.MemberId != sender.Id))
        {
            context.Reply(Format(context, GroupTexts.NotInChain, sender.Name ?? sender.Id!));
            return;
        }

        var updated = chain with { Entries = [.. chain.Entries.Where(e => e.MemberId != sender.Id)] };
        context.State.Conversation.Set(Chain, updated);
        context.Reply(List(context, updated, null));
    }

    private static void End(TurnContext context, ChainState? chain)
    {
        if (chain is null)
        {
            context.Reply(GroupTexts.NoChain);
            return;
        }

        context.State.Conversation.Remove(Chain);
        context.Reply(List(context, chain, GroupTexts.ChainClosed));
    }

    /// <summary>The numbered list: title (and limit), then one line per member.</summary>
    private static Activity List(TurnContext context, ChainState chain, Localized? heading)
    {
        var english = context.Language == Language.English;
        var text = new StringBuilder();
        if (heading is not null)
        {
            text.AppendLine(heading.For(context.Language));
        }

        text.Append(english ? "Chain: " : "接龙：").Append(chain.Title);
        if (chain.Limit is { } limit)
        {
            var count = chain.Entries.Count;
            text.Append(english
                ? string.Create(CultureInfo.InvariantCulture, $" ({count}/{limit})")
                : string.Create(CultureInfo.InvariantCulture, $"（{count}/{limit}人）"));
        }

        for (var i = 0; i < chain.Entries.Count; i++)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"{i + 1}. {chain.Entries[i].Name}");
        }

        return context.Activity.CreateReply(text.ToString(), Localized.Locale(context.Language));
    }

    private static Activity Format(TurnContext context, Localized template, params object[] args) =>
        context.Activity.CreateReply(string.Format(CultureInfo.InvariantCulture, template.For(context.Language), args), Localized.Locale(context.Language));
}
