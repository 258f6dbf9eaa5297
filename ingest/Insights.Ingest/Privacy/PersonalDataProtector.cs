using System.Security.Cryptography;
using System.Text;

namespace Insights.Ingest.Privacy;

/// <summary>
/// Keeps phone and ID numbers out of the lake in clear: a keyed hash (HMAC-SHA256 under a secret that is not stored
/// with the data) so the same number can still be matched across rows and files, and a masked form for display.
/// Without the key, a hash cannot be reversed by trying the 10^11 possible mobile numbers.
/// </summary>
public sealed class PersonalDataProtector
{
    private readonly byte[] _key;

    /// <summary>Creates a protector.</summary>
    /// <param name="key">The secret key, at least 16 bytes.</param>
    public PersonalDataProtector(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("个人信息密钥至少 16 字节 / the personal-data key must be at least 16 bytes", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>
    /// The keyed hash of a value of a kind (<c>phone</c>, <c>id</c>, <c>name</c>): 32 hex digits (128 bits of
    /// HMAC-SHA256), computed on the normalized value (digits only for phones; upper case, no spaces for IDs).
    /// </summary>
    /// <param name="kind">What the value is; the same number as phone and as ID hash differently.</param>
    /// <param name="value">The value in clear.</param>
    public string? Hash(string kind, string? value)
    {
        var normalized = Normalize(kind, value);
        if (normalized is null)
        {
            return null;
        }

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(kind + ":" + normalized), mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>A phone number with its middle hidden: 133****7835; landlines keep the area code: 0513-****0800.</summary>
    /// <param name="phone">The number in clear.</param>
    public static string? MaskPhone(string? phone)
    {
        var digits = Normalize("phone", phone);
        if (digits is null)
        {
            return null;
        }

        if (digits.Length == 11 && digits[0] == '1')
        {
            return digits[..3] + "****" + digits[^4..];
        }

        return digits.Length > 4 ? new string('*', digits.Length - 4) + digits[^4..] : new string('*', digits.Length);
    }

    /// <summary>An ID number with all but the first 6 (region) and last 4 characters hidden.</summary>
    /// <param name="id">The ID number in clear.</param>
    public static string? MaskId(string? id)
    {
        var value = Normalize("id", id);
        if (value is null)
        {
            return null;
        }

        return value.Length > 10 ? value[..6] + new string('*', value.Length - 10) + value[^4..] : new string('*', value.Length);
    }

    /// <summary>A name with all but its first and (for three or more characters) last character hidden: 余*子, 陈*.</summary>
    /// <param name="name">The name in clear.</param>
    public static string? MaskName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var runes = name.Trim().EnumerateRunes().Select(r => r.ToString()).ToArray();
        return runes.Length switch
        {
            1 => "*",
            2 => runes[0] + "*",
            _ => runes[0] + new string('*', runes.Length - 2) + runes[^1],
        };
    }

    private static string? Normalize(string kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var folded = value.Normalize(NormalizationForm.FormKC);
        if (kind == "phone")
        {
            var digits = new string([.. folded.Where(char.IsAsciiDigit)]);
            // +86 / 0086 prefixes name the same mobile number.
            if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
            {
                digits = digits[2..];
            }
            else if (digits.Length == 15 && digits.StartsWith("0086", StringComparison.Ordinal))
            {
                digits = digits[4..];
            }

            return digits.Length == 0 ? null : digits;
        }

        return new string([.. folded.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
    }
}
