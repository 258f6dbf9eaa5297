namespace Insights.Generator.Planning;

/// <summary>Collects the problems of a plan file, each bilingual and placed, so the user gets them all at once.</summary>
/// <param name="file">The plan file as the user named it.</param>
internal sealed class PlanErrors(string file)
{
    /// <summary>Problems listed in the exception's message; the rest are counted.</summary>
    public const int MaxListed = 20;

    private readonly List<string> _errors = [];

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>A problem of one cell.</summary>
    /// <param name="row">Row number, the header being row 1.</param>
    /// <param name="column">Column name, e.g. <c>judge_id</c>.</param>
    /// <param name="zh">What is wrong, in Chinese.</param>
    /// <param name="en">What is wrong, in English.</param>
    public void Cell(int row, string column, string zh, string en) =>
        _errors.Add($"{file} 第 {row} 行 {column} 列：{zh} / {file}, row {row}, column {column}: {en}");

    /// <summary>A problem of a whole row.</summary>
    /// <param name="row">Row number, the header being row 1.</param>
    /// <param name="zh">What is wrong, in Chinese.</param>
    /// <param name="en">What is wrong, in English.</param>
    public void Row(int row, string zh, string en) =>
        _errors.Add($"{file} 第 {row} 行：{zh} / {file}, row {row}: {en}");

    /// <summary>A problem of the file as a whole (no one row is at fault).</summary>
    /// <param name="zh">What is wrong, in Chinese.</param>
    /// <param name="en">What is wrong, in English.</param>
    public void File(string zh, string en) => _errors.Add($"{file}：{zh} / {file}: {en}");

    /// <summary>Throws the problems found, if any.</summary>
    /// <exception cref="JudgingPlanException">At least one problem was found.</exception>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new JudgingPlanException(file, [.. _errors]);
        }
    }
}
