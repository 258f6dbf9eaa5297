namespace Insights.Dashboard.Publishing;

/// <summary>A column of an open-data file: its name, its type in CSV and in Parquet, and its meaning.</summary>
/// <param name="Name">The column's name in the header (CSV) and schema (Parquet).</param>
/// <param name="CsvType">Its type in the CSV file, or null when only the Parquet file has it.</param>
/// <param name="ParquetType">Its type in the Parquet file.</param>
/// <param name="Meaning">What it holds.</param>
public sealed record OpenDataColumn(string Name, OpenDataText? CsvType, string ParquetType, OpenDataText Meaning);
