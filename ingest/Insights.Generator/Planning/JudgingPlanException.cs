namespace Insights.Generator.Planning;

/// <summary>
/// A judging plan that cannot be used: its file is malformed or it does not fit the generated season. The message
/// lists every problem found (up to <see cref="PlanErrors.MaxListed"/>), each in Chinese and English with the file,
/// row and column.
/// </summary>
public sealed class JudgingPlanException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    /// <param name="file">The plan file.</param>
    /// <param name="errors">Every problem, bilingual, with its place.</param>
    public JudgingPlanException(string file, IReadOnlyList<string> errors)
        : base(Describe(file, errors)) => Errors = errors;

    /// <summary>Creates the exception with a message only.</summary>
    public JudgingPlanException()
        : this("", []) { }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public JudgingPlanException(string message)
        : base(message) => Errors = [message];

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public JudgingPlanException(string message, Exception inner)
        : base(message, inner) => Errors = [message];

    /// <summary>Every problem found, bilingual, each naming the file and, where it has one, the row and column.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Describe(string file, IReadOnlyList<string> errors)
    {
        var listed = errors.Take(PlanErrors.MaxListed).Select(e => "  - " + e);
        var more = errors.Count > PlanErrors.MaxListed
            ? [$"  - 另有 {errors.Count - PlanErrors.MaxListed} 个问题未列出 / and {errors.Count - PlanErrors.MaxListed} more problems"]
            : Array.Empty<string>();
        return string.Join('\n', [$"评审计划不可用 / the judging plan cannot be used: {file} ({errors.Count} 个问题 / problems)", .. listed, .. more]);
    }
}
