namespace Insights.Model.Identifiers;

/// <summary>
/// The nine-character organization code of GB 11714-1997 (组织机构代码), which forms characters 9-17 of a
/// unified social credit code: eight body characters (digits or capital letters) and a check character.
/// </summary>
public static class OrganizationCode
{
    private static readonly int[] s_weights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The check character for eight body characters: C9 = 11 - (Σ Ci·Wi mod 11), 10 → X, 11 → 0.</summary>
    /// <param name="body">Eight digits or capital letters (A = 10 ... Z = 35).</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException">The body is not eight digits or capital letters.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 8)
        {
            throw new ArgumentException("an organization code body has 8 characters", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += Value(body[i]) * s_weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <summary>Whether nine characters form an organization code whose check character is right.</summary>
    /// <param name="code">Nine characters.</param>
    public static bool IsValid(ReadOnlySpan<char> code)
    {
        if (code.Length != 9)
        {
            return false;
        }

        foreach (var c in code[..8])
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return ComputeCheckCharacter(code[..8]) == code[8];
    }

    private static int Value(char c) =>
        char.IsAsciiDigit(c) ? c - '0'
        : char.IsAsciiLetterUpper(c) ? c - 'A' + 10
        : throw new ArgumentException($"'{c}' is not a digit or capital letter", nameof(c));
}
