using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using EngageBot.Features.Outbox;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Notices;

/// <summary>
/// "/notice 周六9点瑜伽课取消" posted in a group by staff: published at once (urgent, so quiet hours do not hold
/// it) to that group through the outbox; "/notice 需确认 …" (en "--receipt") asks every member of the group to confirm
/// it (确认收到), as the console's checkbox does. Anyone else gets a short explanation and nothing is sent.
/// </summary>
public sealed class NoticeCommandRoute(IStaffDirectory staff, NoticeService notices) : IBotRoute
{
    private static readonly Localized NotStaff = new("只有工会工作人员可以发布通知哦。如需发通知，请联系工会。", "Only union staff can publish notices. Please ask the union office.");
    private static readonly Localized GroupsOnly = new("请在群聊里发送“/notice 通知内容”，或在管理后台安排通知。", "Send \"/notice your text\" in a group chat, or schedule notices in the staff console.");
    private static readonly Localized Empty = new(
        "请在 /notice 后面写上通知内容，例如：/notice 周六9点瑜伽课取消；要大家确认收到：/notice 需确认 周五上午体检，请空腹",
        "Add the text after /notice, for example: /notice Saturday 9am yoga is cancelled; to ask everyone to confirm: /notice --receipt Health check on Friday");

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!NoticeCommand.TryParse(context.Text, out var body))
        {
            return false;
        }

        var askReceipt = NoticeCommand.TakeReceiptFlag(ref body);
        var activity = context.Activity;
        if (string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return false;
        }

        var sender = MemberKey.ForSender(activity);
        if (!await staff.IsStaffAsync(sender, cancellationToken))
        {
            context.Reply(NotStaff);
        }
        else if (activity.Conversation.IsGroup != true)
        {
            context.Reply(GroupsOnly);
        }
        else if (body.Length == 0 || body.Length > NoticeService.MaxTextLength)
        {
            context.Reply(Empty);
        }
        else
        {
            var group = ConversationKey.For(activity);
            await notices.CreateAsync(
                new NoticeDraft { Text = body, Audience = new NoticeAudience { Conversations = [group.Format()] }, Urgent = true, AskReceipt = askReceipt ? true : null },
                sender.Format(),
                cancellationToken);
        }

        return true;
    }
}
