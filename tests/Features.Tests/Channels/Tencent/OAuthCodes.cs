using System.Collections.Concurrent;

namespace EngageBot.Features.Tests.Channels.Tencent;

/// <summary>
/// Web authorisation codes as both platforms document them: each names one account, works once (WeChat answers
/// 40163 "code been used" after that), and expires after 5 minutes; an unknown or expired code is 40029 "invalid code".
/// </summary>
public sealed class OAuthCodes(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Account, DateTimeOffset IssuedAt)> _issued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>What Tencent's authorize page does when <paramref name="account"/> opens the link: a fresh code for them.</summary>
    public string Issue(string account)
    {
        var code = "code" + Interlocked.Increment(ref _next) + Guid.NewGuid().ToString("N")[..12];
        _issued[code] = (account, clock.GetUtcNow());
        return code;
    }

    /// <summary>Every code issued so far is now older than 5 minutes.</summary>
    public void ExpireAll()
    {
        foreach (var code in _issued.Keys)
        {
            _issued[code] = (_issued[code].Account, DateTimeOffset.MinValue);
        }
    }

    /// <summary>The account, or WeChat's errcode: 40163 for a used code, 40029 for an unknown or expired one.</summary>
    public (string? Account, int ErrorCode) Redeem(string code)
    {
        if (!_issued.TryGetValue(code, out var issued))
        {
            return (null, 40029);
        }

        if (!_used.TryAdd(code, 0))
        {
            return (null, 40163);
        }

        return clock.GetUtcNow() - issued.IssuedAt > TimeSpan.FromMinutes(5) ? (null, 40029) : (issued.Account, 0);
    }
}
