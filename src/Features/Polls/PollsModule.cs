using EngageBot.Core.Privacy;
using EngageBot.Features.Groups;
using EngageBot.Features.Notices;
using EngageBot.Features.Scheduling;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Polls;

/// <summary>Polls (投票) in groups and as notices: stores, votes in chat, the close job and the admin endpoints.</summary>
public static class PollsModule
{
    public static IServiceCollection AddPolls(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(PollsModule).Assembly));
        services.AddOptions<PollOptions>().BindConfiguration(PollOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PollOptions>, PollOptionsValidator>();
        services.AddSingleton<IPersonalData, PollsPersonalData>();
        services.AddSingleton<PollStore>();
        services.AddSingleton<EngageBot.Core.Turns.ITapDescriber, PollTapDescriber>();
        services.AddSingleton<BallotStore>();
        services.AddSingleton<PollVoting>();
        services.AddSingleton<PollService>();
        services.AddSingleton<PollNoticeResults>();
        services.AddSingleton<PollRoute>();
        services.AddSingleton<INoticeActions, PollNoticeActions>();
        services.AddSingleton<IGroupCommandWords, PollGroupWords>();
        services.AddPollBallotsRetention();
        services.AddTransient<PollCloseJob>();
        services.AddRepeatingJob<PollCloseJob, PollOptions>(PollCloseJob.Key, o => o.CloseCheckInterval);
        return services;
    }

    public static IEndpointRouteBuilder MapPolls(this IEndpointRouteBuilder app) => app.MapPollsApi();
}
