namespace Insights.Ingest.Lake;

/// <summary>
/// The audit record of a season removed from the lake (<c>insights seasons drop</c>), kept in <c>LAKE/_drops/</c>
/// beside the manifests, which stay: every batch of the season committed up to <paramref name="AfterSequence"/> is
/// no longer current for it, and its Parquet files of that season are gone.
/// </summary>
/// <param name="Season">The season dropped.</param>
/// <param name="AfterSequence">The last commit sequence the drop covers; batches committed later are the season's again.</param>
/// <param name="DroppedAt">When (UTC).</param>
/// <param name="DroppedBy">Who: the operating-system user that ran the drop.</param>
/// <param name="Host">On which machine.</param>
/// <param name="Batches">The batch ids whose rows of the season were removed.</param>
/// <param name="LakeRows">Lake rows of the season removed.</param>
public sealed record SeasonDrop(
    string Season,
    long AfterSequence,
    DateTime DroppedAt,
    string DroppedBy,
    string Host,
    IReadOnlyList<string> Batches,
    long LakeRows)
{
    /// <summary>Whether the drop covers a batch's rows of a season.</summary>
    /// <param name="batch">A committed batch.</param>
    /// <param name="season">One of its seasons.</param>
    public bool Covers(BatchManifest batch, string season)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return season == Season && batch.Sequence <= AfterSequence;
    }
}
