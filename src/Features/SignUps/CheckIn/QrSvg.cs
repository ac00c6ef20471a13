using QRCoder;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// A QR code as SVG, drawn on the server with QRCoder (MIT, no System.Drawing): the console shows it as it comes
/// and it prints sharp at any size. Error correction M survives a glare on a projector or a crease in paper.
/// </summary>
public static class QrSvg
{
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
