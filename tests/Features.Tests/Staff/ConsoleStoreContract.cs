using EngageBot.Core.State;
using EngageBot.Features.Handoff;
using EngageBot.Features.Outbox;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using EngageBot.Features.Staff;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Tests.Staff;

/// <summary>The console's stores (audit log, knowledge edits, dashboard counts), run on each provider.</summary>
public abstract class ConsoleStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    protected IDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task Audit_entries_come_back_newest_first_and_page_by_id()
    {
        var store = new AuditStore(Database);
        await store.AppendAsync(new AuditEntry(0, Now, null, "ghost", "sign-in", null, 401), CancellationToken.None);
        await store.AppendAsync(new AuditEntry(0, Now.AddMinutes(1), "s1", "admin", "sign-in", null, 200), CancellationToken.None);
        await store.AppendAsync(new AuditEntry(0, Now.AddMinutes(2), "s1", "admin", "POST /api/admin/clubs/", "id=c1", 201), CancellationToken.None);

        var page = await store.ListAsync(2, null, CancellationToken.None);
        var rest = await store.ListAsync(2, page[^1].Id, CancellationToken.None);

        Assert.Equal(["POST /api/admin/clubs/", "sign-in"], page.Select(e => e.Action));
        Assert.Equal("id=c1", page[0].Target);
        Assert.Equal(Now.AddMinutes(2), page[0].At);
        var first = Assert.Single(rest);
        Assert.Null(first.StaffId);
        Assert.Equal(("ghost", 401), (first.StaffName, first.Outcome));
    }

    [Fact]
    public async Task A_knowledge_edit_is_stored_once_per_entry_with_the_latest_values()
    {
        var store = new KnowledgeEditStore(Database);
        await store.SaveAsync(new KnowledgeEdit("faq-1", "旧", "old", ["问一"], ["q1"], Now, "admin"), CancellationToken.None);
        await store.SaveAsync(new KnowledgeEdit("faq-1", "新", "new", ["问一", "问二"], ["q1", "q2"], Now.AddHours(1), "clerk"), CancellationToken.None);

        var edit = Assert.Single(await store.ListAsync(CancellationToken.None));

        Assert.Equal(("新", "new", "clerk", Now.AddHours(1)), (edit.AnswerZh, edit.AnswerEn, edit.UpdatedBy, edit.UpdatedAt));
        Assert.Equal(["问一", "问二"], edit.QuestionsZh);
        Assert.Equal(["q1", "q2"], edit.QuestionsEn);
    }

    [Fact]
    public async Task The_dashboard_counts_one_to_one_members_recent_conversations_and_open_hand_offs()
    {
        await ExecuteAsync(
            """
            INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES ('', '', '');
            INSERT INTO conversation_references (member_key, key, channel_id, user_id, route, is_group, updated_at) VALUES
              ('directline/u1', 'directline/c1', 'directline', 'u1', (SELECT MIN(id) FROM reference_routes), 0, 1),
              ('directline/u2', 'directline/c2', 'directline', 'u2', (SELECT MIN(id) FROM reference_routes), 0, 1),
              ('directline/g1', 'directline/g1', 'directline', NULL, (SELECT MIN(id) FROM reference_routes), 1, 1);
            INSERT INTO handoff_tickets (id, conversation_key, status, reason, language, created_at) VALUES
              ('t1', 'directline/c1', 'waiting', 'requested', 'zh', 1);
            INSERT INTO handoff_tickets (id, conversation_key, status, reason, language, created_at, closed_at) VALUES
              ('t2', 'directline/c2', 'closed', 'requested', 'zh', 1, 2);
            """);
        await ExecuteAsync(
            $"""
            INSERT INTO transcript (conversation_key, activity_id, direction, json, at) VALUES
              ('directline/c1', 'a1', 'in', '{"{}"}', {Now.AddDays(-10).ToUnixTimeMilliseconds()}),
              ('directline/c2', 'a2', 'in', '{"{}"}', {Now.AddDays(-1).ToUnixTimeMilliseconds()}),
              ('directline/c2', 'a3', 'out', '{"{}"}', {Now.ToUnixTimeMilliseconds()});
            """);

        var figures = await new DashboardQueries(new ConversationDirectory(Database), new SignUpLists(Database, TimeProvider.System), new NoticeStore(Database, new OutboxDeliveries(Database)), new HandoffStore(Database)).ReadAsync(Now.AddDays(-7), CancellationToken.None);

        Assert.Equal(2, figures.Members);
        Assert.Equal(1, figures.ActiveConversationsThisWeek);
        Assert.Equal(1, figures.OpenHandoffs);
        Assert.Equal(0, figures.NoticesSent);
        Assert.Empty(figures.SignUpsPerClub);
    }

    [Fact]
    public async Task The_core_says_who_is_reachable_in_a_1_1_chat_so_no_feature_reads_its_references()
    {
        await ExecuteAsync(
            """
            INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES ('', '', '');
            INSERT INTO conversation_references (member_key, key, channel_id, user_id, route, is_group, updated_at) VALUES
              ('webchat/u1', 'webchat/c1', 'webchat', 'u1', (SELECT MIN(id) FROM reference_routes), 0, 1),
              ('webchat/u1', 'webchat/c1b', 'webchat', 'u1', (SELECT MIN(id) FROM reference_routes), 0, 5),
              ('webchat/u2', 'webchat/c2', 'webchat', 'u2', (SELECT MIN(id) FROM reference_routes), 0, 1),
              ('webchat/g1', 'webchat/g1', 'webchat', NULL, (SELECT MIN(id) FROM reference_routes), 1, 1);
            """);
        var directory = new ConversationDirectory(Database);

        var first = await directory.DirectPageAsync(null, 2, CancellationToken.None);
        var rest = await directory.DirectPageAsync(first[^1], 2, CancellationToken.None);
        var latest = await directory.LatestDirectAsync([new MemberKey("webchat", "u1"), new MemberKey("webchat", "nobody")], CancellationToken.None);
        var u2Chat = new DirectConversation(new MemberKey("webchat", "u2"), new ConversationKey("webchat", "c2"));
        var known = await directory.KnownDirectAsync(
            [u2Chat, new DirectConversation(new MemberKey("webchat", "g1"), new ConversationKey("webchat", "g1")),
             new DirectConversation(new MemberKey("webchat", "u1"), new ConversationKey("webchat", "c2")),
             new DirectConversation(new MemberKey("webchat", "u1"), new ConversationKey("webchat", "gone"))], CancellationToken.None);

        Assert.Equal(["webchat/c1", "webchat/c1b", "webchat/c2"], first.Concat(rest).Select(d => d.Conversation.Format()));
        Assert.Equal(new MemberKey("webchat", "u2"), rest[0].Member);
        Assert.Equal(new ConversationKey?[] { new ConversationKey("webchat", "c1b"), null }, latest);
        Assert.Equal([u2Chat], known.ToArray());
        Assert.Equal(2, await directory.CountDirectMembersAsync(CancellationToken.None));
    }

    private Task<int> ExecuteAsync(string sql) => Database.WriteAsync(async (connection, transaction) =>
    {
        await using var command = connection.Command(sql, transaction);
        return await command.ExecuteNonQueryAsync();
    }, CancellationToken.None);
}
