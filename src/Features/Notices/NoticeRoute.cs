using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>"#公告" in a group: the bot shows the pinned group notice.</summary>
public sealed class NoticeRoute(GroupStore groups) : IBotRoute
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.Conversation?.IsGroup != true || GroupCommand.Parse(context.Text)?.Kind != GroupCommandKind.ShowNotice)
        {
            return false;
        }

        var group = await groups.FindAsync(context.Activity.Conversation.Id!, cancellationToken);
        context.Reply(string.IsNullOrWhiteSpace(group?.Notice)
            ? context.CreateReply(GroupTexts.NoNotice)
            : context.Activity.CreateReply(GroupTexts.NoticePosted.For(context.Language) + group.Notice, Localized.Locale(context.Language)));
        return true;
    }
}
