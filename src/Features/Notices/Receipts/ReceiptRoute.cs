using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// 确认收到: the confirm button of a notice (its postBack names the notice), or "收到" / "got it" typed by a member
/// who has a notice to confirm (the newest one that reached them). Confirming twice is harmless: the member is told
/// it is done (also a typed "收到" within a day of their last confirmation). Anything else, and "收到" from a member
/// with nothing to confirm, is left to the other routes. In a group, "收到" confirms the newest notice posted into that
/// group that the member has not confirmed (<see cref="GroupReceiptStore"/>); otherwise it is members talking among
/// themselves, and the bot says nothing. A confirmation in a group is not answered one by one: the group gets one
/// gathered progress line (<see cref="ReceiptProgress"/>).
/// </summary>
public sealed class ReceiptRoute(
    NoticeStore notices, ReceiptStore receipts, GroupReceiptStore groups, OutboxDeliveries deliveries, ReceiptProgress progress, TimeProvider clock) : IBotRoute
{
    /// <summary>How far back a typed "收到" looks for a notice to confirm.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>How long after confirming a typed "收到" is still taken as about that notice (answered "already confirmed").</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(1);

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.From?.Id is null || context.Activity.ChannelId is null)
        {
            return false;
        }

        var member = MemberKey.ForSender(context.Activity);
        if (ReceiptActions.Read(context.Activity.Value) is { } pressed)
        {
            if (await notices.GetAsync(pressed, cancellationToken) is { AsksReceipt: true } notice)
            {
                await ConfirmAsync(context, notice, member, "button", cancellationToken);
            }
            else
            {
                context.Reply(ReceiptTexts.NothingToConfirm);
            }

            return true;
        }

        if (!ReceiptActions.IsTypedConfirmation(context.Text))
        {
            return false;
        }

        if (context.Activity.Conversation?.IsGroup == true)
        {
            if (await groups.OpenInGroupAsync(ConversationKey.For(context.Activity), member, clock.GetUtcNow() - Window, cancellationToken) is { } posted
                && await notices.GetAsync(posted, cancellationToken) is { } inGroup)
            {
                await ConfirmAsync(context, inGroup, member, "text", cancellationToken);
            }

            return true;
        }

        var open = await receipts.OpenForAsync(member, clock.GetUtcNow() - Window, cancellationToken);
        var reached = open.Count == 0 ? new HashSet<string>() : await deliveries.SentToAsync(member, open, cancellationToken);
        if (open.FirstOrDefault(reached.Contains) is { } newest && await notices.GetAsync(newest, cancellationToken) is { } typed)
        {
            await ConfirmAsync(context, typed, member, "text", cancellationToken);
            return true;
        }

        // "收到" again just after confirming: say it is done, rather than leave it to routes that would not understand it.
        if (await receipts.LastConfirmedAsync(member, clock.GetUtcNow() - Recent, cancellationToken) is { } last
            && await notices.GetAsync(last, cancellationToken) is { } confirmed)
        {
            await ConfirmAsync(context, confirmed, member, "text", cancellationToken);
            return true;
        }

        return false;
    }

    private async Task ConfirmAsync(TurnContext context, Notice notice, MemberKey member, string via, CancellationToken cancellationToken)
    {
        var added = await receipts.ConfirmAsync(notice.Id, member, via, clock.GetUtcNow(), cancellationToken);
        // Quiet in a group whose members were recorded for the notice (groups hosted here): the progress line speaks
        // for everyone. A group with no member list here (a WeCom group) cannot count, so the member is answered there.
        if (context.Activity.Conversation?.IsGroup == true && ConversationKey.For(context.Activity) is var group
            && (await groups.GroupsAsync(notice.Id, cancellationToken)).Contains(group))
        {
            if (added)
            {
                await progress.ScheduleAsync(notice.Id, group, cancellationToken);
            }

            return;
        }

        var english = context.Language == Language.English;
        var title = ReceiptTexts.Title(english && notice.TextEn is not null ? notice.TextEn : notice.Text);
        context.Reply(added ? ReceiptTexts.Confirmed(title) : ReceiptTexts.AlreadyConfirmed(title));
    }
}
