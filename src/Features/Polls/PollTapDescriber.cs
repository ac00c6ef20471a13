using System.Text.Json;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Polls;

/// <summary>A vote button's press, in words, for transcripts; in an anonymous poll only that the member voted.</summary>
public sealed class PollTapDescriber(PollStore polls) : ITapDescriber
{
    public async Task<Localized?> DescribeAsync(JsonElement value, CancellationToken cancellationToken)
    {
        if (PollActions.Read(value) is not var (pollId, option))
        {
            return null;
        }

        if (await polls.GetAsync(pollId, cancellationToken) is not { } poll)
        {
            return new Localized("在一个已删除的投票里点了投票按钮", "Tapped a vote button of a poll that no longer exists");
        }

        if (poll.Anonymous)
        {
            return new Localized($"在匿名投票“{poll.Question}”中投了票（匿名，不显示选项）", $"Voted in the anonymous poll \"{poll.Question}\" (anonymous: the choice is not shown)");
        }

        var chosen = option >= 1 && option <= poll.Options.Count ? $"{option}. {poll.Options[option - 1]}" : option.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Localized($"在投票“{poll.Question}”中选了“{chosen}”", $"Voted \"{chosen}\" in the poll \"{poll.Question}\"");
    }
}
