using System.Globalization;
using System.Text;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using EngageBot.Features.SignUps.Forms;

namespace EngageBot.Features.Groups;

/// <summary>
/// A 接龙 tied to an activity ("#接龙 报名 瑜伽体验课"): joining is a real sign-up through
/// <see cref="SignUpService"/> (capacity, waitlist and deadlines as anywhere else), "-1" cancels it (the next
/// on the waitlist is promoted and told), and the list is the activity's roster: confirmed, then 候补. When the
/// activity has a sign-up form, "+1 技术部" answers its first short field (text or choice), shown beside the name.
/// </summary>
public sealed class ActivityChain(SignUpService service, SignUpLists signUps, ActivityStore activities, SignUpTexts texts, ChatSignUp chatSignUp, FormStore forms)
{
    private static readonly string[] Prefixes = ["报名", "signup", "sign up", "sign-up"];

    /// <summary>True when a chain title asks for an activity ("报名 瑜伽体验课"); <paramref name="query"/> names it.</summary>
    public static bool TryParse(string title, out string query)
    {
        foreach (var prefix in Prefixes)
        {
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && title.Length > prefix.Length
                && (char.IsWhiteSpace(title[prefix.Length]) || title[prefix.Length] is ':' or '：'))
            {
                query = title[prefix.Length..].TrimStart(':', '：').Trim();
                return query.Length > 0;
            }
        }

        query = string.Empty;
        return false;
    }

    /// <summary>Starts the chain for the one upcoming activity <paramref name="query"/> names (id or title).</summary>
    public async Task StartAsync(TurnContext context, string query, string startedBy, CancellationToken cancellationToken)
    {
        var upcoming = await activities.ListUpcomingAsync(null, 200, cancellationToken);
        var exact = upcoming.Where(a => a.Id == query || a.Title == query || string.Equals(a.TitleEn, query, StringComparison.OrdinalIgnoreCase)).ToList();
        var matching = exact.Count > 0 ? exact : [.. upcoming.Where(a =>
            a.Title.Contains(query, StringComparison.Ordinal) || query.Contains(a.Title, StringComparison.Ordinal)
            || (a.TitleEn is { } en && en.Contains(query, StringComparison.OrdinalIgnoreCase)))];
        if (matching.Count == 0)
        {
            context.Reply(GroupTexts.ChainActivityNotFound);
            return;
        }

        if (matching.Count > 1)
        {
            var names = string.Join("、", matching.Take(5).Select(a => SignUpFormat.Title(a, context.Language)));
            context.Reply(context.CreateReply(new Localized(GroupTexts.ChainActivityAmbiguous.Zh + names, GroupTexts.ChainActivityAmbiguous.En + names)));
            return;
        }

        var activity = matching[0];
        var chain = new ChainState { Title = SignUpFormat.Title(activity, context.Language), Limit = activity.Capacity, StartedBy = startedBy, ActivityId = activity.Id };
        context.State.Conversation.Set(ChainRoute.Chain, chain);
        context.Reply(await ListAsync(context, chain, GroupTexts.ChainStarted, cancellationToken));
    }

    public async Task JoinAsync(TurnContext context, ChainState chain, string? answer, CancellationToken cancellationToken)
    {
        Dictionary<string, string>? answers = null;
        if (answer is not null && ChainField(await forms.GetFieldsAsync(chain.ActivityId!, cancellationToken)) is { } field)
        {
            var (value, error) = FormAnswerCheck.Check(field, answer);
            if (error is not null)
            {
                context.Reply(error);
                return;
            }

            answers = new() { [field.Key] = value! };
        }

        var result = await service.SignUpAsync(await chatSignUp.RequestAsync(context, chain.ActivityId!, cancellationToken) with { Answers = answers }, cancellationToken);
        switch (result.Kind)
        {
            case SignUpResultKind.Confirmed:
                context.Reply(await ListAsync(context, chain, null, cancellationToken));
                break;
            case SignUpResultKind.Waitlisted:
                context.Reply(await ListAsync(context, chain, texts.Waitlisted(result.Activity!, result.QueuePlace ?? 1), cancellationToken));
                break;
            default:
                context.Reply(chatSignUp.Refusal(result));
                break;
        }
    }

    public async Task WithdrawAsync(TurnContext context, ChainState chain, CancellationToken cancellationToken)
    {
        var member = MemberKey.ForSender(context.Activity);
        var result = await service.CancelAsync(chain.ActivityId!, member, enforceDeadline: true, cancellationToken);
        switch (result.Kind)
        {
            case CancelResultKind.Cancelled:
                context.Reply(await ListAsync(context, chain, null, cancellationToken));
                break;
            case CancelResultKind.DeadlinePassed:
                context.Reply(texts.CancelClosed(result.Activity!));
                break;
            default:
                context.Reply(SignUpTexts.NothingToCancel);
                break;
        }
    }

    /// <summary>The list from the activity's roster: confirmed members numbered, then the waitlist in queue order.</summary>
    public async Task<Activity> ListAsync(TurnContext context, ChainState chain, Localized? heading, CancellationToken cancellationToken)
    {
        var english = context.Language == Language.English;
        var roster = await signUps.GetRosterAsync(chain.ActivityId!, cancellationToken);
        var field = ChainField(await forms.GetFieldsAsync(chain.ActivityId!, cancellationToken));
        var confirmed = roster.Where(r => r.Status is SignUpStatus.Confirmed or SignUpStatus.Attended).ToList();
        var waiting = roster.Where(r => r.Status == SignUpStatus.Waitlisted).OrderBy(r => r.QueuePlace).ToList();
        var text = new StringBuilder();
        if (heading is not null)
        {
            text.AppendLine(heading.For(context.Language));
        }

        text.Append(english ? "Chain: " : "接龙：").Append(chain.Title).Append(english
            ? string.Create(CultureInfo.InvariantCulture, $" ({confirmed.Count}/{chain.Limit})")
            : string.Create(CultureInfo.InvariantCulture, $"（{confirmed.Count}/{chain.Limit}人）"));
        for (var i = 0; i < confirmed.Count; i++)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"{i + 1}. {confirmed[i].Name}{Answer(confirmed[i], field, english)}");
        }

        if (waiting.Count > 0)
        {
            text.AppendLine().Append(english ? "Waitlist:" : "候补：");
            for (var i = 0; i < waiting.Count; i++)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"{i + 1}. {waiting[i].Name}{Answer(waiting[i], field, english)}");
            }
        }

        return context.Activity.CreateReply(text.ToString(), Localized.Locale(context.Language));
    }

    /// <summary>The field "+1 …" answers: the form's first text or choice field (never a phone number in a group).</summary>
    private static FormField? ChainField(IReadOnlyList<FormField> fields) =>
        fields.FirstOrDefault(f => f.Kind is FormFieldKind.Text or FormFieldKind.Choice);

    private static string Answer(RosterEntry entry, FormField? field, bool english) =>
        field is not null && entry.Answers?.GetValueOrDefault(field.Key) is { } value ? (english ? $" ({value})" : $"（{value}）") : string.Empty;
}
