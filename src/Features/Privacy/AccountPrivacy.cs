using EngageBot.Core.Privacy;
using EngageBot.Core.State;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Channels.WeChat;
using EngageBot.Features.Channels.WeCom;
using EngageBot.Features.Channels.WeCom.AiBot;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Privacy;

/// <summary>What staff asked about one account that is not on the roster.</summary>
public enum AccountStatus
{
    /// <summary>Nothing is stored under it (never wrote, or erased already).</summary>
    Unknown,

    /// <summary>It is bound to a rostered member: export or erase the member, which covers the account.</summary>
    BoundToMember,

    Found,
}

/// <summary>
/// Export and erasure of a WeChat or WeCom person known only by their account (openid / userid), not on the roster:
/// the same shares as a member's, run for <see cref="DataSubjects.ForAccount"/>, the erasure in one transaction. An
/// account bound to a member is the member's, and goes with them.
/// </summary>
public sealed class AccountPrivacy(
    IDatabase database, PersonalDataShares shares, PersonalDataService members, IEnumerable<IDataSubjectLinks> links,
    ConversationDirectory conversations, TimeProvider clock, ILogger<PersonalDataService> logger)
{
    /// <summary>
    /// The channels whose 1:1 chat is named after the account, so the account alone finds everything: WeChat, the
    /// WeCom app and the WeCom intelligent robot (whose 1:1 chat is named after the userid too).
    /// </summary>
    public static bool IsAccountChannel(string channelId) =>
        channelId is WeChatActivityMapper.ChannelId or WeComActivityMapper.ChannelId or WeComAiBotMapper.ChannelId;

    /// <summary>The account as a subject on every channel it writes on under that id (a WeCom userid: the app and the robot).</summary>
    public static IReadOnlyList<DataSubject> Subjects(MemberKey account) =>
        BindingChannels.TryParseAccount(account.ChannelId, out var channel)
            ? [.. channel.AccountChannelIds().Select(c => DataSubjects.ForAccount(new MemberKey(c, account.UserId)))]
            : [DataSubjects.ForAccount(account)];

    public async Task<(AccountStatus Status, string? MemberNumber)> FindAsync(MemberKey account, CancellationToken cancellationToken)
    {
        foreach (var link in links)
        {
            if (await link.MemberOfAsync(account, cancellationToken) is { } number)
            {
                return (AccountStatus.BoundToMember, number);
            }
        }

        var known = await conversations.KnownDirectAsync([.. Subjects(account).Select(s => new DirectConversation(s.Member, s.DirectConversation))], cancellationToken);
        return (known.Count > 0 ? AccountStatus.Found : AccountStatus.Unknown, null);
    }

    public Task<PersonalDataExport> ExportAsync(MemberKey account, CancellationToken cancellationToken) =>
        members.ExportAsync(Subjects(account), account.Format(), cancellationToken);

    public async Task<ErasureReport> EraseAsync(MemberKey account, string? staffId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // No erasure record: it would keep the very openid the person asked to be forgotten; the audit log has the request.
        var tables = await database.WriteAsync(
            (connection, transaction) => shares.EraseAsync(Subjects(account), connection, transaction, now.ToUnixTimeMilliseconds(), cancellationToken),
            cancellationToken);
        var report = new ErasureReport(account.Format(), AlreadyErased: false, now, tables.Sum(t => t.Deleted), tables.Sum(t => t.Anonymised), tables);
        PrivacyLog.Erased(logger, staffId, again: false, report.Deleted, report.Anonymised);
        return report;
    }
}
