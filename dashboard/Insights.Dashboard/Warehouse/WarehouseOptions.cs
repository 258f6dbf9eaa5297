namespace Insights.Dashboard.Warehouse;

/// <summary>Where the warehouse is and how public figures are protected; bound from the "Warehouse" section.</summary>
public sealed class WarehouseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Warehouse";

    /// <summary>The DuckDB warehouse file (opened read-only).</summary>
    public string Path { get; set; } = "data/warehouse.duckdb";

    /// <summary>Smallest count shown on public pages: counts from 1 to k − 1 are suppressed (k = 5 by default).</summary>
    public int SmallCellThreshold { get; set; } = 5;
}
