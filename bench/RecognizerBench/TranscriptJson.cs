using System.Text.Json;
using EngageBot.Core.Protocol;

namespace RecognizerBench;

/// <summary>
/// A transcript row's JSON, the serializer against <see cref="ActivityWriter"/>, on TurnBench's inbound activity and a
/// reply with buttons: CPU and bytes allocated per activity (<c>RecognizerBench json [rounds]</c>).
/// </summary>
internal static class TranscriptJson
{
    private const string Inbound = """
        {"type":"message","id":"b-1-42","channelId":"emulator","serviceUrl":"http://127.0.0.1:43777/","from":{"id":"user-17","name":"Member 17"},
         "recipient":{"id":"bot","name":"bot"},"conversation":{"id":"bench-17"},"text":"会员卡丢了怎么补办","locale":"zh-CN","timestamp":"2026-01-01T00:00:00Z"}
        """;

    private static readonly string[] Buttons = ["会员卡有什么用", "怎么申请会员卡", "转人工", "帮助"];

    public static void Run(int rounds)
    {
        var inbound = JsonSerializer.Deserialize(Inbound, ProtocolJson.Default.Activity)!;
        var reply = inbound.CreateReply("会员卡丢失后，请带身份证到工会服务窗口补办，工本费 10 元。也可以在线申请，7 个工作日内寄出。") with
        {
            SuggestedActions = new SuggestedActions
            {
                Actions = [.. Buttons.Select(t => new CardAction { Type = "imBack", Title = t, Value = JsonSerializer.SerializeToElement(t, ProtocolJson.Default.String) })],
            },
        };
        Activity[] activities = [inbound, reply];
        for (var round = 0; round < 3; round++)
        {
            Measure("serializer   ", activities, rounds, a => JsonSerializer.Serialize(a, ProtocolJson.Default.Activity));
            Measure("ActivityWriter", activities, rounds, ActivityWriter.Serialize);
        }
    }

    private static void Measure(string name, Activity[] activities, int rounds, Func<Activity, string> write)
    {
        for (var i = 0; i < 2_000; i++)
        {
            write(activities[i % activities.Length]);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var bytes = 0L;
        for (var i = 0; i < rounds; i++)
        {
            bytes += write(activities[i % activities.Length]).Length;
        }

        var perCall = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / rounds;
        Console.WriteLine($"{name}: {perCall:F2} µs CPU and {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)rounds:F0} B allocated per activity ({bytes / rounds} chars)");
    }
}
