using System.Text.Json.Serialization;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace RecognizerBench;

public sealed record BenchValues(string? Club = null, string? Phone = null);

[JsonSerializable(typeof(BenchValues))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class BenchJson : JsonSerializerContext;

/// <summary>A three-step dialog (choice, validated text, confirm) like the sign-up flow will be.</summary>
public static class BenchDialog
{
    public static Dialog<BenchValues> Create() => new(
        "bench-trial", 1, new Localized("体验课登记", "trial"), BenchJson.Default.BenchValues, () => new BenchValues(),
        [
            new("club",
                (dc, ct) => Task.FromResult(Prompt.Choose(new("选哪个？", "Which?"), [new("yoga", new("瑜伽", "Yoga")), new("art", new("书画", "Art"))])),
                (dc, answer, ct) => { dc.Values = dc.Values with { Club = answer.Choice!.Value }; return Task.FromResult(StepResult.Next); }),
            new("phone",
                (dc, ct) => Task.FromResult(Prompt.Ask(new("手机号？", "Mobile?"))),
                (dc, answer, ct) =>
                {
                    var digits = answer.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
                    if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
                    {
                        return Task.FromResult(StepResult.Retry(new("手机号是 11 位数字。", "11 digits, please.")));
                    }

                    dc.Values = dc.Values with { Phone = digits };
                    return Task.FromResult(StepResult.Next);
                }),
            new("confirm",
                (dc, ct) => Task.FromResult(Prompt.Confirm(new("确认？", "Confirm?"))),
                (dc, answer, ct) => Task.FromResult(StepResult.End)),
        ]);

    public sealed class StartRoute(DialogEngine engine) : IBotRoute
    {
        public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
        {
            if (context.Text != "体验课")
            {
                return false;
            }

            await engine.BeginAsync(context, "bench-trial", null, cancellationToken);
            return true;
        }
    }
}
