using System.Reflection;
using System.Runtime.CompilerServices;
using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Lake;

namespace Insights.Ingest.Tests.Lake;

/// <summary>Lake columns are set through handles found by name: unknown names, wrong kinds and foreign handles are refused.</summary>
public sealed class LakeFieldTests
{
    private static readonly LakeDataset s_dataset = new("toy", "a toy dataset", [
        new("season", ValueKind.Text, "season"),
        new("judge_id", ValueKind.Text, "judge"),
        new("score", ValueKind.Real, "mark"),
    ]);

    [Fact]
    public void An_unknown_column_name_is_refused_naming_the_dataset_the_column_and_the_columns_it_has()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => s_dataset.TextField("judge"));
        Assert.Equal(
            "湖数据集 toy 没有名为“judge”的列（它的列：season, judge_id, score, batch_id, source_file, source_sha256, source_row, loaded_at） / "
            + "lake dataset toy has no column named \"judge\" (its columns: season, judge_id, score, batch_id, source_file, source_sha256, source_row, loaded_at)",
            e.Message);
    }

    [Fact]
    public void A_column_asked_for_as_another_kind_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => s_dataset.TextField("score"));
        Assert.StartsWith("湖数据集 toy 的列“score”存放 Real，不是 Text / column \"score\" of lake dataset toy holds Real, not Text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handle_finds_its_column_wherever_the_schema_puts_it()
    {
        var reordered = new LakeDataset("toy", "the same columns in another order", [
            new("season", ValueKind.Text, "season"),
            new("score", ValueKind.Real, "mark"),
            new("judge_id", ValueKind.Text, "judge"),
        ]);
        Assert.Equal((1, 2), (s_dataset.TextField("judge_id").Ordinal, s_dataset.RealField("score").Ordinal));
        Assert.Equal((2, 1), (reordered.TextField("judge_id").Ordinal, reordered.RealField("score").Ordinal));

        var buffer = new RowBuffer(reordered, 4);
        buffer.AddRow();
        buffer.Set(reordered.TextField("judge_id"), "J01");
        buffer.Set(reordered.RealField("score"), 7.5);
        Assert.Equal("J01", buffer.TextColumn(2)[0]);
        Assert.Equal(7.5, buffer.RealColumn(1)[0]);
    }

    [Fact]
    public void A_buffer_refuses_a_handle_of_another_dataset()
    {
        var buffer = new RowBuffer(LakeDatasets.Judge, 4);
        buffer.AddRow();
        var e = Assert.Throws<ArgumentException>(() => buffer.Set(ScoreColumns.JudgeId, "J01"));
        Assert.StartsWith("列 score.judge_id 不属于湖数据集 judge / column score.judge_id is not of lake dataset judge", e.Message, StringComparison.Ordinal);
        Assert.Null(buffer.TextColumn(1)[0]);
    }

    [Fact]
    public void Every_column_class_resolves_and_sets_each_data_column_of_its_dataset_once()
    {
        var classes = typeof(LakeDataset).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ScoreColumns).Namespace && t.Name.EndsWith("Columns", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(LakeDatasets.All.Count, classes.Count);
        foreach (var type in classes)
        {
            // Runs the class's initializer: a misspelt column name throws here, not in an ingest.
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            var handles = type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Select(f => f.GetValue(null)!)
                .Select(h => ((LakeDataset)h.GetType().GetProperty("Dataset")!.GetValue(h)!, (string)h.GetType().GetProperty("Name")!.GetValue(h)!))
                .ToList();
            var dataset = Assert.Single(handles.Select(h => h.Item1).Distinct());
            Assert.Equal(dataset.Name.Replace("_", string.Empty, StringComparison.Ordinal) + "columns", type.Name.ToLowerInvariant());
            Assert.Equal(dataset.DataColumns.Skip(1).Select(c => c.Name).Order(StringComparer.Ordinal), handles.Select(h => h.Item2).Order(StringComparer.Ordinal));
        }
    }
}
