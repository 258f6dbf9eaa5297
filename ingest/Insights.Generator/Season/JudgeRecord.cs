using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>
/// A generated judge (评审专家) with the true scoring behaviour the analytics should recover; built, given his quirk
/// and seated by <see cref="JudgePool"/> and read-only after it.
/// </summary>
internal sealed class JudgeRecord(int index, string id, string name, string employer, City city, string expertType, string title, string phone, string committeeCode)
{
    /// <summary>Index among the judges.</summary>
    public int Index { get; } = index;

    /// <summary>Judge id, e.g. <c>EX00012</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Name.</summary>
    public string Name { get; } = name;

    /// <summary>Employer (an entrant unit only for the planted favouritism judge).</summary>
    public string Employer { get; set; } = employer;

    /// <summary>City of work.</summary>
    public City City { get; set; } = city;

    /// <summary>Kind of expert (专家类型).</summary>
    public string ExpertType { get; } = expertType;

    /// <summary>Title (职称).</summary>
    public string Title { get; } = title;

    /// <summary>Mobile number.</summary>
    public string Phone { get; } = phone;

    /// <summary>Code of the committee that appointed him.</summary>
    public string CommitteeCode { get; } = committeeCode;

    /// <summary>Points of 100 subtracted from every mark (positive = harsh).</summary>
    public double Severity { get; set; }

    /// <summary>Multiplier of the distance from the scale's centre (1 = ordinary, below 1 = compressed).</summary>
    public double Spread { get; set; } = 1;

    /// <summary>Standard deviation of the judge's noise, points of 100.</summary>
    public double NoiseSd { get; set; } = 5;

    /// <summary>Probability of rounding a 0-100 mark to a multiple of 5.</summary>
    public double Heaping { get; set; }

    /// <summary>The planted behaviour, <see cref="JudgeQuirk.None"/> for an ordinary judge.</summary>
    public JudgeQuirk Quirk { get; set; }

    /// <summary>The judge whose marks a planted copier copies.</summary>
    public JudgeRecord? Copies { get; set; }

    /// <summary>The entrant unit (index) a planted favouritism judge works for.</summary>
    public int? FavouredUnit { get; set; }

    /// <summary>Points of 100 the favouritism judge adds to his unit's projects.</summary>
    public double UnitBonus { get; set; }

    /// <summary>Points of 100 the favouritism judge adds to projects from his city.</summary>
    public double CityBonus { get; set; }

    /// <summary>
    /// Points of 100 the severity moves, linearly in time, from the judge's first to his last sheet in
    /// <see cref="DriftGroup"/> (0 = none), centred so that the mean over his sheets is <see cref="Severity"/>.
    /// </summary>
    public double Drift { get; set; }

    /// <summary>The written-review group in which the judge's severity drifts; elsewhere he is an ordinary judge.</summary>
    public string? DriftGroup { get; set; }

    /// <summary>The panels the judge sits on.</summary>
    public List<string> Panels { get; } = [];
}
