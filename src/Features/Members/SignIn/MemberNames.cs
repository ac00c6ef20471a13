using System.Security.Cryptography;
using System.Text;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// Names as sign-in compares them: NFKC (so full-width Ｌｉ Ｎａ and half-width Li Na are one), without any white
/// space (王 芳 = 王芳, John Smith = JOHNSMITH), Latin letters in upper case, and the dots of transcribed names
/// (买买提·艾力, 买买提•艾力, 买买提.艾力) as one middle dot. Nothing else is forgiven: 王芳 is not 王方.
/// </summary>
public static class MemberNames
{
    public static string Normalize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c is '·' or '•' or '‧' or '∙' or '⋅' or '・' or '.' ? '·' : char.ToUpperInvariant(c));
            }
        }

        return text.ToString();
    }

    /// <summary>True when the typed name is the roster's, as normalised; compared in constant time.</summary>
    public static bool Match(string rosterName, string typed) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(rosterName))), SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(typed))));
}
