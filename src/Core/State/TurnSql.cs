namespace EngageBot.Core.State;

/// <summary>The statements of a turn's commit, shared by the SQLite path (prepared, one by one) and PostgreSQL's one batch.</summary>
internal static class TurnSql
{
    public const string Mark = "INSERT INTO processed_activities (key, processed_at) VALUES (@k, @t) ON CONFLICT (key) DO NOTHING";

    // @j: SQLite is given the JSON's UTF-8 bytes (StoredJson), which the cast stores as the TEXT the string gave.
    public const string Transcript = "INSERT INTO transcript (conversation_key, activity_id, direction, json, at) VALUES (@c, @a, @d, CAST(@j AS TEXT), @t)";

    // Layout E: one B-tree keyed by (member, key), small columns, the route by id (ReferenceRows).
    public const string Reference =
        """
        INSERT INTO conversation_references (member_key, key, channel_id, user_id, user_name, route, is_group, locale, conversation_type, tenant_id, extra, updated_at)
        VALUES (@m, @k, @ch, @u, @un, (SELECT id FROM reference_routes WHERE service_url = @s AND bot_id = @bi AND bot_name = @bn),
            @g, @l, @ct, @tn, @x, @t)
        ON CONFLICT (member_key, key) DO UPDATE SET user_id = excluded.user_id, user_name = excluded.user_name, route = excluded.route,
            is_group = excluded.is_group, locale = excluded.locale, conversation_type = excluded.conversation_type,
            tenant_id = excluded.tenant_id, extra = excluded.extra, updated_at = excluded.updated_at
        """;

    /// <summary>A route not seen committed yet, written before the reference that refers to it.</summary>
    public const string Route =
        "INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES (@s, @bi, @bn) ON CONFLICT (service_url, bot_id, bot_name) DO NOTHING";

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
