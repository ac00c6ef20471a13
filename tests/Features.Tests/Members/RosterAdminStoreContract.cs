using EngageBot.Features.Members.Import;
using EngageBot.Features.Members.Roster;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members;

/// <summary>The roster's staff side (import, search, units, edits), run on each provider.</summary>
public abstract class RosterAdminStoreContract : IAsyncLifetime
{
    protected IDatabase Database { get; private set; } = null!;

    private SqlMemberRoster Roster => new(Database, new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    private static IReadOnlyList<RosterMember> Plan(string csv) => RosterCsvParser.Parse(new CsvText(csv, Guessed: false)).Plan!.Members;

    [Fact]
    public async Task Importing_a_thousand_rows_adds_990_a_preview_writes_nothing_and_re_importing_updates_only_what_changed()
    {
        var members = Plan(RosterFiles.Thousand());

        var preview = await Roster.ImportAsync(members, preview: true, CancellationToken.None);
        var afterPreview = await Roster.SearchAsync(new RosterQuery(null, null, null, 1, 10), CancellationToken.None);
        var first = await Roster.ImportAsync(members, preview: false, CancellationToken.None);
        var again = await Roster.ImportAsync(members, preview: false, CancellationToken.None);
        var changed = Plan(RosterFiles.Thousand(phonePrefix: "139"));
        var previewChanged = await Roster.ImportAsync(changed, preview: true, CancellationToken.None);
        var second = await Roster.ImportAsync(changed, preview: false, CancellationToken.None);

        Assert.Equal(new RosterImportCounts(990, 0, 0), preview);
        Assert.Equal(0, afterPreview.Total);
        Assert.Equal(new RosterImportCounts(990, 0, 0), first);
        Assert.Equal(new RosterImportCounts(0, 0, 990), again);
        Assert.Equal(new RosterImportCounts(0, 990, 0), previewChanged);
        Assert.Equal(new RosterImportCounts(0, 990, 0), second);
        Assert.Equal("13900000001", (await Roster.FindAsync("BJ-0001", CancellationToken.None))!.Phone);
    }

    [Fact]
    public async Task Re_importing_keeps_a_deactivated_member_deactivated_and_leaves_members_not_in_the_file_alone()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会\nBJ-1,李娜,13800000001,甲\nBJ-2,王芳,13800000002,甲\n"), false, CancellationToken.None);
        await Roster.SetStatusAsync("BJ-1", MemberStatus.Deactivated, CancellationToken.None);

        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会\nBJ-1,李娜,13800000009,甲\n"), false, CancellationToken.None);

        var li = await Roster.FindAsync("BJ-1", CancellationToken.None);
        Assert.Equal((MemberStatus.Deactivated, "13800000009"), (li!.Status, li.Phone));
        Assert.NotNull(await Roster.FindAsync("BJ-2", CancellationToken.None));
    }

    [Fact]
    public async Task Search_matches_number_or_name_takes_a_unit_and_everything_under_it_filters_status_and_pages()
    {
        await Roster.ImportAsync(Plan(
            """
            会员号,姓名,手机号,工会
            BJ-10,李娜,13800000010,朝阳区总工会/甲公司工会/技术部
            BJ-11,李雷,13800000011,朝阳区总工会/甲公司工会
            BJ-12,王芳,13800000012,朝阳区总工会/甲公司工会乙
            BJ-20,Li Ming,13800000020,海淀区总工会
            BJ-30,张_三,13800000030,海淀区总工会
            """), false, CancellationToken.None);
        await Roster.SetStatusAsync("BJ-11", MemberStatus.Deactivated, CancellationToken.None);

        async Task<string[]> Numbers(RosterQuery query) => [.. (await Roster.SearchAsync(query, CancellationToken.None)).Members.Select(m => m.MemberNumber)];

        Assert.Equal(["BJ-10", "BJ-11"], await Numbers(new("李", null, null, 1, 10)));
        Assert.Equal(["BJ-10", "BJ-11", "BJ-12"], await Numbers(new("bj-1", null, null, 1, 10)));
        Assert.Equal(["BJ-20"], await Numbers(new("li ming", null, null, 1, 10)));
        Assert.Equal(["BJ-30"], await Numbers(new("_", null, null, 1, 10))); // a literal '_', not LIKE's any-character
        Assert.Equal(["BJ-10", "BJ-11"], await Numbers(new(null, "朝阳区总工会/甲公司工会", null, 1, 10)));
        Assert.Equal(["BJ-10"], await Numbers(new(null, "朝阳区总工会/甲公司工会", MemberStatus.Active, 1, 10)));
        var page2 = await Roster.SearchAsync(new(null, null, null, 2, 2), CancellationToken.None);
        Assert.Equal(5L, page2.Total);
        Assert.Equal(["BJ-12", "BJ-20"], page2.Members.Select(m => m.MemberNumber));
    }

    [Fact]
    public async Task Units_are_counted_with_their_active_members()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会\nBJ-1,李娜,13800000001,甲/乙\nBJ-2,王芳,13800000002,甲/乙\nBJ-3,张三,13800000003,甲\n"), false, CancellationToken.None);
        await Roster.SetStatusAsync("BJ-2", MemberStatus.Deactivated, CancellationToken.None);

        var units = await Roster.CountByUnitAsync(CancellationToken.None);

        Assert.Equal([new UnitCount("甲", 1, 1), new UnitCount("甲/乙", 2, 1)], units);
    }

    [Fact]
    public async Task Notices_stream_a_units_active_members_with_those_under_it_and_read_statuses()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会\nBJ-1,李娜,13800000001,甲/乙\nBJ-2,王芳,13800000002,甲\nBJ-3,张伟,13800000003,甲乙\nBJ-4,刘洋,13800000004,甲_\n"),
            false, CancellationToken.None);
        await Roster.SetStatusAsync("BJ-2", MemberStatus.Deactivated, CancellationToken.None);

        async Task<List<string>> Active(string? unit)
        {
            var numbers = new List<string>();
            await foreach (var number in Roster.StreamActiveAsync(unit, CancellationToken.None))
            {
                numbers.Add(number);
            }

            return numbers;
        }

        Assert.Equal(["BJ-1"], await Active("甲"));
        Assert.Equal(["BJ-1", "BJ-3", "BJ-4"], await Active(null));
        Assert.Empty(await Active("甲/"));
        Assert.True(await Roster.HasUnitAsync("甲", CancellationToken.None));
        Assert.False(await Roster.HasUnitAsync("丙", CancellationToken.None));
        var statuses = await Roster.StatusesAsync(["BJ-1", "BJ-2", "BJ-9"], CancellationToken.None);
        Assert.Equal(new Dictionary<string, MemberStatus> { ["BJ-1"] = MemberStatus.Active, ["BJ-2"] = MemberStatus.Deactivated }, statuses);
    }

    [Fact]
    public async Task Editing_changes_the_details_of_a_known_member_only()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会,入会日期\nBJ-1,李娜,13800000001,甲,2019-03-01\n"), false, CancellationToken.None);

        var updated = await Roster.UpdateDetailsAsync(new RosterMember("bj-1", "李娜娜", "13900000001", "甲/乙", MemberStatus.Active, null, 1), CancellationToken.None);
        var unknown = await Roster.UpdateDetailsAsync(new RosterMember("BJ-9", "某", "13900000009", "甲", MemberStatus.Active, null, 1), CancellationToken.None);

        var li = await Roster.FindAsync("BJ-1", CancellationToken.None);
        Assert.Equal((RosterEditOutcome.Updated, RosterEditOutcome.UnknownMember), (updated.Outcome, unknown.Outcome));
        Assert.Equal(("李娜娜", "13900000001", "甲/乙", (DateOnly?)null), (li!.Name, li.Phone, li.Unit, li.JoinedOn));
        Assert.Null(await Roster.FindAsync("BJ-9", CancellationToken.None));
    }

    [Fact]
    public async Task Editing_sets_and_clears_the_WeCom_userid_the_roster_reads_back()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会,企业微信账号\nBJ-1,李娜,13800000001,甲,lina\n"), false, CancellationToken.None);
        var imported = await Roster.FindAsync("BJ-1", CancellationToken.None);

        await Roster.UpdateDetailsAsync(new RosterMember("BJ-1", "李娜", "13800000001", "甲", MemberStatus.Active, null, 1) { WeComUserId = "lina.tech" }, CancellationToken.None);
        var changed = await Roster.FindAsync("BJ-1", CancellationToken.None);
        await Roster.UpdateDetailsAsync(new RosterMember("BJ-1", "李娜", "13800000001", "甲", MemberStatus.Active, null, 1), CancellationToken.None);
        var cleared = await Roster.FindAsync("BJ-1", CancellationToken.None);

        Assert.Equal(("lina", "lina.tech", (string?)null), (imported!.WeComUserId, changed!.WeComUserId, cleared!.WeComUserId));
        Assert.Null(await Roster.FindByWeComAccountAsync("lina.tech", null, CancellationToken.None));
    }

    [Fact]
    public async Task A_WeCom_userid_on_another_member_is_refused_and_changes_nothing()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会,企业微信账号\nBJ-1,李娜,13800000001,甲,lina\nBJ-2,王芳,13800000002,甲,\n"), false, CancellationToken.None);

        var taken = await Roster.UpdateDetailsAsync(new RosterMember("BJ-2", "王芳芳", "13800000002", "甲", MemberStatus.Active, null, 1) { WeComUserId = "lina" }, CancellationToken.None);
        var own = await Roster.UpdateDetailsAsync(new RosterMember("BJ-1", "李娜", "13800000001", "乙", MemberStatus.Active, null, 1) { WeComUserId = "lina" }, CancellationToken.None);

        Assert.Equal(new RosterEdit(RosterEditOutcome.WeComAccountTaken, "BJ-1"), taken);
        Assert.Equal(RosterEditOutcome.Updated, own.Outcome); // keeping one's own account is no conflict
        var wang = await Roster.FindAsync("BJ-2", CancellationToken.None);
        Assert.Equal(("王芳", (string?)null), (wang!.Name, wang.WeComUserId));
        Assert.Equal("BJ-1", await Roster.FindByWeComAccountAsync("lina", null, CancellationToken.None));
    }
    [Fact]
    public async Task The_database_holds_one_WeCom_userid_per_member_an_import_past_the_check_writes_nothing()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会,企业微信账号\nBJ-1,李娜,13800000001,甲,lina\n"), false, CancellationToken.None);

        // As if another edit gave BJ-1 the account after the endpoint's check: BJ-3 is new, BJ-2 takes lina.
        var counts = await Roster.ImportAsync(
            Plan("会员号,姓名,手机号,工会,企业微信账号\nBJ-3,张三,13800000003,甲,\nBJ-2,王芳,13800000002,甲,lina\n"), false, CancellationToken.None);

        Assert.Null(counts);
        Assert.Null(await Roster.FindAsync("BJ-3", CancellationToken.None)); // one transaction: nothing of the file
        Assert.Null(await Roster.FindAsync("BJ-2", CancellationToken.None));
        Assert.Equal("BJ-1", await Roster.FindByWeComAccountAsync("lina", null, CancellationToken.None));
    }

    [Fact]
    public async Task Two_members_edited_at_once_to_one_WeCom_userid_one_gets_it_the_other_is_told_who_has_it()
    {
        var csv = new System.Text.StringBuilder("会员号,姓名,手机号,工会\n");
        for (var i = 1; i <= 40; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"BJ-{i},会员{i},138000000{i:00},甲\n");
        }

        await Roster.ImportAsync(Plan(csv.ToString()), false, CancellationToken.None);

        for (var round = 0; round < 20; round++)
        {
            var (a, b) = ($"BJ-{(2 * round) + 1}", $"BJ-{(2 * round) + 2}");
            var account = $"shared-{round}";
            var edits = await Task.WhenAll(new[] { a, b }.Select(number => Task.Run(() => Roster.UpdateDetailsAsync(
                new RosterMember(number, "改名", "13900000000", "甲", MemberStatus.Active, null, 1) { WeComUserId = account }, CancellationToken.None))));

            Assert.Single(edits, e => e.Outcome == RosterEditOutcome.Updated);
            var loser = Assert.Single(edits, e => e.Outcome == RosterEditOutcome.WeComAccountTaken);
            var holder = await Roster.FindByWeComAccountAsync(account, null, CancellationToken.None);
            Assert.Equal(holder, loser.WeComHolder);
            var other = await Roster.FindAsync(holder == a ? b : a, CancellationToken.None);
            Assert.Equal(((string?)null, $"会员{(holder == a ? (2 * round) + 2 : (2 * round) + 1)}"), (other!.WeComUserId, other.Name)); // the loser's edit changed nothing
        }
    }
    [Fact]
    public async Task Upgrading_clears_an_account_two_rows_held_and_keeps_the_rest()
    {
        await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会\nBJ-1,李娜,13800000001,甲\nBJ-2,王芳,13800000002,甲\nBJ-3,张三,13800000003,甲\n"), false, CancellationToken.None);
        // The roster as it could be before 292: the plain index, and one account on two rows.
        await Database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var sql in new[]
            {
                "DROP INDEX ux_members_wecom_userid", "CREATE INDEX ix_members_wecom_userid ON members (wecom_userid)",
                "DELETE FROM schema_version WHERE version = 292",
                "UPDATE members SET wecom_userid = 'dup' WHERE member_number IN ('BJ-1', 'BJ-2')",
                "UPDATE members SET wecom_userid = 'solo' WHERE member_number = 'BJ-3'",
            })
            {
                await using var command = connection.Command(sql, transaction);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }

            return 0;
        }, CancellationToken.None);

        await TestSchema.Migrator(Database).MigrateAsync(CancellationToken.None);

        var accounts = new List<string?>();
        foreach (var number in new[] { "BJ-1", "BJ-2", "BJ-3" })
        {
            accounts.Add((await Roster.FindAsync(number, CancellationToken.None))!.WeComUserId);
        }

        Assert.Equal([null, null, "solo"], accounts);
        var taken = await Roster.ImportAsync(Plan("会员号,姓名,手机号,工会,企业微信账号\nBJ-1,李娜,13800000001,甲,solo\n"), false, CancellationToken.None);
        Assert.Null(taken); // the unique index is in place
    }
}
