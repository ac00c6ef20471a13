using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Dialogs;

/// <summary>The dialog engine; the features register their dialogs as <see cref="IDialog"/>.</summary>
public static class DialogsModule
{
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<DialogOptions>().BindConfiguration("Dialogs").ValidateOnStart();
        services.AddSingleton<IValidateOptions<DialogOptions>, DialogOptionsValidator>();
        services.AddSingleton<DialogEngine>();
        return services;
    }
}
