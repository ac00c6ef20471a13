using System.Text.Json.Serialization;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>The values of <see cref="TrialDialog"/>: typed, stored as camelCase JSON.</summary>
public sealed record TrialValues(string? Club = null, string? Phone = null);

[JsonSerializable(typeof(TrialValues))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class TrialJson : JsonSerializerContext;

/// <summary>
/// A three-step dialog built on the engine the way a feature would: choose a club (choice prompt), give a
/// mobile number (free text, validated), confirm (yes/no; "no" goes back to the start).
/// </summary>
public static class TrialDialog
{
    public const string Id = "club-trial";

    public static Dialog<TrialValues> Create(int version = 1) => new(
        Id, version, new Localized("体验课登记", "trial class booking"), TrialJson.Default.TrialValues, () => new TrialValues(),
        [
            new("club",
                (dc, ct) => Task.FromResult(Prompt.Choose(new("想体验哪个俱乐部？", "Which club would you like to try?"),
                [
                    new Choice("yoga", new("瑜伽", "Yoga")),
                    new Choice("calligraphy", new("书画", "Calligraphy")),
                    new Choice("photography", new("摄影", "Photography")),
                ])),
                (dc, answer, ct) =>
                {
                    dc.Values = dc.Values with { Club = answer.Choice!.Title.Zh };
                    return Task.FromResult(StepResult.Next);
                }),
            new("phone",
                (dc, ct) => Task.FromResult(Prompt.Ask(new("请留一个手机号，方便老师联系您。", "Please leave a mobile number so the teacher can reach you."))),
                (dc, answer, ct) =>
                {
                    var digits = answer.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
                    if (digits.Length != 11 || !digits.StartsWith('1') || !digits.All(char.IsAsciiDigit))
                    {
                        return Task.FromResult(StepResult.Retry(new("手机号应该是 1 开头的 11 位数字。", "A mobile number has 11 digits and starts with 1.")));
                    }

                    dc.Values = dc.Values with { Phone = digits };
                    return Task.FromResult(StepResult.Next);
                }),
            new("confirm",
                (dc, ct) => Task.FromResult(Prompt.Confirm(new($"确认登记{dc.Values.Club}体验课，手机 {dc.Values.Phone}？", $"Book a {dc.Values.Club} trial, mobile {dc.Values.Phone}?"))),
                (dc, answer, ct) =>
                {
                    if (answer.Is(Choice.No))
                    {
                        return Task.FromResult(StepResult.GoTo("club"));
                    }

                    dc.Turn.Reply(new Localized($"已登记：{dc.Values.Club}体验课", $"Booked: {dc.Values.Club} trial"));
                    return Task.FromResult(StepResult.End);
                }),
        ]);
}

/// <summary>Starts the trial dialog on "体验课登记" or "trial class form".</summary>
public sealed class TrialRoute(DialogEngine engine) : EngageBot.Core.Turns.IBotRoute
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Text is not ("体验课登记" or "trial class form"))
        {
            return false;
        }

        await engine.BeginAsync(context, TrialDialog.Id, null, cancellationToken);
        return true;
    }
}
