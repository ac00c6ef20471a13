using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Outbox;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Notices;

/// <summary>
/// What staff can do with notices: create (validated, stored, then put on the schedule), cancel before they
/// fire (and stop future firings of recurring ones), read with their delivery report, and preview.
/// </summary>
public sealed class NoticeService(
    NoticeStore store,
    NoticeScheduler scheduler,
    AudienceExpander expander,
    IRosterAudience roster,
    IOptions<SchedulerOptions> options,
    UnionTime time,
    TimeProvider clock,
    IEnumerable<INoticeDraftPart> parts)
{
    public const int MaxTextLength = 4000;

    /// <summary>Checks a draft; returns the problems (empty when it can be scheduled) and the cron it will use.</summary>
    public IReadOnlyList<NoticeValidation> Validate(NoticeDraft draft, out string? quartzCron)
    {
        quartzCron = null;
        var problems = new List<NoticeValidation>();
        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            problems.Add(new("text", "text is required (the Chinese text of the notice)."));
        }
        else if (draft.Text.Length > MaxTextLength || draft.TextEn?.Length > MaxTextLength)
        {
            problems.Add(new("text", $"text may be at most {MaxTextLength} characters."));
        }

        if (draft.Audience is null || draft.Audience.IsEmpty)
        {
            problems.Add(new("audience", "audience is required: {\"all\":true} or groups, clubs, activities, units, members or wecomRobots."));
        }
        else
        {
            foreach (var (kind, ids) in new[]
            {
                (AudienceKind.Groups, draft.Audience.Groups), (AudienceKind.Clubs, draft.Audience.Clubs), (AudienceKind.Activities, draft.Audience.Activities),
                (AudienceKind.Units, draft.Audience.Units), (AudienceKind.WeComRobots, draft.Audience.WecomRobots),
            })
            {
                if (ids is { Count: > 0 } && !expander.Supports(kind))
                {
                    problems.Add(new("audience", $"audience.{kind.ToString().ToLowerInvariant()} is not available on this server yet."));
                }
            }

            if (new[] { draft.Audience.Groups, draft.Audience.Clubs, draft.Audience.Activities, draft.Audience.Members, draft.Audience.WecomRobots }
                .Any(ids => ids?.Any(string.IsNullOrWhiteSpace) == true))
            {
                problems.Add(new("audience", "audience ids must not be empty."));
            }
            else if (draft.Audience.Members?.Any(key => !MemberKey.TryParse(key, out _)) == true)
            {
                problems.Add(new("audience", "audience.members are member keys \"{channelId}/{userId}\", e.g. \"" + DirectLineChannel.ChannelId + "/dl_A001\"."));
            }

            if (draft.Audience.Conversations?.Any(key => !ConversationKey.TryParse(key, out _)) == true)
            {
                problems.Add(new("audience", "audience.conversations are conversation keys \"{channelId}/{conversationId}\"."));
            }

            if (draft.Audience.Units?.Any(u => UnitPath.Normalize(u) is null) == true)
            {
                problems.Add(new("audience", "audience.units are unit paths such as \"区总工会/基层工会\" (levels separated by '/', '>' or '→')."));
            }
        }

        if (draft.SendAt is not null && draft.Cron is not null)
        {
            problems.Add(new("cron", "give either sendAt or cron, not both."));
        }
        else if (draft.Cron is not null && (quartzCron = CronText.ToQuartz(draft.Cron)) is null)
        {
            problems.Add(new("cron", "cron must be like \"every Friday 09:00\" or a Quartz cron expression such as \"0 0 9 ? * FRI\"."));
        }
        else if (draft.SendAt is { } at && at < clock.GetUtcNow() - options.Value.MisfireGrace)
        {
            problems.Add(new("sendAt", "sendAt is in the past; leave it out to send now."));
        }

        problems.AddRange(ReceiptRules.Check(draft));
        return problems;
    }

    /// <summary>The units a valid draft names that nobody on the roster belongs to (most likely a typo).</summary>
    public async Task<IReadOnlyList<NoticeValidation>> UnknownUnitsAsync(NoticeDraft draft, CancellationToken cancellationToken)
    {
        var problems = new List<NoticeValidation>();
        foreach (var unit in draft.Audience?.Units ?? [])
        {
            if (!await roster.HasUnitAsync(UnitPath.Normalize(unit)!, cancellationToken))
            {
                problems.Add(new("audience", $"名册里没有“{unit}”这个工会，请检查名称。 / No member on the roster belongs to the unit '{unit}'; check its name."));
            }
        }

        return problems;
    }

    /// <summary>What other features say about their parts of a valid draft (the 公众号 template mapping).</summary>
    public async Task<IReadOnlyList<NoticeValidation>> CheckPartsAsync(NoticeDraft draft, CancellationToken cancellationToken)
    {
        var problems = new List<NoticeValidation>();
        foreach (var part in parts)
        {
            problems.AddRange(await part.CheckAsync(draft, cancellationToken));
        }

        return problems;
    }

    /// <summary>Stores and schedules a valid draft (call <see cref="Validate"/> first).</summary>
    public async Task<Notice> CreateAsync(NoticeDraft draft, string? createdBy, CancellationToken cancellationToken)
    {
        if (Validate(draft, out var cron) is { Count: > 0 } problems)
        {
            throw new ArgumentException(problems[0].Message, nameof(draft));
        }

        var now = clock.GetUtcNow();
        var notice = new Notice(
            "n_" + Guid.NewGuid().ToString("N")[..16],
            NoticeKinds.Notice,
            draft.Text!.Trim(),
            string.IsNullOrWhiteSpace(draft.TextEn) ? null : draft.TextEn.Trim(),
            string.IsNullOrWhiteSpace(draft.ActivityId) ? null : draft.ActivityId,
            draft.Audience! with { Units = draft.Audience.Units?.Select(u => UnitPath.Normalize(u)!).Distinct(StringComparer.Ordinal).ToList() },
            draft.SendAt,
            cron,
            time.ZoneId,
            draft.Urgent == true,
            NoticeStatus.Scheduled,
            now,
            createdBy)
        {
            AsksReceipt = draft.AskReceipt == true,
            RemindAfter = draft.RemindAfterHours is { } hours ? TimeSpan.FromHours(hours) : null,
        };

        // Row first, then the trigger: a trigger whose notice row is missing would fire into nothing.
        await store.AddAsync(notice, cancellationToken);
        foreach (var part in parts)
        {
            await part.KeepAsync(notice, draft, cancellationToken);
        }

        await scheduler.ScheduleAsync(notice, now, cancellationToken);
        return notice;
    }

    /// <summary>Cancels future firings. False when there is nothing left to cancel (a one-off that already fired).</summary>
    public async Task<bool> CancelAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (notice.Status != NoticeStatus.Scheduled)
        {
            return false;
        }

        if (!await store.SetStatusAsync(notice.Id, NoticeStatus.Scheduled, NoticeStatus.Cancelled, cancellationToken))
        {
            return false;
        }

        await scheduler.UnscheduleAsync(notice.Id, cancellationToken);
        return true;
    }

    /// <summary>How a draft would go out: audience size now and its next fire times.</summary>
    public async Task<(long Recipients, IReadOnlyList<DateTimeOffset> FireTimes)> PreviewAsync(NoticeDraft draft, string? cron, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var probe = new Notice("preview", NoticeKinds.Notice, draft.Text ?? string.Empty, draft.TextEn, draft.ActivityId, draft.Audience!, draft.SendAt, cron,
            time.ZoneId, draft.Urgent == true, NoticeStatus.Scheduled, now, null);
        var recipients = await expander.CountAsync(draft.Audience!, cancellationToken);
        return (recipients, NoticeScheduler.NextFireTimes(probe, now, 5));
    }
}
