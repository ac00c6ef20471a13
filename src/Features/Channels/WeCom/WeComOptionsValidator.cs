using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>Checked at start-up: a configured WeCom app has every key it needs, and well-formed.</summary>
public sealed class WeComOptionsValidator : IValidateOptions<WeComOptions>
{
    public ValidateOptionsResult Validate(string? name, WeComOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.CorpId))
        {
            failures.Add("WeCom:CorpId is required when WeCom:Token is set.");
        }

        if (options.AgentId <= 0)
        {
            failures.Add("WeCom:AgentId must be the app's AgentId.");
        }

        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            failures.Add("WeCom:Secret is required when WeCom:Token is set.");
        }

        if (!CallbackCipher.IsValidKey(options.EncodingAesKey))
        {
            failures.Add("WeCom:EncodingAESKey must be 43 letters and digits.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri)
        {
            failures.Add("WeCom:ApiBaseUrl must be an absolute URL.");
        }

        if (options.CallbackWindow <= TimeSpan.Zero || options.CallbackWindow >= TimeSpan.FromSeconds(5))
        {
            failures.Add("WeCom:CallbackWindow must be above zero and below WeCom's 5 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
