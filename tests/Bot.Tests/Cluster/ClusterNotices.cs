using System.Collections.Concurrent;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;
using Npgsql;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>What the clustered notice tests share: settings, members seeded as stored references, counts read from PostgreSQL.</summary>
internal static class ClusterNotices
{
    public const string Text = "全市会员大会通知";

    /// <summary>A clustered instance on <paramref name="connectionString"/>, quiet hours off, checking in every second.</summary>
    public static Dictionary<string, string?> Settings(string connectionString)
    {
        var settings = DirectLineClient.Settings();
        settings["Storage:Provider"] = "Postgres";
        settings["ConnectionStrings:EngageBot"] = connectionString;
        settings["Cluster:Enabled"] = "true";
        settings["Cluster:CheckInInterval"] = "00:00:01";
        settings["SignUps:SeedSamples"] = "false";
        settings["Scheduler:QuietHoursStart"] = "00:00:00";
        settings["Scheduler:QuietHoursEnd"] = "00:00:00";
        settings["Delivery:PollInterval"] = "00:00:00.200";
        settings["Delivery:RatePerSecond"] = "1000";
        return settings;
    }

    /// <summary>Members m0001… stored as if they had talked to the bot through <paramref name="serviceUrl"/> (m0000 really talks).</summary>
    public static async Task SeedMembersAsync(string connectionString, string serviceUrl, int members)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        for (var i = 1; i < members; i++)
        {
            var user = "m" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var reference = new ConversationReference
            {
                ChannelId = "emulator",
                ServiceUrl = serviceUrl,
                User = new ChannelAccount { Id = user },
                Bot = new ChannelAccount { Id = "bot" },
                Conversation = new ConversationAccount { Id = "conv-" + user },
            };
            // Layout E's columns (the reference fits them: no document kept), its route inserted once.
            var route = new NpgsqlBatchCommand(
                "INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES ($1, 'bot', '') ON CONFLICT (service_url, bot_id, bot_name) DO NOTHING");
            route.Parameters.Add(new NpgsqlParameter { Value = serviceUrl });
            batch.BatchCommands.Add(route);
            var insert = new NpgsqlBatchCommand(
                """
                INSERT INTO conversation_references (member_key, key, channel_id, user_id, route, is_group, updated_at)
                VALUES ($1, $2, 'emulator', $3, (SELECT id FROM reference_routes WHERE service_url = $4 AND bot_id = 'bot' AND bot_name = ''), 0, 0)
                """);
            insert.Parameters.Add(new NpgsqlParameter { Value = "emulator/" + reference.User.Id });
            insert.Parameters.Add(new NpgsqlParameter { Value = "emulator/conv-" + user });
            insert.Parameters.Add(new NpgsqlParameter { Value = user });
            insert.Parameters.Add(new NpgsqlParameter { Value = serviceUrl });
            batch.BatchCommands.Add(insert);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(string connectionString, string sql, string? parameter = null, long? at = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }

        if (at is not null)
        {
            command.Parameters.AddWithValue("at", at.Value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until <paramref name="sql"/> (one parameter @p) returns a row; returns its first column.</summary>
    public static async Task<string> WaitForAsync(string connectionString, string sql, string parameter)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("p", parameter);
            if (await command.ExecuteScalarAsync(timeout.Token) is string value)
            {
                return value;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>Receives notices from the sink until every member has one; returns how many each got.</summary>
    public static async Task<Dictionary<string, int>> ReceiveEveryoneAsync(ChannelSink sink, int members)
    {
        var perMember = new Dictionary<string, int>();
        while (perMember.Count < members)
        {
            var received = await sink.NextAsync(TimeSpan.FromSeconds(60));
            if (received.Activity.Text == Text)
            {
                var conversation = received.Activity.Conversation!.Id!;
                perMember[conversation] = perMember.GetValueOrDefault(conversation) + 1;
            }
        }

        return perMember;
    }
}

/// <summary>Counts log events by id across every instance it is added to (one firing is EventId 500).</summary>
internal sealed class EventCounter : ILoggerProvider, ILogger
{
    private readonly ConcurrentDictionary<int, int> _counts = new();

    public int this[int eventId] => _counts.GetValueOrDefault(eventId);

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _counts.AddOrUpdate(eventId.Id, 1, (_, n) => n + 1);

    public void Dispose()
    {
    }
}
