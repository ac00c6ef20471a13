using System.Reflection;
using EngageBot.Bot;
using Microsoft.Extensions.Logging;

namespace EngageBot.Bot.Tests;

/// <summary>
/// Every [LoggerMessage] EventId in the service's assemblies is used once and lies in the range of the feature
/// that declares it, so a log query by EventId finds one message.
/// </summary>
public sealed class LogEventIdTests
{
    // EventId ranges, a hundred per feature, by the namespace that declares the log (longest prefix wins):
    //   1–99       EngageBot.Bot                          the host
    //   100–199    EngageBot.Infrastructure               database seam, migrations
    //   200–299    EngageBot.Core                         turn pipeline, state, outbox contract
    //   300–399    EngageBot.Features.Channels.BotFramework
    //   400–499    EngageBot.Features.Channels.DirectLine
    //   500–599    EngageBot.Features.Notices
    //   600–699    EngageBot.Features.Outbox
    //   700–799    EngageBot.Features.Knowledge
    //   800–899    EngageBot.Features.Handoff
    //   900–999    EngageBot.Features.Groups
    //   1000–1099  EngageBot.Features.SignUps
    //   1100–1199  EngageBot.Features.Channels.Tencent, .WeChat and .WeCom
    //   1200–1299  EngageBot.Features.Members
    //   1300–1399  EngageBot.Features.Dialogs
    //   1400–1499  EngageBot.Features.Operations
    //   1500–1599  EngageBot.Features.Privacy
    //   1600–1699  EngageBot.Features.Polls
    //   2000–2099  EngageBot.Features.Staff
    private static readonly (string Namespace, int First)[] Ranges =
    [
        ("EngageBot.Bot", 1),
        ("EngageBot.Infrastructure", 100),
        ("EngageBot.Core", 200),
        ("EngageBot.Features.Channels.BotFramework", 300),
        ("EngageBot.Features.Channels.DirectLine", 400),
        ("EngageBot.Features.Notices", 500),
        ("EngageBot.Features.Outbox", 600),
        ("EngageBot.Features.Knowledge", 700),
        ("EngageBot.Features.Handoff", 800),
        ("EngageBot.Features.Groups", 900),
        ("EngageBot.Features.SignUps", 1000),
        ("EngageBot.Features.Channels.Tencent", 1100),
        ("EngageBot.Features.Channels.WeChat", 1100),
        ("EngageBot.Features.Channels.WeCom", 1100),
        ("EngageBot.Features.Members", 1200),
        ("EngageBot.Features.Dialogs", 1300),
        ("EngageBot.Features.Operations", 1400),
        ("EngageBot.Features.Privacy", 1500),
        ("EngageBot.Features.Polls", 1600),
        ("EngageBot.Features.Staff", 2000),
    ];

    [Fact]
    public void The_service_declares_its_logs_in_every_layer()
    {
        var assemblies = Logs().Select(l => l.Method.DeclaringType!.Assembly.GetName().Name).Distinct().ToList();

        Assert.Contains("EngageBot.Bot", assemblies);
        Assert.Contains("EngageBot.Infrastructure", assemblies);
        Assert.Contains("EngageBot.Core", assemblies);
        Assert.Contains("EngageBot.Features", assemblies);
    }

    [Fact]
    public void No_EventId_is_used_twice()
    {
        var repeated = Logs()
            .GroupBy(l => l.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(l => Name(l.Method)))}")
            .ToList();

        Assert.True(repeated.Count == 0, "Repeated EventIds:\n" + string.Join('\n', repeated));
    }

    [Fact]
    public void Every_EventId_lies_in_its_features_range()
    {
        var outside = Logs()
            .Select(l => (l.Method, l.EventId, Range: RangeOf(l.Method.DeclaringType!)))
            .Where(l => l.Range is not { } first || l.EventId < first || l.EventId >= first + 100)
            .Select(l => $"{Name(l.Method)} has {l.EventId}; its range starts at {l.Range?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none: add one to the table)"}")
            .ToList();

        Assert.True(outside.Count == 0, "EventIds outside their feature's range:\n" + string.Join('\n', outside));
    }

    private static int? RangeOf(Type type) => Ranges
        .Where(r => type.Namespace == r.Namespace || type.Namespace?.StartsWith(r.Namespace + ".", StringComparison.Ordinal) == true)
        .OrderByDescending(r => r.Namespace.Length)
        .Select(r => (int?)r.First)
        .FirstOrDefault();

    private static string Name(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";

    private static List<(MethodInfo Method, int EventId)> Logs() =>
    [
        .. ServiceAssemblies()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .Select(m => (m.Method, m.Attribute!.EventId)),
    ];

    /// <summary>The host's assembly and every EngageBot assembly it references, directly or not.</summary>
    private static List<Assembly> ServiceAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(EngageBotApp).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("EngageBot.", StringComparison.Ordinal)))
            {
                pending.Enqueue(Assembly.Load(reference));
            }
        }

        return [.. found.Values];
    }
}
