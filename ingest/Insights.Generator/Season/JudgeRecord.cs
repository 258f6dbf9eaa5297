using Insights.Model.Reference;

namespace Insights.Generator.Season;

/// <summary>A generated judge (评审专家) with the true scoring behaviour the analytics should recover.</summary>
internal sealed class JudgeRecord(int index, string id, string name, string employer, City city, string expertType, string title, string phone, string committeeCode)
{
    public int Index { get; } = index;
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Employer { get; set; } = employer;
    public City City { get; set; } = city;
    public string ExpertType { get; } = expertType;
    public string Title { get; } = title;
    public string Phone { get; } = phone;
    public string CommitteeCode { get; } = committeeCode;

    /// <summary>Points of 100 subtracted from every mark (positive = harsh).</summary>
    public double Severity { get; set; }

    /// <summary>Multiplier of the distance from the scale's centre (1 = ordinary, below 1 = compressed).</summary>
    public double Spread { get; set; } = 1;

    /// <summary>Standard deviation of the judge's noise, points of 100.</summary>
    public double NoiseSd { get; set; } = 5;

    /// <summary>Probability of rounding a 0-100 mark to a multiple of 5.</summary>
    public double Heaping { get; set; }

    public JudgeQuirk Quirk { get; set; }
    public JudgeRecord? Copies { get; set; }
    public int? FavouredUnit { get; set; }
    public double UnitBonus { get; set; }
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
