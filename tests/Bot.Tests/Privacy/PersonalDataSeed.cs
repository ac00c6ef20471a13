using System.Globalization;
using EngageBot.Core.Privacy;
using EngageBot.Features.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Bot.Tests.Privacy;

/// <summary>
/// Puts a row about a member in every table that holds personal data (SQL both providers accept), and counts them:
/// the 1:1 chat, a message in a shared group, a sign-up, a hand-off ticket, notice deliveries, a subscription.
/// </summary>
public static class PersonalDataSeed
{
    public const string ActivityId = "act-privacy";
    public const string GroupId = "g_privacy";
    public const int Capacity = 5;

    public static string SecretText(string memberNumber) => $"{memberNumber} 的私密消息";

    public static string ServiceUrl(string memberNumber) => $"https://{memberNumber.ToLowerInvariant()}.service.example/";

    public static async Task SharedAsync(IDatabase database)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await ExecuteAsync(database,
            """
            INSERT INTO activities (id, title, starts_at, capacity, checkin_code, created_at, updated_at)
            VALUES (@id, '周六瑜伽', @starts, @cap, '123456', @t, @t)
            """, ("@id", ActivityId), ("@starts", now + 86_400_000), ("@cap", Capacity), ("@t", now));
        await ExecuteAsync(database,
            "INSERT INTO chat_groups (group_id, name, invite_code, created_by, created_at) VALUES (@g, '瑜伽群', 'INVITE1', 'staff', @t)",
            ("@g", GroupId), ("@t", now));
        await ExecuteAsync(database, "INSERT INTO dl_conversations (conversation_id, is_group, last_seq, created_at) VALUES (@g, 1, 100, @t)",
            ("@g", GroupId), ("@t", now));
    }

    /// <summary>A 接龙 in the group's conversation state with a line for each member, started by the first.</summary>
    public static Task ChainAsync(IDatabase database, params string[] memberNumbers)
    {
        var users = memberNumbers.Select(n => DataSubjects.For(n).UserId).ToList();
        var entries = string.Join(',', memberNumbers.Select((n, i) => $$"""{"memberId":"{{users[i]}}","name":"{{ChainName(n)}}"}"""));
        var json = $$$"""{"groupChain":{"title":"周六瑜伽","startedBy":"{{{users[0]}}}","entries":[{{{entries}}}]}}""";
        return ExecuteAsync(database, "INSERT INTO state (key, json, version, updated_at) VALUES (@k, @j, 3, 1)", ("@k", ChainKey), ("@j", json));
    }

    public const string ChainKey = "conversation/engagebot/" + GroupId;

    public static string ChainName(string memberNumber) => "接龙名" + memberNumber;

    public static async Task MemberAsync(IDatabase database, string memberNumber, int seq)
    {
        var s = DataSubjects.For(memberNumber);
        var (me, chat, conversationId, user) = (s.Member.Format(), s.DirectConversation.Format(), s.DirectConversation.ConversationId, s.UserId);
        var t = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var message = $$"""{"type":"message","channelId":"engagebot","from":{"id":"{{user}}","name":"{{memberNumber}}"},"text":"{{SecretText(memberNumber)}}"}""";
        await ExecuteAsync(database, "INSERT INTO state (key, json, version, updated_at) VALUES (@k, '{}', 1, @t) ON CONFLICT (key) DO NOTHING", ("@k", "user/" + me), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO state (key, json, version, updated_at) VALUES (@k, '{}', 1, @t) ON CONFLICT (key) DO NOTHING", ("@k", "conversation/" + chat), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO transcript (conversation_key, activity_id, direction, json, at) VALUES (@c, 'a1', 'in', @j, @t)", ("@c", chat), ("@j", message), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO transcript (conversation_key, activity_id, direction, json, at) VALUES (@c, @a, 'in', @j, @t)",
            ("@c", "engagebot/" + GroupId), ("@a", "g" + seq), ("@j", message), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO processed_activities (key, processed_at) VALUES (@k, @t)", ("@k", chat + "/a1"), ("@t", t));
        // Each member's chat on a serviceUrl of its own: erasing the last reference on it ends its trust.
        await ExecuteAsync(database, "INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES (@s, '', '') ON CONFLICT (service_url, bot_id, bot_name) DO NOTHING",
            ("@s", ServiceUrl(memberNumber)));
        await ExecuteAsync(database,
            """
            INSERT INTO conversation_references (member_key, key, channel_id, user_id, route, is_group, updated_at)
            VALUES (@m, @k, 'engagebot', @u, (SELECT id FROM reference_routes WHERE service_url = @s AND bot_id = '' AND bot_name = ''), 0, @t)
            ON CONFLICT (member_key, key) DO NOTHING
            """, ("@m", me), ("@k", chat), ("@u", user), ("@s", ServiceUrl(memberNumber)), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO dl_conversations (conversation_id, is_group, last_seq, created_at) VALUES (@c, 0, 1, @t) ON CONFLICT (conversation_id) DO NOTHING",
            ("@c", conversationId), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO dl_activities (conversation_id, seq, json, at) VALUES (@c, 1, @j, @t)", ("@c", conversationId), ("@j", message), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO dl_activities (conversation_id, seq, json, at) VALUES (@c, @s, @j, @t)", ("@c", GroupId), ("@s", seq), ("@j", message), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO dl_attachments (id, conversation_id, content_type, name, content, created_at) VALUES (@id, @c, 'image/png', 'a.png', @b, @t)",
            ("@id", "att-" + memberNumber), ("@c", conversationId), ("@b", new byte[] { 1, 2, 3 }), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO chat_group_members (group_id, member_id, name, joined_at) VALUES (@g, @u, @n, @t)",
            ("@g", GroupId), ("@u", user), ("@n", "群名片" + memberNumber), ("@t", t));
        await ExecuteAsync(database,
            """
            INSERT INTO signups (activity_id, member_key, channel_id, user_id, display_name, status, language, conversation_key, conversation_member, source_key, signed_up_at, confirmed_at, updated_at)
            VALUES (@a, @k, 'engagebot', @u, @n, 'confirmed', 'zh', @c, @k, @src, @t, @t, @t)
            """, ("@a", ActivityId), ("@k", me), ("@u", user), ("@n", "报名名" + memberNumber), ("@c", chat), ("@src", chat + "/a1"), ("@t", t));
        await ExecuteAsync(database,
            """
            INSERT INTO handoff_tickets (id, conversation_key, member_id, member_name, status, reason, language, created_at)
            VALUES (@id, @c, @u, @n, 'waiting', 'asked', 'zh', @t)
            """, ("@id", "ticket-" + memberNumber), ("@c", chat), ("@u", user), ("@n", "工单名" + memberNumber), ("@t", t));
        await ExecuteAsync(database, "INSERT INTO notice_subscriptions (member_key, subscribed, updated_at) VALUES (@k, 0, @t)", ("@k", me), ("@t", t));
        foreach (var status in new[] { "sent", "pending" })
        {
            // The pending one due in an hour: the dispatcher must not take it before the test erases it (it polls
            // every second; a slow run once let it fail the row, and the erasure found nothing pending to skip).
            await ExecuteAsync(database,
                """
                INSERT INTO outbox (idempotency_key, kind, notice_id, firing_id, member_key, reference_key, reference_member, payload, status, attempts, next_attempt_at, created_at, updated_at)
                VALUES (@i, 'notice', 'n1', @f, @k, @c, @k, @p, @s, 0, @due, @t, @t)
                """, ("@i", $"n1@{status}|{me}"), ("@f", "n1@" + status), ("@k", me), ("@c", chat), ("@p", message), ("@s", status), ("@due", t + 3_600_000), ("@t", t));
        }
    }

    /// <summary>How many rows of each table name the member (by number, user id, member key or 1:1 chat).</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(IDatabase database, string memberNumber)
    {
        var s = DataSubjects.For(memberNumber);
        var (n, me, chat, conversationId, user) = (s.MemberNumber, s.Member.Format(), s.DirectConversation.Format(), s.DirectConversation.ConversationId, s.UserId);
        var sender = PersonalRows.SenderIdSql(database.Provider);
        (string Table, string Sql, object Value)[] queries =
        [
            ("members", "SELECT COUNT(*) FROM members WHERE member_number = @v", n),
            ("member_sign_in_codes", "SELECT COUNT(*) FROM member_sign_in_codes WHERE member_number = @v", n),
            ("state", "SELECT COUNT(*) FROM state WHERE key = 'user/' || @v", me),
            ("transcript", $"SELECT COUNT(*) FROM transcript WHERE {sender} = @v", user),
            ("conversation_references", "SELECT COUNT(*) FROM conversation_references WHERE key = @v", chat),
            ("processed_activities", "SELECT COUNT(*) FROM processed_activities WHERE key = @v || '/a1'", chat),
            ("dl_conversations", "SELECT COUNT(*) FROM dl_conversations WHERE conversation_id = @v", conversationId),
            ("dl_activities", $"SELECT COUNT(*) FROM dl_activities WHERE {sender} = @v", user),
            ("dl_attachments", "SELECT COUNT(*) FROM dl_attachments WHERE conversation_id = @v", conversationId),
            ("chat_group_members", "SELECT COUNT(*) FROM chat_group_members WHERE member_id = @v", user),
            ("signups", "SELECT COUNT(*) FROM signups WHERE member_key = @v", me),
            ("signups.conversation_member", "SELECT COUNT(*) FROM signups WHERE conversation_member = @v", me),
            ("handoff_tickets", "SELECT COUNT(*) FROM handoff_tickets WHERE member_id = @v", user),
            ("notice_subscriptions", "SELECT COUNT(*) FROM notice_subscriptions WHERE member_key = @v", me),
            ("outbox", "SELECT COUNT(*) FROM outbox WHERE member_key = @v", me),
            ("outbox.reference_member", "SELECT COUNT(*) FROM outbox WHERE reference_member = @v", me),
            ("conversation_references.member_key", "SELECT COUNT(*) FROM conversation_references WHERE member_key = @v", me),
            ("staff_accounts", "SELECT COUNT(*) FROM staff_accounts WHERE member_number = @v", n),
        ];
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (table, sql, value) in queries)
        {
            counts[table] = await ScalarAsync(database, sql, ("@v", value));
        }

        return counts;
    }

    public static async Task<string> TextAsync(IDatabase database, string sql, params (string Name, object Value)[] values)
    {
        await using var connection = await database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        foreach (var (name, value) in values)
        {
            command.With(name, value);
        }

        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }

    public static async Task<long> ScalarAsync(IDatabase database, string sql, params (string Name, object Value)[] values)
    {
        await using var connection = await database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        foreach (var (name, value) in values)
        {
            command.With(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static Task ExecuteAsync(IDatabase database, string sql, params (string Name, object Value)[] values) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(sql, transaction);
            foreach (var (name, value) in values)
            {
                command.With(name, value);
            }

            return await command.ExecuteNonQueryAsync();
        }, CancellationToken.None);
}
