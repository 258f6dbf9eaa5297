namespace Insights.Reports;

/// <summary>
/// The analysis writes its stage-link caveats in English (analytics_stage_link.notes); the pages show the known ones in
/// the reader's language through these resource keys, and an unknown one as it is, marked English.
/// </summary>
public static class LinkNotes
{
    // The notes' opening words as the analysis writes them (StageLinking.RestrictedRangeNote and the selection note of
    // SeasonAnalysis.Linking); a test checks that the analysis's notes still begin so.
    private static readonly (string Prefix, string Key)[] s_known =
    [
        ("Restricted range:", "LinkNoteRestrictedRange"),
        ("Selection-corrected correlation", "LinkNoteSelection"),
    ];

    /// <summary>The resource key of a known note, or null.</summary>
    /// <param name="note">The note as stored.</param>
    /// <returns>The key of its translation in OrganizerStrings, or null for a note without one.</returns>
    public static string? Key(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        foreach (var (prefix, key) in s_known)
        {
            if (note.StartsWith(prefix, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }
}
