namespace Insights.Model.Reference;

/// <summary>Ids of the rules that code refers to by name (see each season's <c>rules.csv</c>).</summary>
public static class RuleIds
{
    /// <summary>Entrants are independent legal persons (五（一）1).</summary>
    public const string EntrantLegalPerson = "R-ENTRANT-LEGAL-PERSON";

    /// <summary>Blacklisted units may not compete (五（一）1).</summary>
    public const string EntrantBlacklist = "R-ENTRANT-BLACKLIST";

    /// <summary>Organizing units and their affiliates may not compete (五（一）5).</summary>
    public const string EntrantOrganizer = "R-ENTRANT-ORGANIZER";

    /// <summary>A joint team names one lead unit (五（一）1).</summary>
    public const string TeamLeadUnit = "R-TEAM-LEAD-UNIT";

    /// <summary>At most five representatives per team (五（一）2).</summary>
    public const string TeamMaxRepresentatives = "R-TEAM-MAX-REPRESENTATIVES";

    /// <summary>One project per team (五（一）2).</summary>
    public const string TeamOneProject = "R-TEAM-ONE-PROJECT";

    /// <summary>One team per representative (五（一）2).</summary>
    public const string RepresentativeOneTeam = "R-REPRESENTATIVE-ONE-TEAM";

    /// <summary>Representatives are frozen after the registration deadline (五（一）2).</summary>
    public const string RepresentativesFrozen = "R-REPRESENTATIVES-FROZEN";

    /// <summary>A team enters one division only (五（一）3).</summary>
    public const string TeamOneDivision = "R-TEAM-ONE-DIVISION";

    /// <summary>One problem per project (五（二）1).</summary>
    public const string ProjectOneProblem = "R-PROJECT-ONE-PROBLEM";

    /// <summary>The problem cannot change once chosen (五（二）1).</summary>
    public const string ProjectProblemFixed = "R-PROJECT-PROBLEM-FIXED";

    /// <summary>Preliminary and final judges of a track differ (三（七）).</summary>
    public const string PanelDisjoint = "R-PANEL-DISJOINT";

    /// <summary>Preliminary review deadline (四（二）1).</summary>
    public const string PreliminaryDeadline = "R-PRELIMINARY-DEADLINE";

    /// <summary>Final results deadline (四（二）2).</summary>
    public const string FinalResultsDeadline = "R-FINAL-RESULTS-DEADLINE";

    /// <summary>Seven-day publicity period (七).</summary>
    public const string PublicityDays = "R-PUBLICITY-DAYS";

    /// <summary>Complaints are real-name with evidence (七).</summary>
    public const string ComplaintRealName = "R-COMPLAINT-REAL-NAME";

    /// <summary>No fees (七).</summary>
    public const string NoFees = "R-NO-FEES";

    /// <summary>Official naming (六).</summary>
    public const string OfficialName = "R-OFFICIAL-NAME";
}
