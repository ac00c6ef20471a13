using System.Text;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Polls;

/// <summary>
/// A poll's results as CSV for Excel/WPS (cells made inert as the receipts CSV does): one line per option with its
/// count, then, on a named poll only, one line per voter and option. An anonymous poll's CSV names nobody.
/// </summary>
public static class PollCsv
{
    public static async Task<IResult> WriteAsync(string id, PollStore store, BallotStore ballots, HttpContext http, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } poll)
        {
            return PollsApi.NotFound(id);
        }

        var all = await ballots.ListAsync(id, cancellationToken);
        var tally = PollTally.Of(poll, all);
        var csv = new StringBuilder(ReceiptCsv.Line(["选项 Option", "内容 Text", "票数 Votes", "投票人 Voter"]));
        for (var i = 0; i < poll.Options.Count; i++)
        {
            csv.Append(ReceiptCsv.Line([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), poll.Options[i], tally.Counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture), null]));
        }

        if (!poll.Anonymous)
        {
            foreach (var ballot in all)
            {
                foreach (var choice in ballot.Choices.Where(c => c >= 1 && c <= poll.Options.Count))
                {
                    csv.Append(ReceiptCsv.Line([choice.ToString(System.Globalization.CultureInfo.InvariantCulture), poll.Options[choice - 1], null, ballot.VoterName ?? ballot.VoterKey]));
                }
            }
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"poll-{Uri.EscapeDataString(id)}.csv\"";
        return Results.Bytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())], "text/csv; charset=utf-8");
    }
}
