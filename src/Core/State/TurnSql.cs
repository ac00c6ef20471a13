namespace EngageBot.Core.State;

/// <summary>The statements of a turn's commit, shared by the SQLite path (prepared, one by one) and PostgreSQL's one batch.</summary>
internal static class TurnSql
{
    public const string Mark = "INSERT INTO processed_activities (key, processed_at) VALUES (@k, @t) ON CONFLICT (key) DO NOTHING";

    public const string Transcript = "INSERT INTO transcript (conversation_key, activity_id, direction, json, at) VALUES (@c, @a, @d, @j, @t)";

    public const string Reference =
        """
        INSERT INTO conversation_references (key, channel_id, conversation_id, user_id, service_url, is_group, json, updated_at)
        VALUES (@k, @ch, @c, @u, @s, @g, @j, @t)
        ON CONFLICT (key) DO UPDATE SET service_url = excluded.service_url, user_id = excluded.user_id,
            is_group = excluded.is_group, json = excluded.json, updated_at = excluded.updated_at
        """;

    /// <summary>The CAS write for <paramref name="expectedETag"/>: null = must not exist, "*" = any, else that version.</summary>
    public static string State(string? expectedETag) => expectedETag switch
    {
        null => "INSERT INTO state (key, json, version, updated_at) VALUES (@k, @j, 1, @t) ON CONFLICT (key) DO NOTHING",
        "*" => """
            INSERT INTO state (key, json, version, updated_at) VALUES (@k, @j, 1, @t)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, version = state.version + 1, updated_at = excluded.updated_at
            """,
        _ => "UPDATE state SET json = @j, version = version + 1, updated_at = @t WHERE key = @k AND version = @v",
    };

    /// <summary>The version a CAS write presents (-1, which no row has, for an ETag that is not a number).</summary>
    public static long Version(string expectedETag) =>
        long.TryParse(expectedETag, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : -1;
}
