namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Complaint"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class ComplaintColumns
{
    internal static readonly LakeField<string> ComplaintId = LakeDatasets.Complaint.TextField("complaint_id");

    internal static readonly LakeField<string> ProjectId = LakeDatasets.Complaint.TextField("project_id");

    internal static readonly LakeField<string> TrackCode = LakeDatasets.Complaint.TextField("track_code");

    internal static readonly LakeField<DateTime> FiledAt = LakeDatasets.Complaint.DateTimeField("filed_at");

    internal static readonly LakeField<string> ReporterType = LakeDatasets.Complaint.TextField("reporter_type");

    internal static readonly LakeField<string> ReporterNameMasked = LakeDatasets.Complaint.TextField("reporter_name_masked");

    internal static readonly LakeField<string> ReporterPhoneHash = LakeDatasets.Complaint.TextField("reporter_phone_hash");

    internal static readonly LakeField<string> ReporterPhoneMasked = LakeDatasets.Complaint.TextField("reporter_phone_masked");

    internal static readonly LakeField<bool> HasEvidence = LakeDatasets.Complaint.BooleanField("has_evidence");

    internal static readonly LakeField<string> EvidenceFiles = LakeDatasets.Complaint.TextField("evidence_files");

    internal static readonly LakeField<string> Reason = LakeDatasets.Complaint.TextField("reason");

    internal static readonly LakeField<string> Status = LakeDatasets.Complaint.TextField("status");
}
