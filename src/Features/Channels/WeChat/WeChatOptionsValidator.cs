using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>Checked at start-up: a configured channel has every key it needs, and well-formed.</summary>
public sealed class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add("WeChat:AppId is required when WeChat:Token is set.");
        }

        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            failures.Add("WeChat:AppSecret is required when WeChat:Token is set.");
        }

        if (options.EncodingAesKey.Length > 0 && !CallbackCipher.IsValidKey(options.EncodingAesKey))
        {
            failures.Add("WeChat:EncodingAESKey must be 43 letters and digits.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri)
        {
            failures.Add("WeChat:ApiBaseUrl must be an absolute URL.");
        }

        if (options.PassiveReplyWindow <= TimeSpan.Zero || options.PassiveReplyWindow >= TimeSpan.FromSeconds(5))
        {
            failures.Add("WeChat:PassiveReplyWindow must be above zero and below WeChat's 5 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
