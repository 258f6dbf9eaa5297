namespace Insights.Model.Identifiers;

/// <summary>Why a string is not a valid unified social credit code.</summary>
public enum UsccProblem
{
    /// <summary>The code is valid.</summary>
    None,

    /// <summary>Empty or whitespace.</summary>
    Empty,

    /// <summary>Not 18 characters long.</summary>
    WrongLength,

    /// <summary>A character outside GB 32100's 31-character set (I, O, Z, S, V and lower case are not used).</summary>
    InvalidCharacter,

    /// <summary>Characters 3-8 are not a six-digit administrative division code.</summary>
    InvalidRegionCode,

    /// <summary>The 18th character does not match the computed check character.</summary>
    CheckCharacterMismatch,
}
