using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Dialogs;

/// <summary>The dialog engine; the features register their dialogs as <see cref="IDialog"/>.</summary>
public static class DialogsModule
{
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<DialogOptions>().BindConfiguration("Dialogs");
        services.AddSingleton<DialogEngine>();
        return services;
    }
}
