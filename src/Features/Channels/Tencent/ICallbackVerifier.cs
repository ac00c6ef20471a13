using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>Answers a platform's server URL check, or throws <see cref="CallbackRejectedException"/>.</summary>
public interface ICallbackVerifier
{
    /// <summary>The text that answers a valid URL check (the <c>echostr</c>, decrypted where the platform encrypts it).</summary>
    string VerifyUrl(IQueryCollection query);
}
