namespace Insights.Model.Identifiers;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character set —
/// registration authority (1), organization category (1), administrative division (6), organization code of
/// GB 11714 (9), check character (1). The check character is C18 = 31 - (Σ Ci·Wi mod 31) with Wi = 3^(i-1) mod 31,
/// where 31 maps to 0.
/// </summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>The 31 characters of the code, in value order (I, O, Z, S, V are not used).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Length of a code.</summary>
    public const int Length = 18;

    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character for the first 17 characters.</summary>
    /// <param name="first17">The first 17 characters, all from <see cref="Alphabet"/>.</param>
    /// <returns>The 18th character.</returns>
    /// <exception cref="ArgumentException">Not 17 characters, or one is outside the alphabet.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("the check is computed over 17 characters", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a GB 32100 character", nameof(first17));
            }

            sum += value * s_weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Checks a code: length, character set, division code digits and check character.</summary>
    /// <param name="code">The code as written; surrounding whitespace is not trimmed, so it counts as an error.</param>
    /// <returns>The outcome, with bilingual messages.</returns>
    public static UsccCheck Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return new UsccCheck(code ?? "", UsccProblem.Empty, null);
        }

        if (code.Length != Length)
        {
            return new UsccCheck(code, UsccProblem.WrongLength, null);
        }

        foreach (var c in code)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return new UsccCheck(code, UsccProblem.InvalidCharacter, null);
            }
        }

        var expected = ComputeCheckCharacter(code.AsSpan(0, Length - 1));
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return new UsccCheck(code, UsccProblem.InvalidRegionCode, expected);
            }
        }

        return expected == code[Length - 1]
            ? new UsccCheck(code, UsccProblem.None, expected)
            : new UsccCheck(code, UsccProblem.CheckCharacterMismatch, expected);
    }

    /// <summary>Whether the code passes <see cref="Check"/>.</summary>
    /// <param name="code">The code.</param>
    public static bool IsValid(string? code) => Check(code).IsValid;

    /// <summary>Builds a valid code from its parts, appending the check character.</summary>
    /// <param name="authority">Registration authority: 1 机构编制, 5 民政, 9 工商 (市场监管), Y other.</param>
    /// <param name="category">Organization category within the authority, e.g. 1 企业 under 9, 2 事业单位 under 1.</param>
    /// <param name="divisionCode">Six-digit administrative division code of the registering authority.</param>
    /// <param name="organizationCode">Nine-character GB 11714 organization code.</param>
    /// <returns>The 18-character code.</returns>
    public static string Compose(char authority, char category, string divisionCode, string organizationCode)
    {
        if (divisionCode.Length != 6 || organizationCode.Length != 9)
        {
            throw new ArgumentException("a division code has 6 characters and an organization code 9");
        }

        Span<char> buffer = stackalloc char[Length];
        buffer[0] = authority;
        buffer[1] = category;
        divisionCode.AsSpan().CopyTo(buffer[2..]);
        organizationCode.AsSpan().CopyTo(buffer[8..]);
        buffer[17] = ComputeCheckCharacter(buffer[..17]);
        return new string(buffer);
    }
}
