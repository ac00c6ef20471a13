using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels;

/// <summary>
/// Migration 120 on a database as the previous version left it, holding rows of the built-in Direct Line channel
/// (stored under Azure's id 'directline') and of Azure's Direct Line arriving through /api/messages: only the
/// built-in channel's rows move to 'engagebot'. 120 changes no table, so "the previous version" is the migrated
/// schema with 120's row removed from schema_version (as the old service left it), and the references as they were
/// before layout E (313-315, <see cref="PreviousReferenceLayout"/>), which then moves them: what was queued still
/// finds where it goes.
/// </summary>
public abstract class BuiltInChannelMigrationContract : IAsyncLifetime
{
    private const string BuiltInReference = """{"user":{"id":"dl_A001"},"bot":{"id":"bot","role":"bot"},"conversation":{"id":"m_member1"},"channelId":"directline","serviceUrl":"urn:engagebot:directline"}""";
    private const string AzureReference = """{"user":{"id":"dl_azure1"},"conversation":{"id":"AzConv-1"},"channelId":"directline","serviceUrl":"https://directline.botframework.com/"}""";

    protected IDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task Rows_of_the_built_in_channel_move_to_its_own_id_and_rows_of_Azure_Direct_Line_stay()
    {
        await SeedPreviousVersionAsync();

        await TestSchema.Migrator(Database).MigrateAsync(CancellationToken.None);

        Assert.Equal(
            ["conversation/directline/AzConv-1", "conversation/engagebot/m_member1", "user/directline/dl_azure1", "user/engagebot/dl_A001"],
            await ColumnAsync("SELECT key FROM state ORDER BY key"));
        Assert.Equal("""{"signUpDirectConversation":"engagebot/m_member1"}""", await TextAsync("SELECT json FROM state WHERE key = 'user/engagebot/dl_A001'"));
        Assert.Equal("""{"signUpDirectConversation":"directline/AzConv-1"}""", await TextAsync("SELECT json FROM state WHERE key = 'user/directline/dl_azure1'"));
        Assert.Equal(["directline/AzConv-1/act1", "engagebot/m_member1/m_member1|0000001"], await ColumnAsync("SELECT key FROM processed_activities ORDER BY key"));

        Assert.Equal(["directline/AzConv-1", "engagebot/m_member1"], await ColumnAsync("SELECT conversation_key FROM transcript ORDER BY conversation_key"));
        Assert.Contains("\"channelId\":\"engagebot\"", await TextAsync("SELECT json FROM transcript WHERE conversation_key = 'engagebot/m_member1'"), StringComparison.Ordinal);
        Assert.Contains("\"channelId\":\"directline\"", await TextAsync("SELECT json FROM transcript WHERE conversation_key = 'directline/AzConv-1'"), StringComparison.Ordinal);
        Assert.Equal(
            ["directline|directline/AzConv-1", "engagebot|engagebot/g_group1", "engagebot|engagebot/m_member1"],
            await ColumnAsync("SELECT channel_id || '|' || key FROM conversation_references ORDER BY key"));
        var store = new StateStore(Database, TimeProvider.System);
        Assert.Equal(AzureReference, Json(await store.GetReferenceAsync(new MemberKey("directline", "dl_azure1"), new ConversationKey("directline", "AzConv-1"), CancellationToken.None)));
        Assert.Equal(
            BuiltInReference.Replace("\"directline\"", "\"engagebot\"", StringComparison.Ordinal),
            Json(await store.GetReferenceAsync(new MemberKey("engagebot", "dl_A001"), new ConversationKey("engagebot", "m_member1"), CancellationToken.None)));
        Assert.Equal("0", await TextAsync("""SELECT CAST(COUNT(*) AS TEXT) FROM dl_activities WHERE json LIKE '%"channelId":"directline"%'"""));
        Assert.Equal("3", await TextAsync("""SELECT CAST(COUNT(*) AS TEXT) FROM dl_activities WHERE json LIKE '%"channelId":"engagebot"%'"""));

        Assert.Equal(
            [
                "n1@5|directline/dl_azure1 directline/dl_azure1 directline/AzConv-1",
                "n1@5|engagebot/dl_A001 engagebot/dl_A001 engagebot/m_member1",
                "n2@5|engagebot/g_group1 engagebot/g_group1 engagebot/g_group1",
                "reply|directline/AzConv-1|act1|0 directline/dl_azure1 directline/AzConv-1",
                "reply|engagebot/m_member1|m_member1|0000001|0 engagebot/dl_A001 engagebot/m_member1",
            ],
            await ColumnAsync("SELECT idempotency_key || ' ' || member_key || ' ' || reference_key FROM outbox ORDER BY idempotency_key"));
        Assert.DoesNotContain("\"channelId\":\"directline\"", await TextAsync("SELECT reference_json || payload FROM outbox WHERE reference_key = 'engagebot/m_member1' AND kind = 'message'"), StringComparison.Ordinal);
        Assert.Equal(AzureReference, await TextAsync("SELECT reference_json FROM outbox WHERE reference_key = 'directline/AzConv-1' AND kind = 'message'"));
        // The notices queued before the migration (the first row of each conversation; the replies carry their own
        // reference) are claimed with the reference they go to, found by the reference member the migration filled.
        var claimed = await new EngageBot.Features.Outbox.OutboxStore(Database).ClaimAsync(10, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        Assert.Equal(
            ["n1@5|directline/dl_azure1 AzConv-1", "n1@5|engagebot/dl_A001 m_member1"],
            claimed.Select(c => c.IdempotencyKey + " " + System.Text.Json.JsonSerializer.Deserialize(c.ReferenceJson!, EngageBot.Core.Protocol.ProtocolJson.Default.ConversationReference)!.Conversation.Id)
                .Order(StringComparer.Ordinal));
        Assert.Equal(
            ["engagebot/dl_A001 engagebot/m_member1", "engagebot/g_group1 engagebot/g_group1", "directline/dl_azure1 directline/AzConv-1"],
            await ColumnAsync("SELECT conversation_member || ' ' || conversation_key FROM signups ORDER BY id"));

        Assert.Equal(
            [
                "engagebot engagebot/dl_A001 engagebot/m_member1 engagebot/m_member1/m_member1|0000001",
                "engagebot engagebot/dl_C003 engagebot/g_group1 engagebot/g_group1/g_group1|0000002",
                "directline directline/dl_azure1 directline/AzConv-1 directline/AzConv-1/act1",
            ],
            await ColumnAsync("SELECT channel_id || ' ' || member_key || ' ' || conversation_key || ' ' || source_key FROM signups ORDER BY id"));
        Assert.Equal(["directline/AzConv-1", "engagebot/m_member1"], await ColumnAsync("SELECT conversation_key FROM handoff_tickets ORDER BY conversation_key"));
        Assert.Equal(["directline/dl_azure1", "engagebot/dl_B002"], await ColumnAsync("SELECT member_key FROM notice_subscriptions ORDER BY member_key"));

        var audience = System.Text.Json.JsonSerializer.Deserialize(await TextAsync("SELECT audience FROM notices WHERE id = 'n1'"), SchedulerJson.Default.NoticeAudience)!;
        Assert.Equal(["engagebot/dl_A001", "directline/dl_azure1", "emulator/u1"], audience.Members);
        Assert.Equal(["engagebot/g_group1"], audience.Conversations);
        Assert.True(audience.All);

        // What reads the keys finds the member under the new id: their 1:1 chat, and the reference in it.
        var resolved = await new ReachableMembers(new ConversationDirectory(Database), []).ResolveAsync([new AudienceMember(MemberKey.Parse("engagebot/dl_A001"))], CancellationToken.None);
        Assert.Equal(new ConversationKey("engagebot", "m_member1"), resolved[0].Conversation);
        Assert.NotNull(await store.GetReferenceAsync(new MemberKey("engagebot", "g_group1"), new ConversationKey("engagebot", "g_group1"), CancellationToken.None));
    }

    [Fact]
    public async Task A_database_with_nothing_of_the_built_in_channel_is_left_as_it_was()
    {
        await ExecuteAsync([.. PreviousReferenceLayout.Statements,
            $"INSERT INTO conversation_references (key, channel_id, conversation_id, user_id, service_url, is_group, json, updated_at) VALUES ('directline/AzConv-1', 'directline', 'AzConv-1', 'dl_azure1', 'https://directline.botframework.com/', 0, '{AzureReference}', 1)",
            "INSERT INTO notice_subscriptions (member_key, subscribed, updated_at) VALUES ('directline/dl_azure1', 0, 1)",
            "DELETE FROM schema_version WHERE version = 120"]);

        await TestSchema.Migrator(Database).MigrateAsync(CancellationToken.None);

        Assert.Equal(["directline/AzConv-1"], await ColumnAsync("SELECT key FROM conversation_references"));
        Assert.Equal(AzureReference, Json(await new StateStore(Database, TimeProvider.System).GetReferenceAsync(
            new MemberKey("directline", "dl_azure1"), new ConversationKey("directline", "AzConv-1"), CancellationToken.None)));
        Assert.Equal(["directline/dl_azure1"], await ColumnAsync("SELECT member_key FROM notice_subscriptions"));
        Assert.Equal(["120"], await ColumnAsync("SELECT CAST(version AS TEXT) FROM schema_version WHERE version = 120"));
    }

    /// <summary>
    /// Member A001 chats 1:1 (m_member1) and signed up there; B002 is in group g_group1, which C003 left after
    /// signing up in it; an Azure Direct Line user dl_azure1 (conversation AzConv-1) came through /api/messages.
    /// </summary>
    private Task<int> SeedPreviousVersionAsync() => ExecuteAsync([.. PreviousReferenceLayout.Statements,
        "INSERT INTO dl_conversations (conversation_id, is_group, last_seq, created_at) VALUES ('m_member1', 0, 1, 1), ('g_group1', 1, 3, 1)",
        """
        INSERT INTO dl_activities (conversation_id, seq, json, at) VALUES
          ('m_member1', 1, '{"type":"message","id":"m_member1|0000001","channelId":"directline","from":{"id":"dl_A001"},"conversation":{"id":"m_member1"},"text":"我的报名"}', 1),
          ('g_group1', 1, '{"type":"message","id":"g_group1|0000001","channelId":"directline","from":{"id":"bot","role":"bot"},"conversation":{"id":"g_group1","isGroup":true}}', 1),
          ('g_group1', 2, '{"type":"message","id":"g_group1|0000002","channelId":"directline","from":{"id":"dl_C003"},"conversation":{"id":"g_group1","isGroup":true},"text":"+1"}', 1)
        """,
        "INSERT INTO chat_groups (group_id, name, invite_code, created_by, created_at) VALUES ('g_group1', '瑜伽群', 'ABC123', 'dl_B002', 1)",
        "INSERT INTO chat_group_members (group_id, member_id, name, joined_at) VALUES ('g_group1', 'dl_B002', '李四', 1)",
        $$"""
        INSERT INTO conversation_references (key, channel_id, conversation_id, user_id, service_url, is_group, json, updated_at) VALUES
          ('directline/m_member1', 'directline', 'm_member1', 'dl_A001', 'urn:engagebot:directline', 0, '{{BuiltInReference}}', 1),
          ('directline/g_group1', 'directline', 'g_group1', NULL, 'urn:engagebot:directline', 1, '{"conversation":{"id":"g_group1","isGroup":true},"channelId":"directline"}', 1),
          ('directline/AzConv-1', 'directline', 'AzConv-1', 'dl_azure1', 'https://directline.botframework.com/', 0, '{{AzureReference}}', 1)
        """,
        """
        INSERT INTO state (key, json, version, updated_at) VALUES
          ('conversation/directline/m_member1', '{"referenceServiceUrl":"urn:engagebot:directline"}', 1, 1),
          ('user/directline/dl_A001', '{"signUpDirectConversation":"directline/m_member1"}', 1, 1),
          ('conversation/directline/AzConv-1', '{}', 1, 1),
          ('user/directline/dl_azure1', '{"signUpDirectConversation":"directline/AzConv-1"}', 1, 1)
        """,
        "INSERT INTO processed_activities (key, processed_at) VALUES ('directline/m_member1/m_member1|0000001', 1), ('directline/AzConv-1/act1', 1)",
        """
        INSERT INTO transcript (conversation_key, activity_id, direction, json, at) VALUES
          ('directline/m_member1', 'm_member1|0000001', 'in', '{"type":"message","channelId":"directline","from":{"id":"dl_A001"},"conversation":{"id":"m_member1"}}', 1),
          ('directline/AzConv-1', 'act1', 'in', '{"type":"message","channelId":"directline","from":{"id":"dl_azure1"},"conversation":{"id":"AzConv-1"}}', 1)
        """,
        $$"""
        INSERT INTO outbox (idempotency_key, kind, subject_id, notice_id, firing_id, member_key, reference_key, reference_json, payload, status, attempts, next_attempt_at, created_at, updated_at) VALUES
          ('n1@5|directline/dl_A001', 'notice', 'n1', 'n1', 'n1@5', 'directline/dl_A001', 'directline/m_member1', NULL, NULL, 'pending', 0, 1, 1, 1),
          ('n2@5|directline/g_group1', 'notice', 'n2', 'n2', 'n2@5', 'directline/g_group1', 'directline/g_group1', NULL, NULL, 'sent', 1, 1, 1, 1),
          ('n1@5|directline/dl_azure1', 'notice', 'n1', 'n1', 'n1@5', 'directline/dl_azure1', 'directline/AzConv-1', NULL, NULL, 'pending', 0, 1, 1, 1),
          ('reply|directline/m_member1|m_member1|0000001|0', 'message', NULL, NULL, NULL, 'directline/dl_A001', 'directline/m_member1', '{{BuiltInReference}}', '{"type":"message","channelId":"directline","text":"好的"}', 'pending', 1, 1, 1, 1),
          ('reply|directline/AzConv-1|act1|0', 'message', NULL, NULL, NULL, 'directline/dl_azure1', 'directline/AzConv-1', '{{AzureReference}}', '{"type":"message","channelId":"directline","text":"ok"}', 'pending', 1, 1, 1, 1)
        """,
        "INSERT INTO activities (id, title, starts_at, capacity, checkin_code, created_at, updated_at) VALUES ('yoga', '瑜伽', 10, 5, '123456', 1, 1)",
        """
        INSERT INTO signups (activity_id, member_key, channel_id, user_id, display_name, status, language, conversation_key, source_key, signed_up_at, updated_at) VALUES
          ('yoga', 'directline/dl_A001', 'directline', 'dl_A001', '张三', 'confirmed', 'zh', 'directline/m_member1', 'directline/m_member1/m_member1|0000001', 1, 1),
          ('yoga', 'directline/dl_C003', 'directline', 'dl_C003', '王五', 'confirmed', 'zh', 'directline/g_group1', 'directline/g_group1/g_group1|0000002', 1, 1),
          ('yoga', 'directline/dl_azure1', 'directline', 'dl_azure1', 'Azure', 'confirmed', 'zh', 'directline/AzConv-1', 'directline/AzConv-1/act1', 1, 1)
        """,
        """
        INSERT INTO handoff_tickets (id, conversation_key, member_id, status, reason, language, created_at) VALUES
          ('t1', 'directline/m_member1', 'dl_A001', 'waiting', 'requested', 'zh', 1),
          ('t2', 'directline/AzConv-1', 'dl_azure1', 'waiting', 'requested', 'zh', 1)
        """,
        "INSERT INTO notice_subscriptions (member_key, subscribed, updated_at) VALUES ('directline/dl_B002', 0, 1), ('directline/dl_azure1', 0, 1)",
        """
        INSERT INTO notices (id, kind, text, audience, time_zone, urgent, status, created_at) VALUES
          ('n1', 'notice', '体检通知', '{"all":true,"members":["directline/dl_A001","directline/dl_azure1","emulator/u1"],"conversations":["directline/g_group1"]}', 'Asia/Shanghai', 0, 'scheduled', 1)
        """,
        "DELETE FROM schema_version WHERE version = 120"]);

    private static string? Json(ConversationReferenceRecord? record) => record is null ? null
        : System.Text.Json.JsonSerializer.Serialize(record.Reference, EngageBot.Core.Protocol.ProtocolJson.Default.ConversationReference);

    private async Task<IReadOnlyList<string>> ColumnAsync(string sql)
    {
        await using var connection = await Database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task<string> TextAsync(string sql) => Assert.Single(await ColumnAsync(sql));

    private Task<int> ExecuteAsync(params string[] statements) =>
        Database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var sql in statements)
            {
                await using var command = connection.Command(sql, transaction);
                await command.ExecuteNonQueryAsync();
            }

            return 0;
        }, CancellationToken.None);
}
