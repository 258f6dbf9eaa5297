using Insights.Model.Identifiers;

namespace Insights.Model.Tests.Identifiers;

/// <summary>
/// Check characters against Reference/uscc_reference.csv, produced by an independent Python implementation of
/// GB 32100-2015 and GB 11714-1997 (Reference/uscc_reference.py), which also verifies three codes published by
/// the companies themselves. Exact match: check characters are discrete.
/// </summary>
public sealed class UnifiedSocialCreditCodeTests
{
    public static TheoryData<string, string, char> ReferenceRows()
    {
        var data = new TheoryData<string, string, char>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Reference", "uscc_reference.csv")).Skip(1))
        {
            var parts = line.Split(',');
            data.Add(parts[0], parts[1], parts[2][0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void Check_characters_match_the_independent_reference(string kind, string input, char expected)
    {
        var actual = kind == "uscc" ? UnifiedSocialCreditCode.ComputeCheckCharacter(input) : OrganizationCode.ComputeCheckCharacter(input);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91440300708461136T")] // 深圳市腾讯计算机系统有限公司
    [InlineData("91330100799655058B")] // 阿里巴巴（中国）有限公司
    public void Published_codes_are_valid_and_carry_a_valid_organization_code(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.True(OrganizationCode.IsValid(code.AsSpan(8, 9)));
    }

    [Theory]
    [InlineData("914403001922038217", UsccProblem.CheckCharacterMismatch)] // last character changed
    [InlineData("914403001922083216", UsccProblem.CheckCharacterMismatch)] // two digits transposed
    [InlineData("91440300192203821", UsccProblem.WrongLength)]
    [InlineData("91440300I92203821G", UsccProblem.InvalidCharacter)] // I is not in the alphabet
    [InlineData("914403001922038z16", UsccProblem.InvalidCharacter)] // lower case
    [InlineData("", UsccProblem.Empty)]
    [InlineData(" 91440300192203821", UsccProblem.InvalidCharacter)]
    [InlineData("9144A3001922038216", UsccProblem.InvalidRegionCode)]
    public void Invalid_codes_say_what_is_wrong(string code, UsccProblem problem)
    {
        var check = UnifiedSocialCreditCode.Check(code);
        Assert.Equal(problem, check.Problem);
        Assert.False(check.IsValid);
        Assert.NotEmpty(check.MessageZh);
        Assert.NotEmpty(check.MessageEn);
    }

    [Fact]
    public void Mismatch_message_names_the_expected_character_in_both_languages()
    {
        var check = UnifiedSocialCreditCode.Check("914403001922038217");
        Assert.Equal('6', check.ExpectedCheckCharacter);
        Assert.Contains("应为6", check.MessageZh, StringComparison.Ordinal);
        Assert.Contains("expected 6", check.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_appends_the_check_character()
    {
        var code = UnifiedSocialCreditCode.Compose('9', '1', "440300", "192203821");
        Assert.Equal("914403001922038216", code);
    }
}
