using System.Globalization;

namespace Insights.Generator.Synthesis;

/// <summary>
/// Mainland mobile numbers, unique per index: the eight subscriber digits are a bijection of the index, so
/// every person of a season gets a different number without remembering the ones already issued.
/// </summary>
public static class PhoneNumbers
{
    private static readonly string[] s_prefixes = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "177", "180", "181", "182", "187", "188", "189", "198", "199"];

    /// <summary>The number of person <paramref name="index"/> among <paramref name="salt"/>'s numbers.</summary>
    /// <param name="index">Person index, below 21 × 10^8.</param>
    /// <param name="salt">Varies the mapping between seeds.</param>
    public static string ForIndex(long index, ulong salt)
    {
        var prefix = s_prefixes[(int)(index % s_prefixes.Length)];
        var block = (ulong)(index / s_prefixes.Length);
        // An affine map modulo 10^8 with a multiplier coprime to 10 is a bijection on 8-digit blocks.
        var offset = (salt * 0x9E3779B97F4A7C15UL) >> 24;
        var subscriber = ((block * 48_271_957UL) + offset) % 100_000_000UL;
        return prefix + subscriber.ToString("00000000", CultureInfo.InvariantCulture);
    }
}
