using System.CommandLine;

namespace Insights.Cli.Commands;

/// <summary>Options of the verbs that read or write the warehouse.</summary>
internal static class WarehouseOptions
{
    public static Option<FileInfo> Warehouse() => new("--warehouse", "-w")
    {
        Description = "数据仓库文件 / the DuckDB warehouse file",
        Required = true,
    };

    public static Option<DirectoryInfo?> Lake() => new("--lake")
    {
        Description = "数据湖目录（默认为仓库旁的 lake/）/ the Parquet lake folder (default: lake/ beside the warehouse)",
    };

    public static Option<FileInfo?> PersonalDataKeyFile() => new("--pii-key-file")
    {
        Description = "个人信息哈希密钥文件（默认 ~/.config/insights/pii.key，或环境变量 INSIGHTS_PII_KEY）/ key file of the personal-data hashes",
    };

    /// <summary>The lake folder of a warehouse when none is given.</summary>
    public static string DefaultLake(string warehouse) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehouse))!, "lake");
}
