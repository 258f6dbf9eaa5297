using System.Collections.Concurrent;
using Insights.Model.Reference;
using Insights.Model.Registration;

namespace Insights.Dashboard.Public;

/// <summary>
/// The row labels of the public tables come only from reference data: the province's cities of the season's reference
/// data (南京市 …), the four unit types (enterprise …). Anything else a registration form carried (a misspelt city, a
/// phone number typed as a city, a missing lead unit) is counted as <see cref="Other"/>, never shown as typed, and
/// suppressed like any count when small.
/// </summary>
public static class PublicLabels
{
    /// <summary>The label of every value outside the reference data.</summary>
    public const string Other = "其他";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<City>> s_cities = new(StringComparer.Ordinal);

    /// <summary>The unit type codes, in the reference order.</summary>
    public static IReadOnlyList<string> UnitTypes { get; } = [.. UnitTypeNames.All.Select(t => t.Code())];

    /// <summary>
    /// The cities of a season's reference data; for a season Insights has no reference data of, the default season's
    /// (every value of another province then counts as <see cref="Other"/>).
    /// </summary>
    /// <param name="season">The season.</param>
    /// <returns>The cities, in the reference order.</returns>
    public static IReadOnlyList<City> Cities(string season) => s_cities.GetOrAdd(season, s =>
        ReferenceCatalog.Load(ReferenceCatalog.EmbeddedSeasons().Contains(s) ? s : ReferenceCatalog.DefaultSeasonId).Cities);

    /// <summary>The public label of a city as registered: the reference name it matches (南通市, 南通 or Nantong), else <see cref="Other"/>.</summary>
    /// <param name="value">The city as registered, or null.</param>
    /// <param name="cities">The reference cities.</param>
    /// <returns>A reference name or <see cref="Other"/>.</returns>
    public static string City(string? value, IReadOnlyList<City> cities)
    {
        ArgumentNullException.ThrowIfNull(cities);
        var text = value?.Trim() ?? "";
        var city = cities.FirstOrDefault(c => text.Length > 0 && (text == c.NameZh || text == c.NameZh.TrimEnd('市')
            || string.Equals(text, c.NameEn, StringComparison.OrdinalIgnoreCase)));
        return city?.NameZh ?? Other;
    }

    /// <summary>A city label as a page shows it: the Chinese name on Chinese pages, the English one on others.</summary>
    /// <param name="label">A label of <see cref="City(string?, IReadOnlyList{City})"/>.</param>
    /// <param name="season">The season (its reference cities).</param>
    /// <param name="chinese">Whether the page is in Chinese.</param>
    /// <returns>The name to show.</returns>
    public static string CityName(string label, string season, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (chinese)
        {
            return label;
        }

        return label == Other ? "Other" : Cities(season).FirstOrDefault(c => c.NameZh == label)?.NameEn ?? label;
    }

    /// <summary>The public label of a unit type: its code when it is one, else <see cref="Other"/>.</summary>
    /// <param name="value">The unit type as stored, or null.</param>
    /// <returns>A code or <see cref="Other"/>.</returns>
    public static string UnitType(string? value) => value is not null && UnitTypes.Contains(value) ? value : Other;
}
