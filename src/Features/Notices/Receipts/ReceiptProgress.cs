using System.Globalization;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.DirectLine;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Notices;

/// <summary>
/// The group's view of a notice's receipts: one progress line ("已确认 37/120") instead of a reply to every member who
/// confirms. A union group of 200 would otherwise get 200 bot replies in an hour, which buries the notice itself and
/// is what WeCom/DingTalk users never see (their 回执 is silent for the reader; the count is shown on the message). So
/// a member's confirmation in a group is answered by nobody at once: the first one schedules the line
/// <see cref="SchedulerOptions.ReceiptProgressEvery"/> later (Quartz, persistent), confirmations meanwhile share it, and
/// the line counts everyone confirmed when it goes out. The outbox key carries the count, so the same line is never
/// posted twice (a recovered job, two instances) and a line with no news is not posted at all.
/// </summary>
public sealed class ReceiptProgress(
    ISchedulerFactory schedulers, NoticeStore notices, GroupReceiptStore groups, IStateStore states, IOutbox outbox, IOptions<SchedulerOptions> options, TimeProvider clock)
{
    /// <summary>Makes sure a progress line for the notice in <paramref name="group"/> is coming; one pending line at a time.</summary>
    public async Task ScheduleAsync(string noticeId, ConversationKey group, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = JobKeys.ReceiptProgress(noticeId, group.Format());
        if (await scheduler.Exists(key, cancellationToken))
        {
            return; // a line is already coming: it will count this confirmation too
        }

        var job = JobBuilder.Create<ReceiptProgressJob>().WithIdentity(key)
            .UsingJobData(JobKeys.NoticeId, noticeId).UsingJobData(JobKeys.GroupKey, group.Format()).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(key.Name, JobKeys.ReceiptProgressGroup).ForJob(job)
            .StartAt(clock.GetUtcNow() + options.Value.ReceiptProgressEvery)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another turn (or instance) scheduled it between the check and here: that line counts this one too.
        }
    }

    /// <summary>Posts the line now (what the job does); false when there is nothing new to say or nowhere to say it.</summary>
    public async Task<bool> PostAsync(string noticeId, ConversationKey group, CancellationToken cancellationToken)
    {
        if (await notices.GetAsync(noticeId, cancellationToken) is not { Status: not NoticeStatus.Cancelled } notice
            || (await groups.CountAsync(noticeId, cancellationToken)).FirstOrDefault(c => c.Group == group) is not { Confirmed: > 0 } count
            || await ReferenceAsync(group, cancellationToken) is not { } reference)
        {
            return false;
        }

        var text = ReceiptTexts.Progress(ReceiptTexts.Title(notice.Text), count.Confirmed, count.Members);
        var textEn = notice.TextEn is null ? null : ReceiptTexts.ProgressEn(ReceiptTexts.Title(notice.TextEn), count.Confirmed, count.Members);
        var key = string.Create(CultureInfo.InvariantCulture, $"receipt-progress|{noticeId}|{group.Format()}|{count.Confirmed}");
        var activity = new Activity
        {
            Id = key,
            Type = ActivityTypes.Message,
            ChannelId = reference.ChannelId,
            Conversation = reference.Conversation,
            From = reference.Bot,
            Text = textEn is null ? text : text + "\n" + textEn,
            Locale = "zh-CN",
        };
        await outbox.EnqueueAsync(new OutboxMessage(key, group, new MemberKey(group.ChannelId, group.ConversationId), reference, activity), cancellationToken);
        return true;
    }

    private async Task<ConversationReference?> ReferenceAsync(ConversationKey group, CancellationToken cancellationToken)
    {
        // A group's reference is stored under the group itself.
        if (await states.GetReferenceAsync(new MemberKey(group.ChannelId, group.ConversationId), group, cancellationToken) is { } stored)
        {
            return stored.Reference;
        }

        // A group hosted here can always be posted to (as polls do), even if its reference was never stored.
        return group.ChannelId == DirectLineChannel.ChannelId
            ? new ConversationReference
            {
                ChannelId = DirectLineChannel.ChannelId,
                ServiceUrl = DirectLineChannel.ServiceUrl,
                Conversation = new ConversationAccount { Id = group.ConversationId, IsGroup = true },
                Locale = "zh-CN",
            }
            : null;
    }
}
