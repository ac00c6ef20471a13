using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot;
using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EngageBot.TestKit;

/// <summary>
/// The whole service on a real Kestrel server, loopback port 0, with its own SQLite file. Disposing it
/// stops the server but keeps the file, so a second host on the same file is a restart.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, string databasePath, string smsFilePath)
    {
        _app = app;
        DatabasePath = databasePath;
        SmsFilePath = smsFilePath;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        Http = new HttpClient { BaseAddress = BaseAddress };
        Admin = new HttpClient(new StaffTokenHandler(BaseAddress)) { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>A client for /api/admin, signed in as the bootstrap admin every test host has.</summary>
    public HttpClient Admin { get; }

    public string DatabasePath { get; }

    /// <summary>Where the File SMS sender every test host uses writes sign-in codes (see <see cref="MemberSignInExtensions"/>).</summary>
    public string SmsFilePath { get; }

    public IServiceProvider Services => _app.Services;

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), "engagebot.db");

    public static async Task<BotHost> StartAsync(
        string? databasePath = null,
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        databasePath ??= NewDatabasePath();
        var smsFilePath = Path.Combine(Path.GetDirectoryName(databasePath)!, "sms.jsonl");
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:EngageBot"] = $"Data Source={databasePath}",
            ["Turns:TypingDelay"] = "00:00:05",
            ["Sms:Provider"] = "File",
            ["Sms:FilePath"] = smsFilePath,
            // Many hosts share one test process: a full compacting collection at each start would walk all their heaps
            // (StartupCollectionTests tests the collection itself).
            ["NativeHeap:CollectAfterStart"] = "false",
        };
        foreach (var (key, value) in StaffTokenHandler.Settings)
        {
            values[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        // As command-line arguments, so the settings are there while services are registered (the telemetry exporters
        // and Quartz's clustering are decided then, as in production); again in memory, where a null removes a key.
        string[] args = [.. values.Where(v => v.Value is not null).Select(v => $"--{v.Key}={v.Value}")];
        var app = EngageBotApp.Build(args, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            if (Environment.GetEnvironmentVariable("ENGAGEBOT_TEST_ERRORS") is { Length: > 0 } errors)
            {
                builder.Logging.AddProvider(new FileErrorLog(errors));
            }

            builder.Configuration.AddInMemoryCollection(values);
            // The bot's token client trusts the loopback Entra stand-in's certificate (ChannelAuthServer), and only it.
            builder.Services.AddHttpClient("bot-token").ConfigurePrimaryHttpMessageHandler(LoopbackTls.TrustingHandler);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new BotHost(app, databasePath, smsFilePath);
    }

    /// <summary>Posts an activity to /api/messages as a channel would.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = JsonContent.Create(activity, ProtocolJson.Default.Activity),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Counts rows of a table straight from the SQLite file, to prove what a request did or did not write.</summary>
    public long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>The notice's report once <paramref name="recipients"/> are written (a firing writes them in pages) and none is pending.</summary>
    public async Task<JsonElement> SettledNoticeReportAsync(string noticeId, long recipients = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var report = (await Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{noticeId}", timeout.Token)).GetProperty("report");
            if (report.GetProperty("recipients").GetInt64() >= recipients && report.GetProperty("pending").GetInt64() == 0)
            {
                return report;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
