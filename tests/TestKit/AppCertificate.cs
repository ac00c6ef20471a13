using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EngageBot.TestKit;

/// <summary>The bot app's client certificate as an operator would deploy it: a .pfx file with a password.</summary>
public sealed class AppCertificate : IDisposable
{
    public const string Password = "test-pfx-password";

    public AppCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=engagebot-test-app", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N") + ".pfx");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllBytes(Path, created.Export(X509ContentType.Pfx, Password));
        PublicCertificate = X509CertificateLoader.LoadCertificate(created.Export(X509ContentType.Cert));
    }

    public string Path { get; }

    /// <summary>What the app registration holds: the certificate without its key.</summary>
    public X509Certificate2 PublicCertificate { get; }

    public void Dispose()
    {
        PublicCertificate.Dispose();
        File.Delete(Path);
    }
}
