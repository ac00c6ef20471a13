using System.Collections.Concurrent;
using System.Diagnostics;
using EngageBot.Bot;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RecognizerBench;

/// <summary>Whole turns through the real adapter (state load, pipeline, dialog, one SQLite commit), 8 conversations at a time.</summary>
public static class TurnThroughput
{
    private static readonly string[] Script = ["体验课", "2", "138 0013 8000", "生病住院能报销吗", "是", "孩子喂奶的地方", "这周末有什么活动", "谢谢"];

    public static async Task RunAsync(int conversations)
    {
        var directory = Path.Combine(Path.GetTempPath(), "engagebot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var app = EngageBotApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration["ConnectionStrings:EngageBot"] = $"Data Source={Path.Combine(directory, "bench.db")}";
            builder.Services.AddSingleton<IDialog>(BenchDialog.Create());
            builder.Services.AddSingleton<IBotRoute, BenchDialog.StartRoute>();
        });
        await app.StartAsync();
        var adapter = app.Services.GetRequiredService<ChannelAdapter>();

        var latencies = new ConcurrentBag<double>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, ct) =>
        {
            foreach (var text in Script)
            {
                var start = Stopwatch.GetTimestamp();
                await adapter.ProcessAsync(Message($"bench-{c}", text), ct);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        });
        total.Stop();

        var sorted = latencies.Order().ToArray();
        Console.WriteLine($"Turns: {sorted.Length} turns in {total.Elapsed.TotalSeconds:F2} s = {sorted.Length / total.Elapsed.TotalSeconds:F0} turns/s (8 conversations in parallel, SQLite)");
        Console.WriteLine($"  per turn ms: p50 {sorted[sorted.Length / 2]:F2}  p99 {sorted[(int)(sorted.Length * 0.99)]:F2}  max {sorted[^1]:F2}");
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static EngageBot.Core.Protocol.Activity Message(string conversation, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "bench",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = "u-" + conversation, Name = "会员" },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = conversation },
        Text = text,
        DeliveryMode = "expectReplies",
    };
}
