using DuckDB.NET.Data;
using Insights.Warehouse.Reading.Analytics;

namespace Insights.Analytics.Pipeline.Reading;

/// <summary>
/// Who is affiliated with whom for the favouritism test: a judge and a project share a unit (the judge's
/// <c>dim_judge.unit_name</c> leads or partners the project's team) or a city (the judge's city is the city of the
/// team's lead unit). Outside data states affiliations itself through judge_group = project_group
/// (<see cref="UnitData.GroupAffiliated"/>).
/// </summary>
public sealed class Affiliations
{
    private readonly Dictionary<string, (string Unit, string City)> _judges;
    private readonly Dictionary<string, (HashSet<string> Units, string City)> _projects;

    private Affiliations(Dictionary<string, (string, string)> judges, Dictionary<string, (HashSet<string>, string)> projects)
    {
        _judges = judges;
        _projects = projects;
    }

    /// <summary>Judges with a unit or city on record.</summary>
    public int Judges => _judges.Count;

    /// <summary>Projects with a unit or city on record.</summary>
    public int Projects => _projects.Count;

    /// <summary>Reads the affiliations of one season.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The season's affiliations.</returns>
    public static Affiliations Read(DuckDBConnection connection, string season)
    {
        var judges = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var judge in AffiliationReader.Judges(connection, season))
        {
            judges[judge.Judge] = (judge.Unit, judge.City);
        }

        var projects = new Dictionary<string, (HashSet<string>, string)>(StringComparer.Ordinal);
        foreach (var project in AffiliationReader.Projects(connection, season))
        {
            var units = project.PartnerUnits.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Append(project.LeadUnit).Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
            projects[project.Project] = (units, project.City);
        }

        return new Affiliations(judges, projects);
    }

    /// <summary>Whether the judge and the project share a unit or a city.</summary>
    /// <param name="judge">Judge id.</param>
    /// <param name="project">Project id.</param>
    /// <returns>True when affiliated.</returns>
    public bool Affiliated(string judge, string project) =>
        _judges.TryGetValue(judge, out var j) && _projects.TryGetValue(project, out var p)
        && ((j.Unit.Length > 0 && p.Units.Contains(j.Unit)) || (j.City.Length > 0 && string.Equals(j.City, p.City, StringComparison.Ordinal)));
}
