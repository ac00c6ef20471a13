using EngageBot.Core.State;
using Quartz;

namespace EngageBot.Features.Notices;

/// <summary>Posts a notice's progress line into a group (<see cref="ReceiptProgress"/>), once its gathering time is up.</summary>
public sealed class ReceiptProgressJob(ReceiptProgress progress) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var noticeId = data.GetString(JobKeys.NoticeId) ?? throw new JobExecutionException("Receipt progress job without a notice id.");
        var group = data.GetString(JobKeys.GroupKey) is { } key && ConversationKey.TryParse(key, out var parsed)
            ? parsed
            : throw new JobExecutionException("Receipt progress job without a group.");
        await progress.PostAsync(noticeId, group, cancellationToken);
    }
}
