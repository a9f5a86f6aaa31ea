using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Surveys;

public enum SurveyStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}

/// <summary>Who may answer online: anyone with the link, or only residents signed in to the portal.</summary>
public enum SurveyRespondents
{
    Anyone = 1,
    SignedIn = 2,
}

/// <summary>How often one respondent may answer: no limit (anonymous street surveys), once per person, once per household.</summary>
public enum SurveyOncePer
{
    None = 1,
    Person = 2,
    Household = 3,
}

/// <summary>Whom the survey means to reach, so the response rate is known: a typed number, the households under a region, or residents with a tag.</summary>
public enum SurveyTarget
{
    None = 1,
    Count = 2,
    Households = 3,
    Tag = 4,
}

/// <summary>
/// A questionnaire (问卷) of one community. Its questions (<see cref="SurveyQuestion"/>) are edited while it is a
/// draft and frozen once it opens, so every response answers the same questions and option numbers keep their meaning.
/// <see cref="Sensitive"/> marks surveys that ask about health or income: their raw answers are exported only by
/// staff allowed to see sensitive data, and every such read is recorded.
/// </summary>
public sealed class Survey : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxTitle = 100;
    public const int MaxIntro = 2000;
    public const int MaxQuestions = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public string? TitleEn { get; private set; }
    public string Intro { get; private set; } = "";
    public SurveyStatus Status { get; private set; } = SurveyStatus.Draft;
    public SurveyRespondents Respondents { get; private set; } = SurveyRespondents.Anyone;
    public SurveyOncePer OncePer { get; private set; } = SurveyOncePer.None;
    public bool Sensitive { get; private set; }
    public SurveyTarget Target { get; private set; } = SurveyTarget.None;
    public int? TargetCount { get; private set; }
    /// <summary>The grant project the survey was made for (a needs assessment, a satisfaction round): its figures count there.</summary>
    public int? GrantProjectId { get; private set; }
    public int? TargetRegionId { get; private set; }
    public string? TargetTag { get; private set; }

    /// <summary>The public link's secret part: /s/{token}. Not the id, so links cannot be guessed by counting.</summary>
    public string Token { get; private set; } = "";

    /// <summary>The survey this one was copied from (a template or last year's round), for comparing rounds.</summary>
    public int? CopiedFromId { get; private set; }

    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    private Survey() { }

    public Survey(int communityId, SurveySettings settings, int? copiedFromId, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        CopiedFromId = copiedFromId;
        CreatedBy = createdBy;
        CreatedAt = now;
        Token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        Apply(settings);
    }

    public void InProject(int? grantProjectId) => GrantProjectId = grantProjectId;

    public void Apply(SurveySettings settings)
    {
        Title = settings.Title;
        TitleEn = settings.TitleEn;
        Intro = settings.Intro;
        Respondents = settings.Respondents;
        OncePer = settings.OncePer;
        Sensitive = settings.Sensitive;
        Target = settings.Target;
        TargetCount = settings.Target == SurveyTarget.Count ? settings.TargetCount : null;
        TargetRegionId = settings.Target == SurveyTarget.Households ? settings.TargetRegionId : null;
        TargetTag = settings.Target == SurveyTarget.Tag ? settings.TargetTag : null;
    }

    public bool IsEditable => Status == SurveyStatus.Draft;

    public bool TakesResponses => Status == SurveyStatus.Open;

    public void Open(DateTime now)
    {
        Status = SurveyStatus.Open;
        OpenedAt ??= now;
        ClosedAt = null;
    }

    public void Close(DateTime now)
    {
        Status = SurveyStatus.Closed;
        ClosedAt = now;
    }
}

/// <summary>Checked settings of a survey, from <see cref="SurveysService"/>.</summary>
public sealed record SurveySettings(string Title, string? TitleEn, string Intro, SurveyRespondents Respondents, SurveyOncePer OncePer, bool Sensitive,
    SurveyTarget Target, int? TargetCount, int? TargetRegionId, string? TargetTag);
