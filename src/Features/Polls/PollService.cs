using System.Security.Cryptography;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Polls;

/// <summary>
/// Starts and closes polls. A group poll is stored with the outbox row that posts its card into the group; a notice
/// poll is stored first, then its notice (so the notice's buttons always find their poll) goes through the notice
/// scheduler and outbox like any notice, once per recipient. Closing posts a group poll's results in the same
/// transaction that closes it, so they are posted once; a notice poll's go to its recipients (<see cref="PollNoticeResults"/>).
/// </summary>
public sealed partial class PollService(
    PollStore polls, NoticeStore notices, NoticeScheduler scheduler, IOutbox outbox, PollNoticeResults noticeResults, UnionTime time, TimeProvider clock, ILogger<PollService> logger)
{
    public const string ClosedByDeadline = "deadline";

    /// <summary>Stores and sends a draft that passed <see cref="PollValidation"/> (and whose group or audience was checked).</summary>
    public async Task<Poll> CreateAsync(PollDraft draft, string? createdBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = "p_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var options = draft.Options!.Select(o => o.Trim()).ToList();
        var multiple = draft.Multiple == true;
        var poll = new Poll(
            id, draft.Question!.Trim(), string.IsNullOrWhiteSpace(draft.QuestionEn) ? null : draft.QuestionEn.Trim(), options,
            multiple, multiple ? draft.MaxChoices ?? options.Count : 1, draft.Anonymous == true,
            draft.GroupId?.Trim() is { Length: > 0 } group ? group : null, draft.Audience is null ? null : "n_" + id,
            draft.ClosesAt!.Value, now, createdBy)
        {
            Salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        };

        var closesLocal = time.ToLocal(poll.ClosesAt);
        if (poll.GroupId is { } groupId)
        {
            await polls.AddAsync(poll, GroupMessage("poll-card/" + id, groupId, PollMessages.GroupCard(poll, closesLocal)), now.ToUnixTimeMilliseconds(), cancellationToken);
            outbox.Wake();
        }
        else
        {
            await polls.AddAsync(poll, null, now.ToUnixTimeMilliseconds(), cancellationToken);
            var audience = draft.Audience! with { Units = draft.Audience.Units?.Select(u => UnitPath.Normalize(u)!).Distinct(StringComparer.Ordinal).ToList() };
            var notice = new Notice(poll.NoticeId!, NoticeKinds.Notice, PollMessages.Text(poll, closesLocal, english: false),
                PollMessages.Text(poll, closesLocal, english: true), null, audience, null, null, time.ZoneId, false, NoticeStatus.Scheduled, now, createdBy);
            await notices.AddAsync(notice, cancellationToken);
            await scheduler.ScheduleAsync(notice, now, cancellationToken);
        }

        LogCreated(logger, id, poll.GroupId is null ? "notice" : "group");
        return poll;
    }

    /// <summary>Closes the poll now (deadline or staff) and posts a group poll's results; false when it was already closed.</summary>
    public async Task<bool> CloseAsync(string pollId, string closedBy, CancellationToken cancellationToken)
    {
        var closed = await polls.CloseAsync(pollId, closedBy, clock.GetUtcNow(), (poll, ballots) => poll.GroupId is { } groupId
            ? GroupMessage("poll-results/" + poll.Id, groupId, new Activity
            {
                Type = ActivityTypes.Message,
                Text = PollMessages.Results(poll, PollTally.Of(poll, ballots)),
                Locale = "zh-CN",
            })
            : null, cancellationToken);
        if (closed is null)
        {
            return false;
        }

        await noticeResults.PostAsync(closed, cancellationToken); // a notice poll's results go to its recipients
        outbox.Wake();
        LogClosed(logger, pollId, closedBy == ClosedByDeadline ? ClosedByDeadline : "staff");
        return true;
    }

    /// <summary>An outbox row that posts <paramref name="activity"/> into the group's conversation (hosted here).</summary>
    private static OutboxEntry GroupMessage(string key, string groupId, Activity activity)
    {
        var reference = new ConversationReference
        {
            ChannelId = DirectLineChannel.ChannelId,
            ServiceUrl = DirectLineChannel.ServiceUrl,
            Conversation = new ConversationAccount { Id = groupId, IsGroup = true },
            Locale = "zh-CN",
        };
        return new OutboxEntry(OutboxKind.Message, key, new MemberKey(DirectLineChannel.ChannelId, groupId), new ConversationKey(DirectLineChannel.ChannelId, groupId))
        {
            ReferenceJson = JsonSerializer.Serialize(reference, ProtocolJson.Default.ConversationReference),
            Payload = JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity),
        };
    }

    [LoggerMessage(EventId = 1600, Level = LogLevel.Information, Message = "Poll {PollId} started ({Target})")]
    private static partial void LogCreated(ILogger logger, string pollId, string target);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Poll {PollId} closed by {ClosedBy}")]
    private static partial void LogClosed(ILogger logger, string pollId, string closedBy);
}
