using System.Text.Json;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps;

/// <summary>A sign-up card's button press (报名 / 取消报名 / 修改报名信息), in words, for transcripts.</summary>
public sealed class SignUpTapDescriber(ActivityStore activities) : ITapDescriber
{
    public async Task<Localized?> DescribeAsync(JsonElement value, CancellationToken cancellationToken)
    {
        if (SignUpActions.Read(value) is not { } pressed)
        {
            return null;
        }

        var title = (await activities.GetAsync(pressed.ActivityId, cancellationToken))?.Title ?? pressed.ActivityId;
        return pressed.Action switch
        {
            SignUpActions.SignUp => new Localized($"点了“报名”：{title}", $"Tapped \"Sign up\": {title}"),
            SignUpActions.Cancel => new Localized($"点了“取消报名”：{title}", $"Tapped \"Cancel sign-up\": {title}"),
            _ => new Localized($"点了“修改报名信息”：{title}", $"Tapped \"Change my answers\": {title}"),
        };
    }
}
