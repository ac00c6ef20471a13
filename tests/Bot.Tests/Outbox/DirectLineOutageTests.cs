using System.Collections.Concurrent;
using System.Net;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Outbox;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// 1,000 members press "sign up" through Direct Line, the in-process channel, while its delivery fails for a few
/// seconds, then recovers: each member finds exactly one answer in their conversation, none is lost, and 1,000
/// sign-ups are stored.
/// </summary>
/// <remarks>
/// An in-process channel has no connection to refuse or drop: a reply is delivered by appending it to the
/// conversation's log in the service's own database, in the transaction that settles its outbox row. So its outage is
/// that write failing (a disk I/O error, a full disk, a lock or busy timeout), and that is what is injected here: the
/// append throws SQLite's I/O error inside that transaction for three seconds of the burst, rolling back the append
/// and the row's settlement together, exactly as a failed write would. The live send hands such a reply to the
/// dispatcher, whose own appends fail too until the outage ends, and retry with backoff. The members' own posts are
/// appended by the inbound side before their turns and are left working: what is under test is the delivery of the
/// answers those turns committed.
/// </remarks>
public sealed class DirectLineOutageTests : IAsyncLifetime
{
    private const int Members = 1000;
    private const int InFlight = 32;
    private FailingTranscript _transcript = null!;
    private SignUpTestHost _host = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        var settings = OutboxSettings.Fast(InFlight);
        settings["DirectLine:Secret"] = DirectLineClient.Secret;
        _host = await SignUpTestHost.StartAsync(settings: settings, services: services =>
        {
            // In place of the Direct Line sender the service registered: the same sender, with the outage in front.
            services.RemoveAll<ITransactionalActivitySender>();
            services.AddSingleton<ITransactionalActivitySender>(sp =>
                _transcript = new FailingTranscript(sp.GetRequiredService<DirectLineSender>()));
        });
        _client = new DirectLineClient(_host.Bot, DirectLineClient.Secret);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_thousand_presses_while_Direct_Line_cannot_append_each_get_exactly_one_answer()
    {
        var activityId = await _host.CreateActivityAsync(capacity: 20, startsIn: TimeSpan.FromDays(3));
        var members = new ConcurrentBag<(string ConversationId, string Token)>();
        await Parallel.ForEachAsync(Enumerable.Range(1, Members), new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (i, ct) =>
        {
            var (conversationId, token, _) = await _client.StartAsync($"dl_p{i:D4}");
            members.Add((conversationId, token));
        });

        // The burst: the outage begins once 100 answers went through, and lasts three seconds.
        _transcript.FailAfter(100);
        var press = $$$"""{"type":"message","value":{"action":"signup","activityId":"{{{activityId}}}"}}""";
        var presses = new ConcurrentDictionary<string, string>(); // conversation → the press's activity id
        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (m, ct) =>
        {
            using var response = await _client.PostAsync(m.ConversationId, m.Token, press);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the turn committed; its answer is owed
            presses[m.ConversationId] = BotHost.Json(await response.Content.ReadAsStringAsync(ct)).GetProperty("id").GetString()!;
        });

        Assert.True(_transcript.Failed > 0, "the outage refused some appends");
        await OutboxSettings.TickUntilAsync(_host.Clock, () => _host.Bot.Count("outbox WHERE kind = 'message' AND status IN ('pending', 'sending')") == 0);

        // Read back as the member's client does (with the secret: the test clock may have outlived the tokens).
        var answers = new ConcurrentDictionary<string, List<string>>();
        await Parallel.ForEachAsync(presses, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (p, ct) =>
        {
            var set = await _client.GetActivitiesAsync(p.Key, DirectLineClient.Secret);
            answers[p.Key] = [.. set.GetProperty("activities").EnumerateArray()
                .Where(a => a.TryGetProperty("replyToId", out var to) && to.GetString() == p.Value)
                .Select(a => a.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty)];
        });

        Assert.Equal(Members, answers.Count);
        Assert.All(answers.Values, a => Assert.Single(a));
        Assert.Equal(20, answers.Values.Count(a => a[0].StartsWith("报名成功", StringComparison.Ordinal)));
        Assert.Equal(980, answers.Values.Count(a => a[0].Contains("已进入候补", StringComparison.Ordinal)));
        Assert.Equal(Members, _host.Bot.Count("signups WHERE status <> 'cancelled'"));
        Assert.Equal(0, _host.Bot.Count("outbox WHERE kind = 'message' AND status <> 'sent'"));
    }
}
