using System.Collections.Concurrent;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Members.Roster;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// Binds a WeCom app user to their roster member without a sign-in when the roster already says who they are: the
/// first time an unbound userid writes (again a day later, in case the roster changed), WeCom's 读取成员
/// (<c>user/get</c>) gives their mobile when the app may see it; the one active member with that userid in the
/// roster's 企业微信账号 column, or else with that mobile, is bound. A member who already bound a WeCom account keeps
/// it. Nobody matched: the user writes as their own account and binds through the member page, as before. The
/// mobile is compared and forgotten; neither it nor the userid is logged.
/// </summary>
public sealed partial class WeComAutoBinding(
    ChannelBindingStore bindings, IMemberRoster roster, WeComApiClient api, TimeProvider clock, ILogger<WeComAutoBinding> logger)
{
    private const int MaxRemembered = 10_000;
    private static readonly TimeSpan LookAgainAfter = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lookedUp = new(StringComparer.Ordinal);

    public async Task BindIfKnownAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_lookedUp.TryGetValue(userId, out var at) && now - at < LookAgainAfter)
        {
            return;
        }

        if (await bindings.FindMemberAsync(BindingChannel.WeCom, userId, cancellationToken) is not null)
        {
            return;
        }

        Remember(userId, now);
        string? mobile = null;
        var lookedUp = true;
        try
        {
            mobile = await api.MobileOfAsync(userId, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // 60011 (no privilege for this user) and friends: the roster's userid column may still know them.
            lookedUp = false;
            LogLookupFailed(logger, (ex as TencentApiException)?.ErrorCode);
        }

        if (await roster.FindByWeComAccountAsync(userId, mobile, cancellationToken) is not { } number)
        {
            if (!lookedUp)
            {
                _lookedUp.TryRemove(userId, out _); // try WeCom again on their next message
            }

            LogNotFound(logger, mobile is not null);
            return;
        }

        if ((await bindings.ListForMemberAsync(number, cancellationToken)).Any(b => b.Channel == BindingChannel.WeCom))
        {
            LogMemberHasAccount(logger);
            return;
        }

        var outcome = await bindings.BindAccountAsync(BindingChannel.WeCom, userId, number, now, cancellationToken);
        LogBound(logger, outcome);
    }

    private void Remember(string userId, DateTimeOffset now)
    {
        if (_lookedUp.Count >= MaxRemembered)
        {
            foreach (var stale in _lookedUp.Where(e => now - e.Value >= LookAgainAfter).Select(e => e.Key).ToList())
            {
                _lookedUp.TryRemove(stale, out _);
            }

            if (_lookedUp.Count >= MaxRemembered)
            {
                _lookedUp.Clear(); // a flood of new users: looking some up twice is cheaper than growing without end
            }
        }

        _lookedUp[userId] = now;
    }

    [LoggerMessage(EventId = 1170, Level = LogLevel.Information, Message = "WeCom user bound to a roster member automatically: {Outcome}")]
    private static partial void LogBound(ILogger logger, BindOutcome outcome);

    [LoggerMessage(EventId = 1171, Level = LogLevel.Information, Message = "WeCom user not on the roster by userid or mobile (WeCom gave a mobile: {HadMobile})")]
    private static partial void LogNotFound(ILogger logger, bool hadMobile);

    [LoggerMessage(EventId = 1172, Level = LogLevel.Warning, Message = "WeCom user/get failed (errcode {ErrorCode}); matching by the roster's userid only")]
    private static partial void LogLookupFailed(ILogger logger, int? errorCode);

    [LoggerMessage(EventId = 1173, Level = LogLevel.Information, Message = "WeCom user matches a roster member who already bound another WeCom account: not bound")]
    private static partial void LogMemberHasAccount(ILogger logger);
}
