using System.Collections.Concurrent;
using EngageBot.Core.State;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// The serviceUrls that arrived on verified requests. The Connector client sends to nothing else, so a
/// forged body can never make the bot post its token to an attacker's address. Several instances share the
/// list through the stored conversation references (saved only from verified activities): a URL another
/// instance verified is found there on the first miss.
/// </summary>
public sealed class TrustedServiceUrls(IStateStore store) : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _reload = new(1, 1);
    private long _reloads;

    public void Trust(string serviceUrl) => _urls.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    /// <summary>As <see cref="IsTrusted"/>, re-reading the stored references once on a miss (misses at once share one read).</summary>
    public async ValueTask<bool> IsTrustedAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        if (IsTrusted(serviceUrl))
        {
            return true;
        }

        var seen = Interlocked.Read(ref _reloads);
        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref _reloads) == seen)
            {
                foreach (var url in await store.ReadServiceUrlsAsync(cancellationToken))
                {
                    Trust(url);
                }

                Interlocked.Increment(ref _reloads);
            }
        }
        finally
        {
            _reload.Release();
        }

        return IsTrusted(serviceUrl);
    }

    public void Dispose() => _reload.Dispose();

    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
