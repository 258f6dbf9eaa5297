namespace Insights.Model.Identifiers;

/// <summary>The outcome of checking a unified social credit code, with a message in Chinese and English.</summary>
/// <param name="Code">The code as given.</param>
/// <param name="Problem">What is wrong, or <see cref="UsccProblem.None"/>.</param>
/// <param name="ExpectedCheckCharacter">The computed check character, when the first 17 characters allowed computing it.</param>
public sealed record UsccCheck(string Code, UsccProblem Problem, char? ExpectedCheckCharacter)
{
    /// <summary>Whether the code is valid.</summary>
    public bool IsValid => Problem == UsccProblem.None;

    /// <summary>What is wrong, in Chinese.</summary>
    public string MessageZh => Problem switch
    {
        UsccProblem.None => "统一社会信用代码有效",
        UsccProblem.Empty => "统一社会信用代码为空",
        UsccProblem.WrongLength => $"统一社会信用代码“{Code}”长度为{Code.Length}位，应为18位",
        UsccProblem.InvalidCharacter => $"统一社会信用代码“{Code}”含有不允许的字符（不使用 I、O、Z、S、V 及小写字母）",
        UsccProblem.InvalidRegionCode => $"统一社会信用代码“{Code}”第3-8位不是行政区划码",
        UsccProblem.CheckCharacterMismatch => $"统一社会信用代码“{Code}”校验码错误：第18位为{Code[17]}，按 GB 32100-2015 应为{ExpectedCheckCharacter}",
        _ => Problem.ToString(),
    };

    /// <summary>What is wrong, in English.</summary>
    public string MessageEn => Problem switch
    {
        UsccProblem.None => "valid unified social credit code",
        UsccProblem.Empty => "the unified social credit code is empty",
        UsccProblem.WrongLength => $"unified social credit code '{Code}' has {Code.Length} characters, not 18",
        UsccProblem.InvalidCharacter => $"unified social credit code '{Code}' contains a character outside the GB 32100 set (I, O, Z, S, V and lower case are not used)",
        UsccProblem.InvalidRegionCode => $"unified social credit code '{Code}': characters 3-8 are not an administrative division code",
        UsccProblem.CheckCharacterMismatch => $"unified social credit code '{Code}' fails the GB 32100-2015 check: character 18 is {Code[17]}, expected {ExpectedCheckCharacter}",
        _ => Problem.ToString(),
    };
}
