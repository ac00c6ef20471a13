using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// Picks the reply language: what the member just wrote (<see cref="TurnContext.Text"/>, so the bot's own
/// @mention in a group does not count) decides (Chinese characters → Chinese, Latin
/// words → English); a message with neither ("1", "+1") keeps the member's last language, and a member
/// never heard from gets the channel's locale, else Chinese.
/// </summary>
public sealed class LocaleMiddleware : ITurnMiddleware
{
    private static readonly StateProperty<Language?> Preferred = new("language", TurnsJson.Default.NullableLanguage);

    public Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        var remembered = context.State.User.Get(Preferred);
        var detected = LanguageDetector.Detect(context.Text);
        if (detected is { } language && language != remembered)
        {
            context.State.User.Set(Preferred, language);
        }

        context.Language = detected ?? remembered ?? LanguageDetector.FromLocale(context.Activity.Locale);
        return next(cancellationToken);
    }
}
