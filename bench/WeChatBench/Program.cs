using System.Diagnostics;
using System.Globalization;
using System.Text;
using EngageBot.Bot;
using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Passive-reply latency of the 公众号 channel: N followers (default 200) each send M messages one after another, as
// people do, signed as WeChat signs them, all followers at once; each request is timed until its passive reply
// arrives. The service runs in this process on a SQLite file, the WeChat API is never called (every turn fits
// the passive window). Usage: WeChatBench [followers=200] [messagesPerFollower=25] [pauseMs=0]
// pauseMs is how long a follower waits after an answer before writing again (reading it, typing). 0 is a closed loop
// with no pause: the saturation case, where latency is mostly queueing (followers / throughput).
var followers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var perFollower = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
var pause = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);
const string Token = "bench-token";
var directory = Path.Combine(Path.GetTempPath(), "engagebot-bench", Guid.NewGuid().ToString("N"));
var app = EngageBotApp.Build([], builder =>
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:EngageBot"] = $"Data Source={Path.Combine(directory, "bench.db")}",
        ["WeChat:AppId"] = "wxbench0000000000",
        ["WeChat:AppSecret"] = "bench-secret",
        ["WeChat:Token"] = Token,
        ["WeChat:ApiBaseUrl"] = "http://127.0.0.1:9/",
    });
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
using var http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
string[] questions = ["帮助", "近期活动", "会员服务卡怎么办理", "我的报名", "职工互助保障有哪些", "法律援助", "母婴关爱室在哪里"];
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Console.WriteLine($"cores: {Environment.ProcessorCount}, followers: {followers}, messages each: {perFollower}, pause: {pause.TotalMilliseconds} ms, load average before: {load}");

await RunAsync(followers: 20, perFollower: 5, report: false); // warm-up: JIT, connection pool, SQLite caches
var (latencies, passive, other, wall) = await RunAsync(followers, perFollower, report: true);
latencies.Sort();
double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests: {latencies.Count} in {wall.TotalSeconds:F1} s ({latencies.Count / wall.TotalSeconds:F0}/s); passive replies: {passive}, other answers: {other}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency ms: p50 {P(0.50):F1}, p90 {P(0.90):F1}, p99 {P(0.99):F1}, max {latencies[^1]:F1}"));
Console.WriteLine($"load average after: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
await app.StopAsync();
Directory.Delete(directory, recursive: true);

async Task<(List<double> Latencies, int Passive, int Other, TimeSpan Wall)> RunAsync(int followers, int perFollower, bool report)
{
    var all = new List<double>[followers];
    var passive = 0;
    var other = 0;
    var wall = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, followers).Select(f => Task.Run(async () =>
    {
        var mine = all[f] = new List<double>(perFollower);
        if (report && pause > TimeSpan.Zero)
        {
            await Task.Delay(Random.Shared.Next((int)pause.TotalMilliseconds)); // people don't all write in the same instant
        }
        for (var m = 0; m < perFollower; m++)
        {
            var openId = string.Create(CultureInfo.InvariantCulture, $"o_bench_{(report ? "r" : "w")}_{f:D4}");
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var nonce = Random.Shared.Next().ToString(CultureInfo.InvariantCulture);
            var xml = $"<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>" +
                $"<CreateTime>{now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{questions[(f + m) % questions.Length]}]]></Content>" +
                $"<MsgId>{(report ? 1 : 2)}{f:D5}{m:D5}</MsgId></xml>";
            var uri = new Uri($"api/wechat?signature={CallbackSignature.Compute(Token, now, nonce)}&timestamp={now}&nonce={nonce}", UriKind.Relative);
            var watch = Stopwatch.StartNew();
            using var response = await http.PostAsync(uri, new StringContent(xml, Encoding.UTF8, "text/xml"));
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            mine.Add(watch.Elapsed.TotalMilliseconds);
            if (report && pause > TimeSpan.Zero)
            {
                await Task.Delay(pause);
            }
            if (response.IsSuccessStatusCode && body.StartsWith("<xml>", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref passive);
            }
            else
            {
                Interlocked.Increment(ref other);
            }
        }
    })));
    wall.Stop();
    return ([.. all.SelectMany(x => x)], passive, other, wall.Elapsed);
}
