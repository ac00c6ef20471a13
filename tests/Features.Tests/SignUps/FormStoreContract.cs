using System.Text.Json.Nodes;
using EngageBot.Core.Privacy;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.Features.SignUps.Forms;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>
/// Sign-up forms on each provider's schema (170_signup_forms): the fields round-trip, answers are stored with the
/// seat, changed only while sign-up is open, shown on the roster, and exported and erased with the member.
/// </summary>
public abstract class FormStoreContract : IAsyncLifetime
{
    private static readonly FormField[] Fields =
    [
        new("dept", "部门", "Department", FormFieldKind.Text, true),
        new("size", "尺码", null, FormFieldKind.Choice, false, ["S", "M", "L"]),
        new("family", "家属人数", null, FormFieldKind.Number, true, Max: 5),
        new("phone", "手机号", null, FormFieldKind.Phone, false),
    ];

    private SignUpDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CreateAsync();

    protected abstract Task<SignUpDatabase> CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Fields_round_trip_in_order_and_an_empty_list_removes_the_form()
    {
        var activity = await _db.CreateActivityAsync(capacity: 5);
        var other = await _db.CreateActivityAsync(capacity: 5);

        await _db.Forms.SetFieldsAsync(activity.Id, Fields, CancellationToken.None);
        var stored = await _db.Forms.GetFieldsAsync(activity.Id, CancellationToken.None);
        await _db.Forms.SetFieldsAsync(activity.Id, [], CancellationToken.None);

        Assert.Equal(["dept", "size", "family", "phone"], stored.Select(f => f.Key));
        Assert.Equal(["S", "M", "L"], stored[1].Options!);
        Assert.Equal(5, stored[2].Highest);
        Assert.Equal(FormFieldKind.Phone, stored[3].Kind);
        Assert.Empty(await _db.Forms.GetFieldsAsync(activity.Id, CancellationToken.None));
        Assert.Empty(await _db.Forms.GetFieldsAsync(other.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Answers_are_stored_with_the_seat_and_the_waitlist_and_show_on_the_roster()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);

        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1) with { Answers = new Dictionary<string, string> { ["dept"] = "技术部" } }, CancellationToken.None);
        var waiting = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2) with { Answers = new Dictionary<string, string> { ["dept"] = "财务部" } }, CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 3), CancellationToken.None);
        var roster = await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None);

        Assert.Equal(SignUpResultKind.Waitlisted, waiting.Kind);
        Assert.Equal(["技术部", "财务部", null], roster.Select(r => r.Answers?.GetValueOrDefault("dept")));
        Assert.Equal(1, roster.Count(r => r.Status == SignUpStatus.Confirmed));
    }

    [Fact]
    public async Task Members_change_their_answers_until_sign_up_closes_and_not_after()
    {
        var activity = await _db.CreateActivityAsync(capacity: 5, signUpDeadline: _db.Clock.GetUtcNow().AddDays(1));
        var member = SignUpDatabase.Request(activity.Id, 1).Member;
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1) with { Answers = new Dictionary<string, string> { ["dept"] = "技术部" } }, CancellationToken.None);

        var stranger = await _db.Forms.ChangeAnswersAsync(activity.Id, new MemberKey("emulator", "user-9"), new Dictionary<string, string> { ["dept"] = "x" }, CancellationToken.None);
        var changed = await _db.Forms.ChangeAnswersAsync(activity.Id, member, new Dictionary<string, string> { ["dept"] = "工会办" }, CancellationToken.None);
        _db.Clock.Advance(TimeSpan.FromDays(1));
        var late = await _db.Forms.ChangeAnswersAsync(activity.Id, member, new Dictionary<string, string> { ["dept"] = "迟到部" }, CancellationToken.None);

        Assert.Equal(FormChangeKind.NotSignedUp, stranger.Kind);
        Assert.Equal(FormChangeKind.Changed, changed.Kind);
        Assert.Equal(FormChangeKind.DeadlinePassed, late.Kind);
        Assert.Equal("工会办", (await _db.Forms.AnswersOfAsync(activity.Id, member, CancellationToken.None))!["dept"]);
        Assert.Null(await _db.Forms.AnswersOfAsync(activity.Id, new MemberKey("emulator", "user-9"), CancellationToken.None));
    }

    [Fact]
    public async Task Answers_are_in_the_members_export_and_gone_after_erasure_while_the_seat_stays()
    {
        var activity = await _db.CreateActivityAsync(capacity: 5);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1) with { Answers = new Dictionary<string, string> { ["phone"] = "13812345678" } }, CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2) with { Answers = new Dictionary<string, string> { ["phone"] = "13900000000" } }, CancellationToken.None);
        var subject = new DataSubject("M001", new MemberKey("emulator", "user-1"), new ConversationKey("emulator", "conv-1"));
        var privacy = new SignUpsPersonalData();

        IReadOnlyList<PersonalDataSet> export;
        await using (var connection = await _db.Database.OpenReadAsync(CancellationToken.None))
        {
            export = await privacy.ExportAsync(subject, connection, CancellationToken.None);
        }

        var erased = await _db.Database.WriteAsync((connection, transaction) => privacy.EraseAsync(subject, connection, transaction, 1, CancellationToken.None), CancellationToken.None);
        var roster = await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None);

        var answers = Assert.Single(Assert.Single(export, s => s.Name == "signUpAnswers").Rows);
        Assert.Contains("13812345678", answers.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(export.SelectMany(s => s.Rows), r => r.ToJsonString().Contains("13900000000", StringComparison.Ordinal));
        Assert.Equal(1, Assert.Single(erased, e => e.Name == "signUpAnswers").Deleted);
        Assert.Equal(2, roster.Count);
        Assert.Equal([null, "13900000000"], roster.Select(r => r.Answers?.GetValueOrDefault("phone")));
    }
}

public sealed class SqliteFormStoreTests : FormStoreContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFormStoreTests(PostgresServer server) : FormStoreContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync(server);
}
