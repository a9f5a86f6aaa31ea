using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Casebook;

/// <summary>
/// A project written up as a case in the seed's shape (背景, 思路, 过程, 成效, 反思, and a story of someone it
/// served), for the program's book of outstanding cases. The project's community and organization write it; the
/// program's officers choose it for the book. A story about a person goes into the book only with their consent.
/// </summary>
public sealed class CaseStory : IOrganizationRun
{
    public const int MaxSection = 4000;
    public const int MaxConsentNote = 200;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int ProgramId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public string? Background { get; private set; }
    public string? Approach { get; private set; }
    public string? Process { get; private set; }
    public string? Outcomes { get; private set; }
    public string? Reflection { get; private set; }
    public string? Story { get; private set; }
    /// <summary>How the consent of the people in the story was given (signed form, recorded call); null without consent.</summary>
    public string? StoryConsent { get; private set; }
    public bool Selected { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    private CaseStory() { }

    public CaseStory(Projects.GrantProject project)
    {
        ProjectId = project.Id;
        ProgramId = project.ProgramId;
        CommunityId = project.CommunityId;
        OrganizationId = project.OrganizationId;
    }

    public void Write(CaseSections sections, string by, DateTime now)
    {
        (Background, Approach, Process, Outcomes, Reflection, Story, StoryConsent) =
            (sections.Background, sections.Approach, sections.Process, sections.Outcomes, sections.Reflection, sections.Story, sections.StoryConsent);
        UpdatedBy = by;
        UpdatedAt = now;
    }

    public void Select(bool selected) => Selected = selected;
}

public sealed record CaseSections(string? Background, string? Approach, string? Process, string? Outcomes, string? Reflection, string? Story, string? StoryConsent);

/// <summary>A photo of the case (JPEG or PNG, so it goes into Word), reached only through its story.</summary>
public sealed class CasePhoto
{
    public const int MaxCaption = 100;

    public int Id { get; private set; }
    public int StoryId { get; private set; }
    public Guid FileId { get; private set; }
    public string Caption { get; private set; } = "";

    private CasePhoto() { }

    public CasePhoto(int storyId, Guid fileId, string caption) => (StoryId, FileId, Caption) = (storyId, fileId, caption);
}
