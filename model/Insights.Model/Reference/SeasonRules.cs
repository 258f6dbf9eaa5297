using System.Globalization;

namespace Insights.Model.Reference;

/// <summary>
/// The rules of a season, with typed access to the limits and deadlines that checks use.
/// The values live in the season's <c>rules.csv</c>, so a new season changes data, not code.
/// </summary>
public sealed class SeasonRules
{
    private readonly Dictionary<string, CompetitionRule> _byId;

    /// <summary>Creates the rule set; every rule that has a typed accessor must be present.</summary>
    /// <param name="rules">The season's rules.</param>
    public SeasonRules(IReadOnlyList<CompetitionRule> rules)
    {
        All = rules;
        _byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        MaxRepresentativesPerTeam = Int(RuleIds.TeamMaxRepresentatives);
        MaxProjectsPerTeam = Int(RuleIds.TeamOneProject);
        MaxTeamsPerRepresentative = Int(RuleIds.RepresentativeOneTeam);
        MaxProblemsPerProject = Int(RuleIds.ProjectOneProblem);
        PreliminaryReviewDeadline = Date(RuleIds.PreliminaryDeadline);
        FinalResultsDeadline = Date(RuleIds.FinalResultsDeadline);
        PublicityDays = Int(RuleIds.PublicityDays);
        EntryFeeYuan = Int(RuleIds.NoFees);
    }

    /// <summary>Every rule, in file order.</summary>
    public IReadOnlyList<CompetitionRule> All { get; }

    /// <summary>At most this many representatives per team (五（一）2).</summary>
    public int MaxRepresentativesPerTeam { get; }

    /// <summary>Each team submits this many projects (五（一）2).</summary>
    public int MaxProjectsPerTeam { get; }

    /// <summary>A representative represents at most this many teams (五（一）2).</summary>
    public int MaxTeamsPerRepresentative { get; }

    /// <summary>A project addresses at most this many problems (五（二）1).</summary>
    public int MaxProblemsPerProject { get; }

    /// <summary>Last day on which the preliminary review may take place, inclusive (四（二）1).</summary>
    public DateOnly PreliminaryReviewDeadline { get; }

    /// <summary>Last day by which final results are publicized, inclusive (四（二）2).</summary>
    public DateOnly FinalResultsDeadline { get; }

    /// <summary>Length of the publicity period in days (七).</summary>
    public int PublicityDays { get; }

    /// <summary>The entry fee, in yuan (七: none).</summary>
    public int EntryFeeYuan { get; }

    /// <summary>The rule with this id.</summary>
    /// <param name="id">A rule id such as <see cref="RuleIds.TeamMaxRepresentatives"/>.</param>
    /// <exception cref="KeyNotFoundException">The season has no such rule.</exception>
    public CompetitionRule this[string id] =>
        _byId.TryGetValue(id, out var rule)
            ? rule
            : throw new KeyNotFoundException($"规则 {id} 不存在 / rule {id} is not defined for this season");

    private int Int(string id)
    {
        var rule = this[id];
        return int.TryParse(rule.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ReferenceDataException("rules.csv", null, "value", $"规则 {id} 的取值“{rule.Value}”不是整数", $"rule {id} has value '{rule.Value}', which is not an integer");
    }

    private DateOnly Date(string id)
    {
        var rule = this[id];
        return DateOnly.TryParseExact(rule.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new ReferenceDataException("rules.csv", null, "value", $"规则 {id} 的取值“{rule.Value}”不是 yyyy-MM-dd 日期", $"rule {id} has value '{rule.Value}', which is not a yyyy-MM-dd date");
    }
}
